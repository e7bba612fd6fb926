/**
 * Resource offers matched to needs (Angebot ↔ Bedarf): money, material, staff time, rooms, know-how.
 * A need (X NEEDS r) matches an offer (Y OFFERS s, Y ≠ X) when kind(r) = kind(s) and, if both carry themes,
 * they share one (themes incl. key themes of sub-topics). Ranking:
 *   score = 0.5 · theme + 0.5 · exp(-d / d0)
 *   theme = Jaccard(themes(r), themes(s)) when both have themes, 0.5 when either is theme-neutral
 *   d     = distance between the resources' locations (else their owners' locations), d0 = 15 km; term 0
 *           when unknown. With maxDistanceKm, matches of unknown or larger distance are dropped.
 * Distance alone bounds a match: the owners' districts play no part, so a need near a district border is met
 * by an offer just across it. Needs and offers that meet no counterpart are listed by unmatchedResources.
 */
import type { ResourceKind } from '@nzr/graph-schema';
import { distanceKm } from '../../store/shared/geo.js';
import { explainDe } from './explain.js';
import type { Reason } from './explain.js';
import { locationOf, str } from './snapshot.js';
import type { Snapshot } from './snapshot.js';
import { intersectSorted, jaccard } from './stats.js';

export interface ResourceMatchOptions {
  /** Needs of this actor (or network); absent: every need in the snapshot. */
  readonly needOwnerId?: string;
  /** Only offers of these actors (e.g. the candidates of an allies query). */
  readonly offerOwnerIds?: readonly string[];
  readonly maxDistanceKm?: number;
  readonly distanceScaleKm?: number;
  /** Default 20. */
  readonly limit?: number;
}

export interface ResourceMatch {
  readonly needId: string;
  readonly needOwnerId: string;
  readonly offerId: string;
  readonly offerOwnerId: string;
  readonly kind: ResourceKind;
  readonly score: number;
  readonly sharedTopicIds: readonly string[];
  readonly distanceKm: number | null;
  readonly reasons: readonly Reason[];
  readonly explanationDe: string;
}

/** Every match (unsorted, unbounded): the ranked list and the unmatched lists are both read from it. */
export function allResourceMatches(
  snapshot: Snapshot,
  options: Omit<ResourceMatchOptions, 'limit'> = {},
): ResourceMatch[] {
  const { needOwnerId, offerOwnerIds, maxDistanceKm, distanceScaleKm = 15 } = options;
  const allowed = offerOwnerIds ? new Set(offerOwnerIds) : null;
  const offersByKind = new Map<string, { id: string; owner: string }[]>();
  for (const rel of snapshot.byType.get('OFFERS') ?? []) {
    if (allowed && !allowed.has(rel.from)) continue;
    const kind = str(snapshot.nodes.get(rel.to), 'kind');
    if (kind === null) continue;
    offersByKind.set(kind, [...(offersByKind.get(kind) ?? []), { id: rel.to, owner: rel.from }]);
  }
  const where = (resource: string, owner: string) =>
    locationOf(snapshot, resource) ?? locationOf(snapshot, owner);
  const matches: ResourceMatch[] = [];
  for (const need of snapshot.byType.get('NEEDS') ?? []) {
    if (needOwnerId !== undefined && need.from !== needOwnerId) continue;
    const kind = str(snapshot.nodes.get(need.to), 'kind') as ResourceKind | null;
    if (kind === null) continue;
    const needThemes = snapshot.themesOf.get(need.to) ?? [];
    const needAt = where(need.to, need.from);
    for (const offer of offersByKind.get(kind) ?? []) {
      if (offer.owner === need.from) continue;
      const offerThemes = snapshot.themesOf.get(offer.id) ?? [];
      const neutral = needThemes.length === 0 || offerThemes.length === 0;
      const shared = neutral ? [] : intersectSorted(needThemes, offerThemes);
      if (!neutral && shared.length === 0) continue;
      const offerAt = where(offer.id, offer.owner);
      const d = needAt && offerAt ? distanceKm(needAt, offerAt) : null;
      if (maxDistanceKm !== undefined && (d === null || d > maxDistanceKm)) continue;
      const theme = neutral ? 0.5 : jaccard(needThemes, offerThemes);
      const score = 0.5 * theme + 0.5 * (d === null ? 0 : Math.exp(-d / distanceScaleKm));
      const reasons: Reason[] = [{ kind: 'offers', resourceKind: kind, resourceIds: [offer.id] }];
      if (shared.length > 0) reasons.push({ kind: 'matchingTopics', topicIds: shared });
      if (d !== null) reasons.push({ kind: 'distance', km: d });
      matches.push({
        needId: need.to,
        needOwnerId: need.from,
        offerId: offer.id,
        offerOwnerId: offer.owner,
        kind,
        score,
        sharedTopicIds: shared,
        distanceKm: d,
        reasons,
        explanationDe: explainDe(snapshot, reasons),
      });
    }
  }
  return matches;
}

export function matchResources(
  snapshot: Snapshot,
  options: ResourceMatchOptions = {},
): ResourceMatch[] {
  return rankMatches(allResourceMatches(snapshot, options), options.limit ?? 20);
}

/** Best first (score, then ids for a stable order), at most `limit`. */
export function rankMatches(matches: readonly ResourceMatch[], limit: number): ResourceMatch[] {
  return [...matches]
    .sort(
      (a, b) =>
        b.score - a.score || a.offerId.localeCompare(b.offerId) || a.needId.localeCompare(b.needId),
    )
    .slice(0, limit);
}

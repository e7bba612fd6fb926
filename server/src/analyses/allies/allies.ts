/**
 * Allies nearby (Verbündete in der Nähe) for an actor, an institution, a municipality or a coordinate.
 * The caller supplies candidates with distances (a radius query) and a snapshot holding them, the asker and
 * its neighbourhood (depth ≤ 3 through KNOWS / MEMBER_OF / COOPERATES_WITH). Ranking:
 *   score = 0.5 · J + 0.3 · exp(-d / d0) + 0.2 · proximity + 0.1 · [offers something the asker needs]
 *   J          Jaccard of theme sets (asker: its own themes or the given topicIds, expanded to key themes)
 *   d0         15 km by default
 *   proximity  1 for a friend of a friend (2 hops), 0.5 at 3 hops, 0 beyond or without network position
 * Direct contacts (1 hop) are already allies and left out unless includeKnown is set (proximity 1).
 * A candidate that shares no theme with the asker is an ally only through the network (2 or 3 hops) or an
 * offer the asker needs, never for being near alone; without themes to compare (an asker with none),
 * nearness is the reason, and it is the one given.
 * The hop search is a breadth-first search cut off at depth 3 written here, over the snapshot's sorted social
 * adjacency (graphs.ts): graphology-shortest-path has no depth limit and would walk the whole component, and a
 * graphology graph of every candidate would be built per request only to be searched three hops deep.
 * Reasons and the German sentence are built for the returned allies only, after ranking: a radius query gives
 * up to a thousand candidates, of which twenty are shown.
 */
import { explainDe } from '../kernel/explain.js';
import type { Reason } from '../kernel/explain.js';
import { socialAdjacency } from '../kernel/graphs.js';
import { matchResources } from '../kernel/resource-matching.js';
import type { ResourceMatch } from '../kernel/resource-matching.js';
import { expandTopics } from '../kernel/snapshot.js';
import type { Snapshot } from '../kernel/snapshot.js';
import { intersectSorted, jaccard } from '../kernel/stats.js';

export interface AlliesQuery {
  readonly actorId?: string;
  readonly topicIds?: readonly string[];
  readonly candidates: readonly { readonly id: string; readonly distanceKm: number }[];
  readonly limit?: number;
  readonly distanceScaleKm?: number;
  readonly includeKnown?: boolean;
}

export interface Ally {
  readonly id: string;
  readonly score: number;
  readonly distanceKm: number;
  readonly sharedTopicIds: readonly string[];
  /** Hops from the asker through the social graph (null: not within 3). */
  readonly hops: number | null;
  /** Intermediaries on one shortest path (asker and ally excluded). */
  readonly via: readonly string[];
  readonly offers: readonly ResourceMatch[];
  readonly reasons: readonly Reason[];
  readonly explanationDe: string;
}

const PROXIMITY = [0, 1, 1, 0.5];

interface Ranked {
  readonly id: string;
  readonly distanceKm: number;
  readonly score: number;
  readonly path: string[] | null;
  readonly theirs: readonly string[];
  readonly matched: readonly ResourceMatch[];
}

export function alliesNearby(snapshot: Snapshot, query: AlliesQuery): Ally[] {
  const { actorId, limit = 20, distanceScaleKm = 15, includeKnown = false } = query;
  const asker = actorId !== undefined && snapshot.nodes.has(actorId) ? actorId : undefined;
  const own = asker === undefined ? [] : (snapshot.themesOf.get(asker) ?? []);
  const themes = query.topicIds
    ? expandTopics([...own, ...query.topicIds], snapshot.parentOf)
    : own;
  const parents = asker === undefined ? new Map<string, string>() : boundedBfs(snapshot, asker, 3);
  const offers =
    asker === undefined
      ? new Map<string, ResourceMatch[]>()
      : offersFor(snapshot, asker, query.candidates);
  const ranked: Ranked[] = [];
  const seen = new Set<string>();
  for (const { id, distanceKm } of query.candidates) {
    const label = snapshot.nodes.get(id)?.label;
    if (id === asker || seen.has(id) || (label !== 'Person' && label !== 'Institution')) continue;
    seen.add(id);
    const path = pathTo(parents, id);
    const hops = path === null ? null : path.length + 1;
    if (hops === 1 && !includeKnown) continue;
    const theirs = snapshot.themesOf.get(id) ?? [];
    const matched = offers.get(id) ?? [];
    const overlap = jaccard(themes, theirs);
    // Nearness alone makes no ally (issue 12, Oppach): with themes to compare, an ally shares one, or is
    // a friend of a friend, or offers what the asker needs; its reasons then say which.
    if (themes.length > 0 && overlap === 0 && path === null && matched.length === 0) continue;
    const score =
      0.5 * overlap +
      0.3 * Math.exp(-distanceKm / distanceScaleKm) +
      0.2 * (PROXIMITY[hops ?? 0] ?? 0) +
      (matched.length > 0 ? 0.1 : 0);
    ranked.push({ id, distanceKm, score, path, theirs, matched });
  }
  return ranked
    .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id))
    .slice(0, limit)
    .map((r) => describe(snapshot, themes, r));
}

/** Offers of the candidates matching the asker's needs, by offering candidate. */
function offersFor(
  snapshot: Snapshot,
  asker: string,
  candidates: AlliesQuery['candidates'],
): Map<string, ResourceMatch[]> {
  const offers = new Map<string, ResourceMatch[]>();
  const matches = matchResources(snapshot, {
    needOwnerId: asker,
    offerOwnerIds: candidates.map((c) => c.id),
    limit: 10_000,
  });
  for (const m of matches) offers.set(m.offerOwnerId, [...(offers.get(m.offerOwnerId) ?? []), m]);
  return offers;
}

function describe(snapshot: Snapshot, themes: readonly string[], r: Ranked): Ally {
  const shared = intersectSorted(themes, r.theirs);
  const reasons: Reason[] = [];
  if (shared.length > 0) reasons.push({ kind: 'sharedTopics', topicIds: shared });
  reasons.push({ kind: 'distance', km: r.distanceKm });
  if (r.path !== null) reasons.push({ kind: 'path', via: r.path });
  const first = r.matched[0];
  if (first)
    reasons.push({
      kind: 'offers',
      resourceKind: first.kind,
      resourceIds: r.matched.map((m) => m.offerId),
    });
  return {
    id: r.id,
    score: r.score,
    distanceKm: r.distanceKm,
    sharedTopicIds: shared,
    hops: r.path === null ? null : r.path.length + 1,
    via: r.path ?? [],
    offers: r.matched,
    reasons,
    explanationDe: explainDe(snapshot, reasons),
  };
}

/** Parent pointers of a breadth-first search from `start`, stopping at `depth` hops. */
function boundedBfs(snapshot: Snapshot, start: string, depth: number): Map<string, string> {
  const adjacency = socialAdjacency(snapshot);
  const parents = new Map<string, string>([[start, start]]);
  let frontier = [start];
  for (let level = 0; level < depth && frontier.length > 0; level++) {
    const next: string[] = [];
    for (const node of frontier) {
      // Sorted neighbours make the reported path deterministic.
      for (const neighbour of adjacency.get(node) ?? []) {
        if (parents.has(neighbour)) continue;
        parents.set(neighbour, node);
        next.push(neighbour);
      }
    }
    frontier = next;
  }
  return parents;
}
/** Intermediaries from the start to `id` (empty for a direct contact), null when unreached. */
function pathTo(parents: ReadonlyMap<string, string>, id: string): string[] | null {
  const first = parents.get(id);
  if (first === undefined || first === id) return null;
  const via: string[] = [];
  for (let node = first; parents.get(node) !== node; node = parents.get(node) ?? node)
    via.unshift(node);
  return via;
}

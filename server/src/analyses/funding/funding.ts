/**
 * Funding programmes (Förderprogramme) that fit an institution or a region.
 * A programme fits when all hold:
 *   sector   its eligibleSectors is empty (open to all) or contains the applicant's sector (a region query
 *            without a sector accepts every programme and says so);
 *   region   it has no ELIGIBLE_IN edge (no regional restriction) or one to the applicant's region or any
 *            ancestor (municipality → district → state);
 *   themes   it has no WORKS_ON topic (theme-open) or shares a theme with the applicant (themes incl. key
 *            themes; a region's themes are those of the actors located in it or below it);
 *   deadline none, or on/after `today` (ISO date; passed in so the function stays pure).
 * Order: nearest deadline first, programmes without deadline last; then more shared themes; then id.
 */
import type { Sector } from '@nzr/graph-schema';
import { explainDe } from '../kernel/explain.js';
import type { Reason } from '../kernel/explain.js';
import { expandTopics, regionChain, str } from '../kernel/snapshot.js';
import type { Snapshot } from '../kernel/snapshot.js';
import { intersectSorted } from '../kernel/stats.js';

export interface FundingQuery {
  readonly institutionId?: string;
  readonly regionId?: string;
  readonly topicIds?: readonly string[];
  readonly sector?: Sector;
  readonly today: string;
  readonly limit?: number;
}

export interface FundingMatch {
  readonly programmeId: string;
  readonly deadline: string | null;
  readonly sharedTopicIds: readonly string[];
  readonly themeOpen: boolean;
  readonly reasons: readonly Reason[];
  readonly explanationDe: string;
}

export function fundingFor(snapshot: Snapshot, query: FundingQuery): FundingMatch[] {
  const { institutionId, today, limit = 20 } = query;
  const sector =
    query.sector ?? (institutionId ? snapshot.sectorOf.get(institutionId) : undefined) ?? null;
  const home = institutionId ? snapshot.regionOf.get(institutionId) : query.regionId;
  const chain = new Set(home === undefined ? [] : regionChain(snapshot, home));
  const themes = query.topicIds
    ? expandTopics(query.topicIds, snapshot.parentOf)
    : institutionId
      ? (snapshot.themesOf.get(institutionId) ?? [])
      : regionThemes(snapshot, query.regionId);
  const eligibleIn = new Map<string, string[]>();
  for (const rel of snapshot.byType.get('ELIGIBLE_IN') ?? []) {
    eligibleIn.set(rel.from, [...(eligibleIn.get(rel.from) ?? []), rel.to]);
  }
  const matches: FundingMatch[] = [];
  for (const node of snapshot.nodes.values()) {
    if (node.label !== 'FundingProgramme') continue;
    const deadline = str(node, 'deadline');
    if (deadline !== null && deadline < today) continue;
    const sectors = node.properties['eligibleSectors'];
    const openToAll = !Array.isArray(sectors) || sectors.length === 0;
    if (!openToAll && sector !== null && !sectors.includes(sector)) continue;
    const regions = eligibleIn.get(node.id);
    if (regions && !regions.some((r) => chain.has(r))) continue;
    const own = snapshot.themesOf.get(node.id) ?? [];
    const shared = intersectSorted(own, themes);
    if (own.length > 0 && shared.length === 0) continue;
    const reasons: Reason[] = [];
    if (shared.length > 0) reasons.push({ kind: 'matchingTopics', topicIds: shared });
    reasons.push({ kind: 'eligibleSectors', sectors: openToAll ? [] : (sectors as Sector[]) });
    if (deadline !== null) reasons.push({ kind: 'deadline', date: deadline });
    matches.push({
      programmeId: node.id,
      deadline,
      sharedTopicIds: shared,
      themeOpen: own.length === 0,
      reasons,
      explanationDe: explainDe(snapshot, reasons),
    });
  }
  return matches
    .sort(
      (a, b) =>
        (a.deadline ?? '9999').localeCompare(b.deadline ?? '9999') ||
        b.sharedTopicIds.length - a.sharedTopicIds.length ||
        a.programmeId.localeCompare(b.programmeId),
    )
    .slice(0, limit);
}

/** Themes of the actors located in the region or any region below it. */
function regionThemes(snapshot: Snapshot, regionId: string | undefined): string[] {
  if (regionId === undefined) return [];
  const themes = new Set<string>();
  for (const actor of snapshot.actorIds) {
    const region = snapshot.regionOf.get(actor);
    if (region === undefined || !regionChain(snapshot, region).includes(regionId)) continue;
    for (const t of snapshot.themesOf.get(actor) ?? []) themes.add(t);
  }
  return [...themes].sort();
}

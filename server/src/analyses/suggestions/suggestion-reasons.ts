/**
 * Why a pair is suggested: a machine-readable reason for each term of the pair score (pair-score.ts) that adds
 * to it, plus the facts a pair is proposed or filtered on, rendered in German by explain.ts.
 *   sharedTopics    the themes both work on (the most specific ones); a pair needs these or a common partner
 *   distance        how far apart they are, whenever known (also where the calibration gives nearness no
 *                   weight: users weigh distance themselves, and maxDistanceKm filters on it)
 *   commonPartners  the partners both already cooperate with (most exclusive first)
 *   crossSector     the two sectors a pair across sectors links (the crossSectorOnly filter asks for these)
 *   sectorAffinity  how often institutions of the two sectors cooperate in the snapshot against chance
 *                   (when the sector-affinity weight is above 0 and both sectors are known)
 *   activity        how many cooperations each already has (when the activity weight is above 0 and both
 *                   have at least one: with none, the term is 0)
 */
import { explainDe } from '../kernel/explain.js';
import type { Reason } from '../kernel/explain.js';
import { degreeOf } from '../kernel/graphs.js';
import { combine, commonPartners } from './pair-score.js';
import { sectorTies } from './sector-mixing.js';
import type { PairContext, ScoreParts } from './pair-score.js';
import { intersectSorted } from '../kernel/stats.js';
import type { Suggestion } from './suggestions.js';

/** Shared themes without those implied by a more specific shared one (a key theme above a shared sub-topic). */
export function mostSpecific(ctx: PairContext, shared: readonly string[]): string[] {
  const implied = new Set(shared.map((t) => ctx.snapshot.parentOf.get(t)));
  return shared.filter((t) => !implied.has(t));
}

function reasonsFor(
  ctx: PairContext,
  u: number,
  v: number,
  parts: ScoreParts,
  shared: readonly string[],
  partners: readonly string[],
): Reason[] {
  const reasons: Reason[] = [];
  if (shared.length > 0)
    reasons.push({ kind: 'sharedTopics', topicIds: mostSpecific(ctx, shared) });
  if (parts.distanceKm !== null) reasons.push({ kind: 'distance', km: parts.distanceKm });
  if (partners.length > 0) reasons.push({ kind: 'commonPartners', ids: partners });
  const su = ctx.sectors[u];
  const sv = ctx.sectors[v];
  if (su && sv && su !== sv) reasons.push({ kind: 'crossSector', sectors: [su, sv] });
  const ties = sectorTies(ctx, u, v);
  if (ctx.weights.sectorAffinity > 0 && su && sv && ties)
    reasons.push({ kind: 'sectorAffinity', sectors: [su, sv], ...ties });
  const counts = [degreeOf(ctx.csr, u), degreeOf(ctx.csr, v)] as const;
  if (ctx.weights.activity > 0 && counts[0] > 0 && counts[1] > 0)
    reasons.push({ kind: 'activity', counts, averageCount: ctx.meanDegree });
  return reasons;
}

export function describe(
  ctx: PairContext,
  u: number,
  v: number,
  parts: ScoreParts,
): Omit<Suggestion, 'target'> {
  const ids = [ctx.csr.ids[u] ?? '', ctx.csr.ids[v] ?? ''] as const;
  const shared = intersectSorted(ctx.themes[u] ?? [], ctx.themes[v] ?? []);
  const partners = commonPartners(ctx, u, v).ids.map((z) => ctx.csr.ids[z] ?? '');
  const reasons = reasonsFor(ctx, u, v, parts, shared, partners);
  return {
    ids,
    score: combine(ctx, parts),
    parts,
    sharedTopicIds: shared,
    commonPartnerIds: partners,
    reasons,
    explanationDe: explainDe(ctx.snapshot, reasons),
  };
}

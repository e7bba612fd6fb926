/**
 * Link suggestions (Kooperationsvorschläge): institution pairs that do not cooperate yet, ranked by the score
 * documented in pair-score.ts (shared themes, distance, common partners, sector affinity, activity) with the
 * weights calibrated on the snapshot (calibrate.ts); `weights` overrides single weights on top of those.
 * - For the whole snapshot (a region): bounded candidates per institution (candidates.ts), O(ties + n·perActor).
 * - For one institution (`actorId`): the region's candidate pairs that contain it (the same generation), so its
 *   list is exactly the region-wide list restricted to its pairs (same scores, same order), cut at `limit`.
 * Only pairs with a shared theme or a common partner are candidates, and of those only friends of friends and
 * nearby theme-sharing institutions (candidates.ts), in both modes.
 * Targets (`targetSectorPairs`, e.g. a region's gap cells): the best pairs of each target sector pair first,
 * in the given order (targeted.ts), then the rest by score; each targeted suggestion names its target.
 * Filters: both ends in `sectors`, both working on one of `topicIds` (incl. sub-topics), at most
 * `maxDistanceKm` apart (pairs of unknown distance are then dropped), `crossSectorOnly`.
 * Actors are institutions (cooperation is between institutions); for a person use alliesNearby.
 * Every suggestion carries a reason for each weighted term that adds to its score (suggestion-reasons.ts).
 */
import type { Sector } from '@nzr/graph-schema';
import { calibratedWeights } from './calibrate.js';
import {
  candidateIndex,
  candidateScratch,
  forEachCandidateAbove,
  forEachCandidateOf,
} from './candidates.js';
import type { Reason } from '../kernel/explain.js';
import { degreeOf } from '../kernel/graphs.js';
import { activityOf, affinityOf, distanceBetween, pairContext, scoreParts } from './pair-score.js';
import type { PairContext, ScoreParts, ScoreWeights } from './pair-score.js';
import type { Snapshot } from '../kernel/snapshot.js';
import { intersectCount, TopK } from '../kernel/stats.js';
import { describe } from './suggestion-reasons.js';
import { targetedPairs } from './targeted.js';
import type { RankedPair } from './targeted.js';

export interface SuggestionOptions {
  readonly actorId?: string;
  readonly sectors?: readonly Sector[];
  readonly topicIds?: readonly string[];
  readonly maxDistanceKm?: number;
  readonly crossSectorOnly?: boolean;
  /** Default 20. */
  readonly limit?: number;
  readonly weights?: Partial<ScoreWeights>;
  /** d0 of the distance term, default 15 km. */
  readonly distanceScaleKm?: number;
  /** Theme-sharing candidates per institution beyond friends of friends (candidates.ts), default 60. */
  readonly perActorCandidates?: number;
  /** Sector pairs (e.g. the gap cells of the region) whose pairs are ranked first, in this order. */
  readonly targetSectorPairs?: readonly (readonly [Sector, Sector])[];
  /** Suggestions per target sector pair, default 3. */
  readonly perTarget?: number;
}

export const DEFAULT_PER_ACTOR_CANDIDATES = 60;

export interface Suggestion {
  readonly ids: readonly [string, string];
  readonly score: number;
  readonly parts: ScoreParts;
  readonly sharedTopicIds: readonly string[];
  readonly commonPartnerIds: readonly string[];
  readonly reasons: readonly Reason[];
  readonly explanationDe: string;
  /** The target sector pair this suggestion was ranked first for; null when it ranks on its score alone. */
  readonly target: readonly [Sector, Sector] | null;
}

export interface RankedSuggestions {
  readonly suggestions: Suggestion[];
  /** The weights the suggestions were ranked with (calibrated, with the caller's overrides). */
  readonly weights: ScoreWeights;
}

export function suggestLinks(snapshot: Snapshot, options: SuggestionOptions = {}): Suggestion[] {
  return rankSuggestions(snapshot, options).suggestions;
}

export function rankSuggestions(
  snapshot: Snapshot,
  options: SuggestionOptions = {},
): RankedSuggestions {
  const base = pairContext(snapshot, {}, options.distanceScaleKm);
  const ctx: PairContext = {
    ...base,
    weights: { ...calibratedWeights(base), ...options.weights },
  };
  const pairs = options.targetSectorPairs?.length
    ? targetedPairs(options, (o) => topPairs(ctx, o))
    : topPairs(ctx, options).map((pair) => ({ pair, target: null }));
  const suggestions = pairs.map(({ pair: [u, v, parts], target }) => ({
    ...describe(ctx, u, v, parts),
    target,
  }));
  return { suggestions, weights: ctx.weights };
}

/** The best pairs under the options' filters, best first, with their score parts. */
function topPairs(ctx: PairContext, options: SuggestionOptions): RankedPair[] {
  const n = ctx.csr.ids.length;
  const top = new TopK<RankedPair>(options.limit ?? 20);
  const eligible = eligibility(ctx, options);
  const { crossSectorOnly = false, maxDistanceKm } = options;
  const w = ctx.weights;
  // Hot path: the score of pair-score.ts inlined as plain numbers (keep the two in step); the ScoreParts
  // object is built only for pairs entering the top k.
  const consider = (u: number, v: number, aa: number): void => {
    if (!eligible[u] || !eligible[v]) return;
    const su = ctx.sectors[u];
    const sv = ctx.sectors[v];
    const cross = su && sv && su !== sv ? 1 : 0;
    if (crossSectorOnly && cross === 0) return;
    const d = distanceBetween(ctx, u, v);
    if (maxDistanceKm !== undefined && (d === null || d > maxDistanceKm)) return;
    const a = ctx.themes[u] ?? [];
    const b = ctx.themes[v] ?? [];
    const shared = a.length > 0 && b.length > 0 ? intersectCount(a, b) : 0;
    // Nearness or sectors alone are no reason to introduce two actors: require a theme or a partner.
    if (shared === 0 && aa === 0) return;
    const partial =
      (shared > 0 ? (w.topics * shared) / (a.length + b.length - shared) : 0) +
      (d === null ? 0 : w.distance * Math.exp(-d / ctx.d0)) +
      w.network * (1 - Math.exp(-aa)) +
      w.crossSector * cross +
      (w.sectorAffinity === 0 ? 0 : w.sectorAffinity * affinityOf(ctx, u, v));
    // Not even the largest activity (A ≤ 1) would enter the top k: skip computing it (a root and an
    // exponential per pair). Summed as the score is, so rounding cannot put the bound below the score.
    if (!top.accepts(partial + w.activity)) return;
    const score =
      partial +
      (w.activity === 0
        ? 0
        : w.activity * activityOf(ctx, degreeOf(ctx.csr, u), degreeOf(ctx.csr, v)));
    if (score > 0 && top.accepts(score)) {
      top.push(score, pairKey(ctx, u, v), [u, v, scoreParts(ctx, u, v, aa)]);
    }
  };

  // One candidate generation for both modes (candidates.ts): the same pairs, scored by the same `consider`
  // with the smaller index first, so a pair has one score and one tie-break key in either mode.
  const index = candidateIndex(ctx);
  const scratch = candidateScratch(eligible);
  const perActor = options.perActorCandidates ?? DEFAULT_PER_ACTOR_CANDIDATES;
  let actor: number | undefined;
  if (options.actorId !== undefined) {
    actor = ctx.csr.index.get(options.actorId);
    if (actor === undefined) return [];
    forEachCandidateOf(ctx, index, actor, perActor, scratch, consider);
  } else {
    for (let u = 0; u < n; u++) {
      if (eligible[u])
        forEachCandidateAbove(ctx, index, u, perActor, scratch, (v, aa) => consider(u, v, aa));
    }
  }
  // In one-institution mode the institution comes first in each pair.
  return top
    .values()
    .map(([u, v, parts]): RankedPair => (v === actor ? [v, u, parts] : [u, v, parts]));
}

function pairKey(ctx: PairContext, u: number, v: number): string {
  return `${ctx.csr.ids[u] ?? ''}|${ctx.csr.ids[v] ?? ''}`;
}

function eligibility(ctx: PairContext, options: SuggestionOptions): Uint8Array {
  const { sectors, topicIds } = options;
  return Uint8Array.from(ctx.csr.ids, (_id, i) => {
    const sector = ctx.sectors[i];
    if (sectors && (!sector || !sectors.includes(sector))) return 0;
    if (topicIds && !(ctx.themes[i] ?? []).some((t) => topicIds.includes(t))) return 0;
    return 1;
  });
}

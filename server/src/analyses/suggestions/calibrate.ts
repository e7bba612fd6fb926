/**
 * The weights of the pair score (pair-score.ts), fitted on the snapshot's own ties, so the score follows
 * whatever drives cooperation in a region instead of one fixed guess. rankSuggestions (and so the API) ranks
 * with them, and the bench's quality rows measure them through rankSuggestions: what is measured is what is
 * shown.
 *
 * The terms t (themes), d (distance), n (common partners), s (sector affinity), a (activity) of `samples`
 * ties of the snapshot and `samples` random non-cooperating pairs are the data of a logistic regression
 *   P(tie | pair) = σ(b + Σ_f w_f · f(pair)),  w_f ≥ 0   (logistic.ts)
 * and the fitted w_f, normalised to Σ w_f = 1, are the weights; w_x (cross-sector bonus) = 0. Fitted jointly,
 * terms that carry the same signal share it instead of each counting it (the earlier rule, w_f = AUC_f - 0.5
 * per term, double-counted correlated terms; on held-out splits of the 10k bench graph, 3 per district, the
 * joint fit's AUC against hard negatives was higher in 10 of 13 districts, by up to 0.04, and lower in 3,
 * by at most 0.006). A term that does not add to the others (e.g. themes where partners
 * are not chosen by theme) gets no weight instead of adding noise. Each tie is scored as if it did not exist: the activity term uses the
 * degrees without the tie itself (the common partners and the other terms do not depend on the tie). The
 * sector affinity is computed from all ties including the sampled one (one tie among hundreds: negligible).
 * Too few ties (< 20) or no informative term: FALLBACK_WEIGHTS. The samples are drawn with a fixed seed, so
 * one snapshot always gets the same weights (the same request, the same ranking).
 */
import { degreeOf } from '../kernel/graphs.js';
import { activityOf, commonPartners, FALLBACK_WEIGHTS, scoreParts } from './pair-score.js';
import type { PairContext, ScoreWeights } from './pair-score.js';
import { mulberry32 } from '../kernel/random.js';
import { nonNegativeLogistic } from './logistic.js';
import type { Rng } from '../kernel/random.js';

const TERMS = ['topics', 'distance', 'network', 'sectorAffinity', 'activity'] as const;
type Term = (typeof TERMS)[number];

const MIN_TIES = 20;
/** Seed of the calibration samples (any fixed number; changing it moves the weights by sampling noise). */
export const CALIBRATION_SEED = 0x5bd1e995;

export function calibratedWeights(
  ctx: PairContext,
  rng: Rng = mulberry32(CALIBRATION_SEED),
  samples = 1000,
): ScoreWeights {
  const { offsets, targets, ids } = ctx.csr;
  const n = ids.length;
  const ties: [number, number][] = [];
  for (let u = 0; u < n; u++) {
    for (let m = offsets[u] ?? 0; m < (offsets[u + 1] ?? 0); m++) {
      const v = targets[m] ?? 0;
      if (v > u) ties.push([u, v]);
    }
  }
  if (ties.length < MIN_TIES || n < 3) return FALLBACK_WEIGHTS;
  const tied = (u: number, v: number): boolean => {
    for (let m = offsets[u] ?? 0; m < (offsets[u + 1] ?? 0); m++) if (targets[m] === v) return true;
    return false;
  };
  const pos = new Map<Term, number[]>(TERMS.map((t) => [t, []]));
  const neg = new Map<Term, number[]>(TERMS.map((t) => [t, []]));
  const record = (into: Map<Term, number[]>, u: number, v: number, tie: boolean): void => {
    const parts = scoreParts(ctx, u, v, commonPartners(ctx, u, v).aa);
    const own = tie ? 1 : 0;
    const activity = activityOf(ctx, degreeOf(ctx.csr, u) - own, degreeOf(ctx.csr, v) - own);
    for (const t of TERMS) into.get(t)?.push(t === 'activity' ? activity : parts[t]);
  };
  for (let s = 0; s < samples; s++) {
    const [u, v] = ties[Math.floor(rng() * ties.length)] ?? [0, 1];
    record(pos, u, v, true);
    for (let tries = 0; tries < 100; tries++) {
      const x = Math.floor(rng() * n);
      const y = Math.floor(rng() * n);
      if (x === y || tied(x, y)) continue;
      record(neg, x, y, false);
      break;
    }
  }
  const column = (into: Map<Term, number[]>): number[][] =>
    (into.get('topics') ?? []).map((_, i) => TERMS.map((t) => into.get(t)?.[i] ?? 0));
  const raw = nonNegativeLogistic(column(pos), column(neg));
  const sum = raw.reduce((a, b) => a + b, 0);
  if (!(sum > 0)) return FALLBACK_WEIGHTS;
  const weight = (t: Term): number => (raw[TERMS.indexOf(t)] ?? 0) / sum;
  return {
    topics: weight('topics'),
    distance: weight('distance'),
    network: weight('network'),
    crossSector: 0,
    sectorAffinity: weight('sectorAffinity'),
    activity: weight('activity'),
  };
}

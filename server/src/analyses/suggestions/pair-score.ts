/**
 * The link-suggestion score of an institution pair (u, v) that does not cooperate yet, what the API
 * (suggestLinks, the linkSuggestions query) ranks by:
 *
 *   score = w_t · J(u, v) + w_d · exp(-d / d0) + w_n · (1 - exp(-AA(u, v))) + w_s · S(u, v) + w_a · A(u, v)
 *           [+ w_x · X(u, v), the cross-sector bonus: 0 unless a caller sets it; the API never does]
 *
 *   J   shared themes: Jaccard index of the theme sets (direct topics plus their key themes, so two sub-topics
 *       of one key theme still overlap a little)
 *   d   great-circle distance in km (term 0 when either location is unknown), d0 = 15 km by default:
 *       at 15 km the term is 0.37, at 45 km 0.05
 *   AA  network proximity: Adamic-Adar index Σ_{z common partner} 1 / ln deg(z): common partners count, hubs
 *       count less; 1 - e^-AA maps it to [0, 1) (one exclusive common partner of degree 2 gives 0.76)
 *   S   sector affinity: r / (1 + r) with r = (observed + 1) / (expected + 1) ties between the two sectors in
 *       the snapshot (observed and expected as in gaps.ts, Laplace-smoothed): 0.5 = the sectors mix as random
 *       pairs would, → 1 for sector pairs that cooperate far more often (usually the same sector), 0.5 when a
 *       sector is unknown. Learned from the snapshot's own ties (a block-model term), so it follows whatever
 *       mixing a region has.
 *   A   activity (preferential attachment): 1 - exp(-sqrt(deg(u) · deg(v)) / mean degree); active actors
 *       form more ties.
 *   X   1 for two institutions of different sectors, else 0.
 *   w   calibrated per snapshot (calibrate.ts): a non-negative logistic regression of the snapshot's own ties
 *       against random non-cooperating pairs on these terms, normalised to Σ w = 1, so the score follows what
 *       drives cooperation in the region at hand. FALLBACK_WEIGHTS (t 0.4, d 0.25, n 0.35) where a snapshot
 *       has too few ties to calibrate on (< 20) or no term separates.
 *       "Preferably across sectors" is a filter (crossSectorOnly), not a bonus: where most ties stay within a
 *       sector, a bonus ranks pairs up because they rarely cooperate, against what the score predicts (the
 *       suggestion tests show it costs AUC). Callers may still set w_x (SuggestionOptions.weights).
 *   How well this ranks, per district against held-out ties and next to the Adamic-Adar and common-neighbours
 *   baselines: BENCHMARKS.md (held-out-eval.ts, `npm run bench:suggestions`).
 * All terms are in [0, 1] and the weights sum to 1 (plus a bonus, if set), so the score is in [0, 1] and
 * every part is shown to users: the parts themselves, and a reason for every weighted term that adds to a
 * pair's score (suggestion-reasons.ts), rendered in German by explain.ts.
 */
import type { GeoPoint, Sector } from '@nzr/graph-schema';
import { cosLatitude, haversineMeters } from '../../store/shared/geo.js';
import { degreeOf, networkGraph, toCsr } from '../kernel/graphs.js';
import type { Csr } from '../kernel/graphs.js';
import { sectorMixing } from './sector-mixing.js';
import { locationOf } from '../kernel/snapshot.js';
import type { Snapshot } from '../kernel/snapshot.js';
import { intersectCount } from '../kernel/stats.js';

export interface ScoreWeights {
  readonly topics: number;
  readonly distance: number;
  readonly network: number;
  /** Cross-sector bonus: 0 in the calibrated and the fallback weights (see the header). */
  readonly crossSector: number;
  readonly sectorAffinity: number;
  readonly activity: number;
}

/** Fixed weights for snapshots too small to calibrate on (see the header and calibrate.ts). */
export const FALLBACK_WEIGHTS: ScoreWeights = {
  topics: 0.4,
  distance: 0.25,
  network: 0.35,
  crossSector: 0,
  sectorAffinity: 0,
  activity: 0,
};
export const DEFAULT_DISTANCE_SCALE_KM = 15;

export interface ScoreParts {
  readonly topics: number;
  readonly distance: number;
  readonly network: number;
  readonly crossSector: number;
  readonly sectorAffinity: number;
  readonly activity: number;
  readonly distanceKm: number | null;
  readonly sharedThemes: number;
}

/** Per-institution arrays indexed like the cooperation graph's CSR. */
export interface PairContext {
  readonly snapshot: Snapshot;
  readonly csr: Csr;
  readonly themes: readonly (readonly string[])[];
  readonly points: readonly (GeoPoint | null)[];
  /** cos(latitude) per node (NaN when unknown), so that each distance computes no cosine. */
  readonly cosLat: Float64Array;
  readonly sectors: readonly (Sector | null)[];
  /** Sector slot per node (-1 when unknown) and, by slot pair (k × k, row-major), S and its ingredients. */
  readonly sectorSlot: Int32Array;
  readonly affinity: Float64Array;
  readonly observedTies: Float64Array;
  readonly expectedTies: Float64Array;
  readonly sectorCount: number;
  /** Mean degree of the cooperation graph (≥ 1), the scale of the activity term. */
  readonly meanDegree: number;
  /** 1 / ln(deg) per node (0 for degree < 2: such a node is never a common partner of two others). */
  readonly aaWeight: Float64Array;
  readonly weights: ScoreWeights;
  readonly d0: number;
  /** Scratch buffer for common-partner marking. */
  readonly mark: Int32Array;
}

/** The per-snapshot arrays of the score, with `weights` on top of FALLBACK_WEIGHTS. */
export function pairContext(
  snapshot: Snapshot,
  weights: Partial<ScoreWeights> = {},
  d0 = DEFAULT_DISTANCE_SCALE_KM,
): PairContext {
  const csr = toCsr(networkGraph(snapshot, 'cooperation'));
  const n = csr.ids.length;
  const aaWeight = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const deg = degreeOf(csr, i);
    aaWeight[i] = deg >= 2 ? 1 / Math.log(deg) : 0;
  }
  const points = csr.ids.map((id) => locationOf(snapshot, id));
  const sectors = csr.ids.map((id) => snapshot.sectorOf.get(id) ?? null);
  const mixing = sectorMixing(csr, sectors);
  return {
    snapshot,
    csr,
    themes: csr.ids.map((id) => snapshot.themesOf.get(id) ?? []),
    points,
    cosLat: Float64Array.from(points, (p) => (p ? cosLatitude(p.latitude) : Number.NaN)),
    sectors,
    ...mixing,
    meanDegree: Math.max(1, (csr.offsets[n] ?? 0) / Math.max(1, n)),
    aaWeight,
    weights: { ...FALLBACK_WEIGHTS, ...weights },
    d0,
    mark: new Int32Array(n).fill(-1),
  };
}

/** Sector affinity S of u and v, 0.5 when a sector is unknown. */
export function affinityOf(ctx: PairContext, u: number, v: number): number {
  const a = ctx.sectorSlot[u] ?? -1;
  const b = ctx.sectorSlot[v] ?? -1;
  return a < 0 || b < 0 ? 0.5 : (ctx.affinity[a * ctx.sectorCount + b] ?? 0.5);
}

/** Activity A of u and v from their degrees (passed in, so a calibration can leave out a tie's own edge). */
export function activityOf(ctx: PairContext, degU: number, degV: number): number {
  return 1 - Math.exp(-Math.sqrt(Math.max(0, degU) * Math.max(0, degV)) / ctx.meanDegree);
}

/** Distance in km as the stores measure it (store/shared/geo.ts), null when a location is unknown. */
export function distanceBetween(ctx: PairContext, u: number, v: number): number | null {
  const a = ctx.points[u];
  const b = ctx.points[v];
  if (!a || !b) return null;
  return haversineMeters(a, ctx.cosLat[u] ?? Number.NaN, b, ctx.cosLat[v] ?? Number.NaN) / 1000;
}

/** Score parts given a precomputed Adamic-Adar value. */
export function scoreParts(ctx: PairContext, u: number, v: number, aa: number): ScoreParts {
  const a = ctx.themes[u] ?? [];
  const b = ctx.themes[v] ?? [];
  const shared = a.length && b.length ? intersectCount(a, b) : 0;
  const topics = shared === 0 ? 0 : shared / (a.length + b.length - shared);
  const d = distanceBetween(ctx, u, v);
  const su = ctx.sectors[u];
  const sv = ctx.sectors[v];
  return {
    topics,
    distance: d === null ? 0 : Math.exp(-d / ctx.d0),
    network: 1 - Math.exp(-aa),
    crossSector: su && sv && su !== sv ? 1 : 0,
    sectorAffinity: affinityOf(ctx, u, v),
    activity: activityOf(ctx, degreeOf(ctx.csr, u), degreeOf(ctx.csr, v)),
    distanceKm: d,
    sharedThemes: shared,
  };
}

export function combine(ctx: PairContext, p: ScoreParts): number {
  const w = ctx.weights;
  return (
    w.topics * p.topics +
    w.distance * p.distance +
    w.network * p.network +
    w.crossSector * p.crossSector +
    w.sectorAffinity * p.sectorAffinity +
    w.activity * p.activity
  );
}

/** Common partners of u and v (sorted by ascending degree: the most exclusive first) and their AA value. */
export function commonPartners(
  ctx: PairContext,
  u: number,
  v: number,
): { ids: number[]; aa: number } {
  const { offsets, targets } = ctx.csr;
  for (let k = offsets[u] ?? 0; k < (offsets[u + 1] ?? 0); k++) ctx.mark[targets[k] ?? 0] = u;
  const ids: number[] = [];
  let aa = 0;
  for (let k = offsets[v] ?? 0; k < (offsets[v + 1] ?? 0); k++) {
    const z = targets[k] ?? 0;
    if (ctx.mark[z] === u) {
      ids.push(z);
      aa += ctx.aaWeight[z] ?? 0;
    }
  }
  for (let k = offsets[u] ?? 0; k < (offsets[u + 1] ?? 0); k++) ctx.mark[targets[k] ?? 0] = -1;
  ids.sort((x, y) => degreeOf(ctx.csr, x) - degreeOf(ctx.csr, y) || x - y);
  return { ids, aa };
}

/** Full score of one pair (used by the evaluation and for single look-ups). */
export function scorePair(ctx: PairContext, u: number, v: number): number {
  return combine(ctx, scoreParts(ctx, u, v, commonPartners(ctx, u, v).aa));
}

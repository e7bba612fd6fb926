/**
 * Bounded candidate generation for region-wide link suggestions, so 10k institutions never mean 50M pairs.
 * For each institution u, candidates v > u (each unordered pair is seen from its smaller end) are:
 *   1. every friend of a friend (2 hops in the cooperation graph), with the Adamic-Adar sum accumulated on
 *      the way (cost Σ_z deg(z)² over the graph, linear in ties for realistic degrees);
 *   2. up to `perActor` institutions sharing one of u's direct topics in u's grid cell, then in the 8
 *      neighbouring cells (cells of d0 km), most specific topics first. Pairs without a shared theme and
 *      without a common partner score at most w_d + w_x and are not worth proposing.
 */
import type { PairContext } from './pair-score.js';

export interface CandidateIndex {
  /** Direct topic → grid cell → ascending node indices. */
  readonly buckets: ReadonlyMap<string, ReadonlyMap<number, readonly number[]>>;
  /** Grid cell of each node (NaN when the location is unknown). */
  readonly cellOf: Float64Array;
  /** Number of cell columns used to encode (row, column) as one number. */
  readonly stride: number;
}

const NO_CELL = -1;

export function candidateIndex(ctx: PairContext): CandidateIndex {
  const located = ctx.points.filter((p) => p !== null);
  const meanLat = located.reduce((s, p) => s + p.latitude, 0) / Math.max(1, located.length);
  const latStep = ctx.d0 / 111.32;
  const lonStep = ctx.d0 / (111.32 * Math.max(0.1, Math.cos((meanLat * Math.PI) / 180)));
  // Cells are numbered row · stride + column on a grid wide enough for the whole globe at this cell size.
  const stride = Math.ceil(360 / lonStep) + 3;
  const cellOf = Float64Array.from(ctx.points, (p) =>
    p
      ? Math.floor((p.latitude + 90) / latStep) * stride +
        Math.floor((p.longitude + 180) / lonStep) +
        1
      : NO_CELL,
  );
  const buckets = new Map<string, Map<number, number[]>>();
  ctx.csr.ids.forEach((id, i) => {
    const cell = cellOf[i] ?? NO_CELL;
    for (const t of ctx.snapshot.topicsOf.get(id) ?? []) {
      let byCell = buckets.get(t);
      if (!byCell) buckets.set(t, (byCell = new Map()));
      const list = byCell.get(cell);
      if (list) list.push(i);
      else byCell.set(cell, [i]);
    }
  });
  return { buckets, cellOf, stride };
}

function firstAbove(list: readonly number[], u: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid] ?? 0) <= u) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Calls `visit(v, aa)` once per candidate v > u; `aa` is the Adamic-Adar sum (0 for bucket-only ones).
 * `scratch.eligible` marks institutions that pass the caller's filters (others never fill the bucket budget).
 */
export function forEachCandidate(
  ctx: PairContext,
  index: CandidateIndex,
  u: number,
  perActor: number,
  scratch: { aa: Float64Array; stamp: Int32Array; eligible: Uint8Array },
  visit: (v: number, aa: number) => void,
): void {
  const { offsets, targets } = ctx.csr;
  const { aa, stamp } = scratch;
  // Stamp 2u+1 marks "neighbour of u" (excluded), 2u+2 "already a candidate".
  const isNeighbour = 2 * u + 1;
  const isCandidate = 2 * u + 2;
  stamp[u] = isNeighbour;
  for (let k = offsets[u] ?? 0; k < (offsets[u + 1] ?? 0); k++)
    stamp[targets[k] ?? 0] = isNeighbour;
  const found: number[] = [];
  for (let k = offsets[u] ?? 0; k < (offsets[u + 1] ?? 0); k++) {
    const z = targets[k] ?? 0;
    const weight = ctx.aaWeight[z] ?? 0;
    for (let m = offsets[z] ?? 0; m < (offsets[z + 1] ?? 0); m++) {
      const w = targets[m] ?? 0;
      if (w <= u || stamp[w] === isNeighbour) continue;
      if (stamp[w] !== isCandidate) {
        stamp[w] = isCandidate;
        aa[w] = 0;
        found.push(w);
      }
      aa[w] = (aa[w] ?? 0) + weight;
    }
  }
  let taken = 0;
  const cell = index.cellOf[u] ?? NO_CELL;
  const topics = ctx.snapshot.topicsOf.get(ctx.csr.ids[u] ?? '') ?? [];
  const s = index.stride;
  const cells =
    cell === NO_CELL ? [NO_CELL] : [cell, cell - s - 1, cell - s, cell - s + 1, cell - 1];
  if (cell !== NO_CELL) cells.push(cell + 1, cell + s - 1, cell + s, cell + s + 1);
  for (const c of cells) {
    for (const t of topics) {
      const list = index.buckets.get(t)?.get(c);
      if (!list) continue;
      for (let k = firstAbove(list, u); k < list.length && taken < perActor; k++) {
        const w = list[k] ?? 0;
        // Filtered-out institutions must not use up the per-actor budget.
        if (stamp[w] === isNeighbour || stamp[w] === isCandidate || !scratch.eligible[w]) continue;
        stamp[w] = isCandidate;
        aa[w] = 0;
        found.push(w);
        taken++;
      }
    }
  }
  for (const w of found) visit(w, aa[w] ?? 0);
}

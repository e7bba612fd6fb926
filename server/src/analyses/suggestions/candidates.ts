/**
 * The one candidate generation of link suggestions, for both modes (region-wide and one institution), so
 * 10k institutions never mean 50M pairs and the two modes propose exactly the same pairs.
 *
 * The candidate pairs are defined from the smaller end u of each unordered pair {u, v}, u < v:
 *   1. every friend of a friend v > u (2 hops in the cooperation graph), with the Adamic-Adar sum accumulated
 *      on the way (cost Σ_z deg(z)² over the graph, linear in ties for realistic degrees);
 *   2. up to `perActor` further institutions v > u that share a theme with u (a direct topic or its key theme,
 *      the same theme sets the score's J counts), in u's grid cell, then in the 8 neighbouring cells (cells of
 *      d0 km), u's direct topics before its key themes, ascending index within a bucket. Institutions that fail
 *      the caller's filters, partners and friends of friends do not use up the budget.
 * Pairs without a shared theme and without a common partner are not worth proposing (nearness or sector alone
 * is no reason to introduce two actors) and are never candidates.
 * Region mode visits forEachCandidateAbove(u) for every u; one-institution mode (forEachCandidateOf x) visits
 * forEachCandidateAbove(x) and, for every u < x that could list x (a friend of a friend of x or a theme-sharing
 * institution in x's 3 × 3 cells: cell neighbourhood is symmetric), forEachCandidateAbove(u), keeping the
 * pairs (u, x). Both modes thus see the same pairs with the same Adamic-Adar sums (summed in the same order),
 * which the property test in candidates.test.ts checks on random graphs.
 */
import type { PairContext } from './pair-score.js';

export interface CandidateIndex {
  /** Theme → grid cell → ascending node indices. */
  readonly buckets: ReadonlyMap<string, ReadonlyMap<number, readonly number[]>>;
  /** Grid cell of each node (NO_CELL when the location is unknown). */
  readonly cellOf: Float64Array;
  /** Number of cell columns used to encode (row, column) as one number. */
  readonly stride: number;
  /** Themes of each node, its direct topics first (the most specific buckets fill the budget first). */
  readonly bucketThemes: readonly (readonly string[])[];
}

/** Per-call scratch buffers; `eligible` marks institutions that pass the caller's filters. */
export interface CandidateScratch {
  readonly aa: Float64Array;
  readonly stamp: Int32Array;
  readonly eligible: Uint8Array;
}

const NO_CELL = -1;

export function candidateScratch(eligible: Uint8Array): CandidateScratch {
  const n = eligible.length;
  return { aa: new Float64Array(n), stamp: new Int32Array(n), eligible };
}

export function candidateIndex(ctx: PairContext): CandidateIndex {
  const located = ctx.points.filter((p) => p !== null);
  const meanLat = located.reduce((s, p) => s + p.latitude, 0) / Math.max(1, located.length);
  const latStep = ctx.d0 / 111.32;
  const lonStep = ctx.d0 / (111.32 * Math.max(0.1, Math.cos((meanLat * Math.PI) / 180)));
  // Cells are numbered row · stride + column + 1 (≥ 1) on a grid wide enough for the globe at this cell size.
  const stride = Math.ceil(360 / lonStep) + 3;
  const cellOf = Float64Array.from(ctx.points, (p) =>
    p
      ? Math.floor((p.latitude + 90) / latStep) * stride +
        Math.floor((p.longitude + 180) / lonStep) +
        1
      : NO_CELL,
  );
  const buckets = new Map<string, Map<number, number[]>>();
  const bucketThemes = ctx.csr.ids.map((id, i) => {
    const direct = new Set(ctx.snapshot.topicsOf.get(id) ?? []);
    const themes = ctx.themes[i] ?? [];
    return [...themes.filter((t) => direct.has(t)), ...themes.filter((t) => !direct.has(t))];
  });
  bucketThemes.forEach((themes, i) => {
    const cell = cellOf[i] ?? NO_CELL;
    for (const t of themes) {
      let byCell = buckets.get(t);
      if (!byCell) buckets.set(t, (byCell = new Map()));
      const list = byCell.get(cell);
      if (list) list.push(i);
      else byCell.set(cell, [i]);
    }
  });
  return { buckets, cellOf, stride, bucketThemes };
}

/** The cell of u and its 8 neighbours (only u's own pseudo-cell for an unknown location). */
function cellsAround(index: CandidateIndex, u: number): number[] {
  const cell = index.cellOf[u] ?? NO_CELL;
  if (cell === NO_CELL) return [NO_CELL];
  const s = index.stride;
  return [
    cell,
    cell - s - 1,
    cell - s,
    cell - s + 1,
    cell - 1,
    cell + 1,
    cell + s - 1,
    cell + s,
    cell + s + 1,
  ];
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

/** Calls `visit(v, aa)` once per candidate v > u; `aa` is the Adamic-Adar sum (0 for bucket-only ones). */
export function forEachCandidateAbove(
  ctx: PairContext,
  index: CandidateIndex,
  u: number,
  perActor: number,
  scratch: CandidateScratch,
  visit: (v: number, aa: number) => void,
): void {
  const { offsets, targets } = ctx.csr;
  const { aa, stamp } = scratch;
  // Stamp 2u+1 marks "neighbour of u" (excluded), 2u+2 "already a candidate"; each u is enumerated at
  // most once per scratch, so stale stamps of other nodes never match.
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
  const themes = index.bucketThemes[u] ?? [];
  for (const c of cellsAround(index, u)) {
    for (const t of themes) {
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

/**
 * Calls `visit(u, v, aa)` (u < v) once per candidate pair containing x: exactly the pairs, and the Adamic-Adar
 * sums, that region mode visits. Needs a fresh scratch.
 */
export function forEachCandidateOf(
  ctx: PairContext,
  index: CandidateIndex,
  x: number,
  perActor: number,
  scratch: CandidateScratch,
  visit: (u: number, v: number, aa: number) => void,
): void {
  const { offsets, targets } = ctx.csr;
  // Smaller ends that could list x: friends of friends of x, theme-sharing institutions in x's 3 × 3 cells.
  const below = new Set<number>();
  for (let k = offsets[x] ?? 0; k < (offsets[x + 1] ?? 0); k++) {
    const z = targets[k] ?? 0;
    for (let m = offsets[z] ?? 0; m < (offsets[z + 1] ?? 0); m++) {
      const w = targets[m] ?? 0;
      if (w < x) below.add(w);
    }
  }
  for (const c of cellsAround(index, x)) {
    for (const t of index.bucketThemes[x] ?? []) {
      for (const w of index.buckets.get(t)?.get(c) ?? []) {
        if (w >= x) break;
        below.add(w);
      }
    }
  }
  const lists: [number, number, number][] = [];
  for (const u of [...below].sort((a, b) => a - b)) {
    forEachCandidateAbove(ctx, index, u, perActor, scratch, (v, aa) => {
      if (v === x) lists.push([u, x, aa]);
    });
  }
  forEachCandidateAbove(ctx, index, x, perActor, scratch, (v, aa) => lists.push([x, v, aa]));
  for (const [u, v, aa] of lists) visit(u, v, aa);
}

/**
 * How the sectors of a snapshot mix in its cooperation graph: per sector pair the ties observed, the ties
 * expected if ties fell on random pairs (as in gaps.ts), and the pair score's sector affinity S from them
 * (pair-score.ts); the reasons (suggestion-reasons.ts) show the same observed and expected figures.
 */
import type { Sector } from '@nzr/graph-schema';
import type { Csr } from '../kernel/graphs.js';
import type { PairContext } from './pair-score.js';

export type SectorMixing = Pick<
  PairContext,
  'sectorSlot' | 'affinity' | 'observedTies' | 'expectedTies' | 'sectorCount'
>;

/** Slots, observed and expected ties and the affinity S of every sector pair from the ties of the graph. */
export function sectorMixing(csr: Csr, sectors: readonly (Sector | null)[]): SectorMixing {
  const slots = new Map<Sector, number>();
  const sectorSlot = Int32Array.from(sectors, (s) => {
    if (s === null) return -1;
    let slot = slots.get(s);
    if (slot === undefined) slots.set(s, (slot = slots.size));
    return slot;
  });
  const k = slots.size;
  const sizes = new Float64Array(k);
  for (const slot of sectorSlot) if (slot >= 0) sizes[slot] = (sizes[slot] ?? 0) + 1;
  const observed = new Float64Array(k * k);
  let ties = 0;
  for (let u = 0; u < csr.ids.length; u++) {
    const a = sectorSlot[u] ?? -1;
    for (let m = csr.offsets[u] ?? 0; m < (csr.offsets[u + 1] ?? 0); m++) {
      const v = csr.targets[m] ?? 0;
      const b = sectorSlot[v] ?? -1;
      if (v <= u || a < 0 || b < 0) continue;
      ties++;
      observed[a * k + b] = (observed[a * k + b] ?? 0) + 1;
      if (a !== b) observed[b * k + a] = (observed[b * k + a] ?? 0) + 1;
    }
  }
  const total = sizes.reduce((s, x) => s + x, 0);
  const allPairs = (total * (total - 1)) / 2;
  const affinity = new Float64Array(k * k);
  const expected = new Float64Array(k * k);
  for (let a = 0; a < k; a++) {
    for (let b = 0; b < k; b++) {
      const na = sizes[a] ?? 0;
      const pairs = a === b ? (na * (na - 1)) / 2 : na * (sizes[b] ?? 0);
      const e = allPairs > 0 ? (ties * pairs) / allPairs : 0;
      expected[a * k + b] = e;
      const r = ((observed[a * k + b] ?? 0) + 1) / (e + 1);
      affinity[a * k + b] = r / (1 + r);
    }
  }
  return {
    sectorSlot,
    affinity,
    observedTies: observed,
    expectedTies: expected,
    sectorCount: k,
  };
}

/** Observed and expected ties between the sectors of u and v; null when a sector is unknown. */
export function sectorTies(
  ctx: PairContext,
  u: number,
  v: number,
): { observed: number; expected: number } | null {
  const a = ctx.sectorSlot[u] ?? -1;
  const b = ctx.sectorSlot[v] ?? -1;
  if (a < 0 || b < 0) return null;
  const i = a * ctx.sectorCount + b;
  return { observed: ctx.observedTies[i] ?? 0, expected: ctx.expectedTies[i] ?? 0 };
}

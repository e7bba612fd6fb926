/**
 * Cross-sector gaps (Vernetzungslücken): observed cooperations per sector pair against the number expected if
 * the same number of ties fell on random institution pairs.
 *
 * Ties: active COOPERATES_WITH between institutions of the snapshot, one per pair. Persons are left out on
 * purpose: a person's sector is ambiguous (several or no MEMBER_OF institutions) and KNOWS is an informal tie,
 * so mixing it into the table would blur "which sectors cooperate formally".
 *
 * With n_i institutions in sector i, N = Σ n_i and T ties in total:
 *   possible pairs  P_ii = n_i (n_i - 1) / 2,  P_ij = n_i n_j (i ≠ j),  P = N (N - 1) / 2 = Σ_{i≤j} P_ij
 *   expected_ij     = T · P_ij / P           (Σ expected = T)
 *   ratio_ij        = observed_ij / expected_ij
 *   p_ij            = P(X ≤ observed_ij), X ~ Poisson(expected_ij): how surprising so few ties are
 * A pair is under-linked when expected ≥ minExpected (default 3) and ratio < maxRatio (default 0.5).
 * That rule never fires in a sparse rural district (9 institutions, 5 ties: no cell expects 3), so every cell
 * also gets a verdict from the exact hypergeometric test (kernel/gap-verdict.ts): gap, unremarkable or too few
 * data (with the ties or institutions that would make it decidable), the cooperations it holds and the
 * actors who could bridge it (open pairs between its two sectors among their partners, kernel/sector-bridges.ts).
 * Optional theme filter: only institutions whose themes (incl. key theme of their sub-topics) contain topicId.
 */
import { SECTORS } from '@nzr/graph-schema';
import type { Sector } from '@nzr/graph-schema';
import { explainDe } from '../kernel/explain.js';
import type { Reason } from '../kernel/explain.js';
import type { Snapshot } from '../kernel/snapshot.js';
import { cellVerdict } from '../kernel/gap-verdict.js';
import type { CellVerdict } from '../kernel/gap-verdict.js';
import { csrFromPairs } from '../kernel/graphs.js';
import { brokersBySectorPair, sectorPairKey } from '../kernel/sector-bridges.js';
import type { PairBroker } from '../kernel/sector-bridges.js';
import { poissonCdf } from '../kernel/stats.js';

export interface GapOptions {
  readonly topicId?: string;
  readonly minExpected?: number;
  readonly maxRatio?: number;
  /** Cooperations listed per cell, default 20. */
  readonly pairsPerCell?: number;
  /** Bridging actors listed per cell, default 5. */
  readonly brokersPerCell?: number;
}

export interface GapCell {
  readonly sectors: readonly [Sector, Sector];
  readonly possiblePairs: number;
  readonly observed: number;
  readonly expected: number;
  /** observed / expected; null when nothing is expected (a sector is empty). */
  readonly ratio: number | null;
  readonly pValue: number;
  readonly underLinked: boolean;
  /** Exact verdict and what would make a cell with too few data decidable. */
  readonly verdict: CellVerdict;
  /** Up to pairsPerCell of the observed cooperations, as sorted id pairs. */
  readonly pairs: readonly (readonly [string, string])[];
  /** Actors whose partners include unconnected institutions of both sectors (none on the diagonal). */
  readonly brokers: readonly PairBroker[];
  readonly reasons: readonly Reason[];
  readonly explanationDe: string;
}

export interface GapTable {
  readonly sectorSizes: readonly { readonly sector: Sector; readonly institutions: number }[];
  readonly totalTies: number;
  readonly possiblePairs: number;
  /** Upper triangle incl. diagonal in SECTORS order. */
  readonly cells: readonly GapCell[];
  /** Under-linked cells, most surprising (lowest p-value) first. */
  readonly underLinked: readonly GapCell[];
}

export function gapTable(snapshot: Snapshot, options: GapOptions = {}): GapTable {
  const { topicId, minExpected = 3, maxRatio = 0.5, pairsPerCell = 20 } = options;
  const sectors = SECTORS.map((s) => s.value);
  const slot = new Map(sectors.map((s, i) => [s, i]));
  const k = sectors.length;
  const sizes = new Float64Array(k);
  const slotOf = new Map<string, number>();
  for (const id of snapshot.institutionIds) {
    const sector = snapshot.sectorOf.get(id);
    const i = sector === undefined ? undefined : slot.get(sector);
    if (i === undefined) continue;
    if (topicId !== undefined && !(snapshot.themesOf.get(id) ?? []).includes(topicId)) continue;
    slotOf.set(id, i);
    sizes[i] = (sizes[i] ?? 0) + 1;
  }

  const observed = new Float64Array(k * k);
  const seen = new Set<string>();
  const pairsOf = new Map<number, [string, string][]>();
  for (const c of snapshot.activeCooperations) {
    const a = slotOf.get(c.a);
    const b = slotOf.get(c.b);
    const pairKey = c.a < c.b ? `${c.a}\u0000${c.b}` : `${c.b}\u0000${c.a}`;
    if (a === undefined || b === undefined || seen.has(pairKey)) continue;
    seen.add(pairKey);
    const [i, j] = a <= b ? [a, b] : [b, a];
    observed[i * k + j] = (observed[i * k + j] ?? 0) + 1;
    const list = pairsOf.get(i * k + j) ?? [];
    list.push(c.a < c.b ? [c.a, c.b] : [c.b, c.a]);
    pairsOf.set(i * k + j, list);
  }
  const bridges = cellBrokers(snapshot, slotOf, sectors, options.brokersPerCell ?? 5);
  const totalTies = seen.size;
  const n = sizes.reduce((s, x) => s + x, 0);
  const possible = (n * (n - 1)) / 2;

  const cells: GapCell[] = [];
  for (let i = 0; i < k; i++) {
    for (let j = i; j < k; j++) {
      const ni = sizes[i] ?? 0;
      const nj = sizes[j] ?? 0;
      const pairs = i === j ? (ni * (ni - 1)) / 2 : ni * nj;
      const obs = observed[i * k + j] ?? 0;
      const expected = possible > 0 ? (totalTies * pairs) / possible : 0;
      const ratio = expected > 0 ? obs / expected : null;
      const pair: [Sector, Sector] = [sectors[i] as Sector, sectors[j] as Sector];
      const reasons: Reason[] = [{ kind: 'sectorGap', sectors: pair, observed: obs, expected }];
      cells.push({
        sectors: pair,
        possiblePairs: pairs,
        observed: obs,
        expected,
        ratio,
        pValue: poissonCdf(obs, expected),
        underLinked: expected >= minExpected && ratio !== null && ratio < maxRatio,
        verdict: cellVerdict({
          sizes: [ni, nj],
          diagonal: i === j,
          institutions: n,
          ties: totalTies,
          observed: obs,
        }),
        pairs: (pairsOf.get(i * k + j) ?? []).sort(byIds).slice(0, pairsPerCell),
        brokers: i === j ? [] : (bridges.get(sectorPairKey(pair[0], pair[1])) ?? []),
        reasons,
        explanationDe: explainDe(snapshot, reasons),
      });
    }
  }
  const underLinked = cells
    .filter((c) => c.underLinked)
    .sort((a, b) => a.pValue - b.pValue || a.expected - b.expected);
  return {
    sectorSizes: sectors.map((sector, i) => ({ sector, institutions: sizes[i] ?? 0 })),
    totalTies,
    possiblePairs: possible,
    cells,
    underLinked,
  };
}

/** Bridging actors per sector pair in the cooperation graph; contacts outside the (theme-filtered) table count
 *  as sectorless, so a broker bridges institutions the table shows. */
function cellBrokers(
  snapshot: Snapshot,
  slotOf: ReadonlyMap<string, number>,
  sectors: readonly Sector[],
  limit: number,
): Map<string, PairBroker[]> {
  const csr = csrFromPairs(
    snapshot.institutionIds,
    snapshot.activeCooperations.map((c) => [c.a, c.b] as const),
  );
  const sectorOfNode = csr.ids.map((id) => {
    const slot = slotOf.get(id);
    return slot === undefined ? null : (sectors[slot] ?? null);
  });
  return brokersBySectorPair(csr, sectorOfNode, limit);
}

/** Id pairs in code-point order: the same in every store and locale, and far cheaper than localeCompare. */
function byIds(x: readonly [string, string], y: readonly [string, string]): number {
  if (x[0] !== y[0]) return x[0] < y[0] ? -1 : 1;
  if (x[1] !== y[1]) return x[1] < y[1] ? -1 : 1;
  return 0;
}

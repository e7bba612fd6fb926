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
 * Optional theme filter: only institutions whose themes (incl. key theme of their sub-topics) contain topicId.
 */
import { SECTORS } from '@nzr/graph-schema';
import type { Sector } from '@nzr/graph-schema';
import { explainDe } from '../kernel/explain.js';
import type { Reason } from '../kernel/explain.js';
import type { Snapshot } from '../kernel/snapshot.js';
import { poissonCdf } from '../kernel/stats.js';

export interface GapOptions {
  readonly topicId?: string;
  readonly minExpected?: number;
  readonly maxRatio?: number;
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
  const { topicId, minExpected = 3, maxRatio = 0.5 } = options;
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
  for (const c of snapshot.activeCooperations) {
    const a = slotOf.get(c.a);
    const b = slotOf.get(c.b);
    const pairKey = c.a < c.b ? `${c.a}\u0000${c.b}` : `${c.b}\u0000${c.a}`;
    if (a === undefined || b === undefined || seen.has(pairKey)) continue;
    seen.add(pairKey);
    const [i, j] = a <= b ? [a, b] : [b, a];
    observed[i * k + j] = (observed[i * k + j] ?? 0) + 1;
  }
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

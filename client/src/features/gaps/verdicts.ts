/**
 * Which cells of the gap table to aim suggestions at, and how the verdicts add up. Pure, so the route and the
 * tests share one rule:
 *   1. cells the exact test calls a gap (Lücke), most surprising first;
 *   2. then, where data are too few for a verdict, cells with fewer cooperations than expected (a shortfall
 *      that may be a gap: in a sparse rural district these are the only leads), most surprising first.
 * Cells within one sector are left out: the view suggests introductions across sectors.
 */
import type { Sector } from '@nzr/graph-schema';

export type Verdict = 'gap' | 'unremarkable' | 'insufficientData';

export interface VerdictCell {
  readonly sectors: readonly Sector[];
  readonly observed: number;
  readonly expected: number;
  readonly verdict: Verdict;
  readonly test: { readonly pValue: number };
}

export type TargetKind = 'gap' | 'shortfall';

export function targetKind(cell: VerdictCell): TargetKind | null {
  if (cell.sectors[0] === cell.sectors[1]) return null;
  if (cell.verdict === 'gap') return 'gap';
  if (cell.verdict === 'insufficientData' && cell.expected > 0 && cell.observed < cell.expected)
    return 'shortfall';
  return null;
}

/** The cells to aim suggestions at, in order; at most `limit` (the API takes up to 21). */
export function targetCells<T extends VerdictCell>(cells: readonly T[], limit = 6): T[] {
  const rank = (cell: T) => (targetKind(cell) === 'gap' ? 0 : 1);
  return cells
    .filter((cell) => targetKind(cell) !== null)
    .sort((a, b) => rank(a) - rank(b) || a.test.pValue - b.test.pValue)
    .slice(0, limit);
}

export function verdictCounts(cells: readonly VerdictCell[]): Record<Verdict, number> {
  const counts: Record<Verdict, number> = { gap: 0, unremarkable: 0, insufficientData: 0 };
  for (const cell of cells) counts[cell.verdict]++;
  return counts;
}

export function sameSectors(a: readonly string[], b: readonly string[]): boolean {
  return (a[0] === b[0] && a[1] === b[1]) || (a[0] === b[1] && a[1] === b[0]);
}

/**
 * The pooled table of a sparse district (server: gaps/pooling.ts), read for the cells the district alone
 * cannot judge. Pure, shared by the summary line, the cell panel and their tests.
 */
import { sameSectors, verdictCounts } from './verdicts';
import type { Verdict, VerdictCell } from './verdicts';

/** The pooled cell standing in for a district cell with too few data; null when it has its own verdict. */
export function pooledFor<T extends { readonly sectors: readonly string[] }>(
  cell: { readonly sectors: readonly string[]; readonly verdict: Verdict },
  pooled: readonly T[] | null | undefined,
): T | null {
  if (cell.verdict !== 'insufficientData' || !pooled) return null;
  return pooled.find((p) => sameSectors(p.sectors, cell.sectors)) ?? null;
}

/** How the pooled test judges the district's cells with too few data, and how many those are. */
export function pooledCounts(
  cells: readonly VerdictCell[],
  pooled: readonly VerdictCell[],
): Record<Verdict, number> & { readonly lacking: number } {
  const stand = cells.flatMap((cell) => pooledFor(cell, pooled) ?? []);
  return { ...verdictCounts(stand), lacking: stand.length };
}

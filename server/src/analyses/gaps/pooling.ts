/**
 * Pooling sparse districts (issue 12): where a district has too few data for a verdict, its counts are pooled
 * with those of neighbouring or similar districts and judged by the same exact test. Pairs and ties are
 * counted within each district and summed (kernel/gap-verdict.ts pairVerdict): a cooperation across two
 * districts is in neither district's table, so it is not in the pool either.
 */
import type { Sector } from '@nzr/graph-schema';
import { pairVerdict } from '../kernel/gap-verdict.js';
import type { CellVerdict } from '../kernel/gap-verdict.js';
import type { GapTable } from './gaps.js';

export interface PooledCell {
  readonly sectors: readonly [Sector, Sector];
  readonly possiblePairs: number;
  readonly observed: number;
  readonly expected: number;
  readonly verdict: CellVerdict;
}

export interface PooledTable {
  readonly institutions: number;
  readonly totalTies: number;
  readonly possiblePairs: number;
  readonly cells: readonly PooledCell[];
}

/** The tables' cells pooled cell by cell (every table has the same cells in the same order). */
export function poolTables(tables: readonly GapTable[]): PooledTable {
  const population = tables.reduce((sum, t) => sum + t.possiblePairs, 0);
  const ties = tables.reduce((sum, t) => sum + t.totalTies, 0);
  const first = tables[0];
  const cells = (first?.cells ?? []).map((cell, index) => {
    const pairs = tables.reduce((sum, t) => sum + (t.cells[index]?.possiblePairs ?? 0), 0);
    const observed = tables.reduce((sum, t) => sum + (t.cells[index]?.observed ?? 0), 0);
    return {
      sectors: cell.sectors,
      possiblePairs: pairs,
      observed,
      expected: population > 0 ? (ties * pairs) / population : 0,
      verdict: pairVerdict({ population, pairs, ties, observed }),
    };
  });
  const institutions = tables.reduce(
    (sum, t) => sum + t.sectorSizes.reduce((s, size) => s + size.institutions, 0),
    0,
  );
  return { institutions, totalTies: ties, possiblePairs: population, cells };
}

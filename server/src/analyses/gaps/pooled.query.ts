/**
 * The pooled table of a sparse district (pooling.ts), only for a district with cells of too few data between
 * two sectors it has organisations in (an empty sector is not helped by pooling). Districts of the same kind
 * are added nearest first, each read as one bounded snapshot with the same recipe, topic and date, until one
 * such cell gets a verdict: the smallest pool that answers, so it says as much about the district as it can.
 */
import type { GraphNode } from '../../store/port.js';
import type { AnalysisDeps } from '../kernel/deps.js';
import { GAP_ALPHA } from '../kernel/gap-verdict.js';
import { RECIPES } from '../kernel/recipes.js';
import { regionTree, scopedSnapshot } from '../kernel/scoped-snapshot.js';
import { gapTable } from './gaps.js';
import type { GapOptions, GapTable } from './gaps.js';
import { poolPartners } from './pool-partners.js';
import { poolTables } from './pooling.js';
import type { PooledGapTableView } from './pooled.type.js';

export async function pooledTableQuery(
  deps: AnalysisDeps,
  regionId: string,
  own: GapTable,
  options: GapOptions,
  asOf: string,
): Promise<PooledGapTableView | null> {
  const lacking = own.cells.flatMap((cell, index) =>
    cell.verdict.verdict === 'insufficientData' && cell.possiblePairs > 0 ? [index] : [],
  );
  if (lacking.length === 0) return null;
  const tree = await regionTree(deps.store);
  const districts = tree.nodes.filter(
    (node) => node.label === 'Region' && node.properties['level'] === 'district',
  );
  const district = districts.find((node) => node.id === regionId);
  if (!district) return null;
  const candidates = poolPartners(district, districts);
  const partners: GraphNode[] = [];
  const tables = [own];
  let pooled = poolTables(tables);
  for (const partner of candidates) {
    const { snapshot } = await scopedSnapshot(
      deps.store,
      deps.nodes,
      { regionId: partner.id },
      RECIPES.gaps,
      asOf,
    );
    partners.push(partner);
    tables.push(gapTable(snapshot, options));
    pooled = poolTables(tables);
    if (lacking.some((index) => pooled.cells[index]?.verdict.verdict !== 'insufficientData')) break;
  }
  if (partners.length === 0) return null;
  return {
    partners: partners.map((node) => deps.nodes.toView(node)),
    institutions: pooled.institutions,
    totalTies: pooled.totalTies,
    possiblePairs: pooled.possiblePairs,
    // Only the cells pooling stands in for: the others have a verdict of their own or an empty sector (the
    // pool's organisations of a sector the district lacks say nothing about the district).
    cells: lacking
      .flatMap((index) => pooled.cells[index] ?? [])
      .map((cell) => ({
        sectors: [...cell.sectors],
        possiblePairs: cell.possiblePairs,
        observed: cell.observed,
        expected: cell.expected,
        verdict: cell.verdict.verdict,
        test: { pValue: cell.verdict.pValue, minimumPValue: cell.verdict.pFloor, alpha: GAP_ALPHA },
      })),
  };
}

/** Gap table of a region or network: institutions with their cooperations and topics (one subgraph query). */
import { gapTable } from '../../analytics/index.js';
import type { GapCell } from '../../analytics/index.js';
import type { AnalyticsDeps } from './deps.js';
import { asOfDate, scopeOf } from './deps.js';
import type { GapTableArgs } from './gaps.input.js';
import type { GapCellView, GapTableView } from './gaps.type.js';
import { toReasonViews } from './reason.type.js';
import { RECIPES, scopedSnapshot } from './snapshots.js';
import { requireNode } from './validate.js';

const cellView = (cell: GapCell): GapCellView => ({
  ...cell,
  sectors: [...cell.sectors],
  reasons: toReasonViews(cell.reasons),
});

export async function gapTableQuery(
  deps: AnalyticsDeps,
  args: GapTableArgs,
): Promise<GapTableView> {
  const scope = scopeOf({ regionId: args.regionId, networkId: args.networkId });
  const asOf = asOfDate(args.asOf);
  if (args.topicId != null)
    await requireNode(deps.store, deps.nodes, 'topicId', args.topicId, ['Topic']);
  const { snapshot, truncated } = await scopedSnapshot(
    deps.store,
    deps.nodes,
    scope,
    RECIPES.gaps,
    asOf,
  );
  const table = gapTable(snapshot, args.topicId == null ? {} : { topicId: args.topicId });
  return {
    sectorSizes: table.sectorSizes.map((s) => ({ ...s })),
    totalTies: table.totalTies,
    possiblePairs: table.possiblePairs,
    cells: table.cells.map(cellView),
    underLinked: table.underLinked.map(cellView),
    truncated,
  };
}

/** Gap table of a region or network: institutions with their cooperations and topics (one subgraph query). */
import { gapTable } from './gaps.js';
import type { GapCell } from './gaps.js';
import type { AnalysisDeps } from '../kernel/deps.js';
import { asOfDate, scopeOf } from '../kernel/deps.js';
import type { GapTableArgs } from './gaps.input.js';
import type { GapCellView, GapTableView } from './gaps.type.js';
import { toReasonViews } from '../kernel/reason.type.js';
import { RECIPES } from '../kernel/recipes.js';
import { scopedSnapshot } from '../kernel/scoped-snapshot.js';
import { checkId, requireNode } from '../kernel/validate.js';

const cellView = (cell: GapCell): GapCellView => ({
  ...cell,
  sectors: [...cell.sectors],
  reasons: toReasonViews(cell.reasons),
});

export async function gapTableQuery(deps: AnalysisDeps, args: GapTableArgs): Promise<GapTableView> {
  const scope = scopeOf({ regionId: args.regionId, networkId: args.networkId });
  const asOf = asOfDate(args.asOf);
  if (args.topicId != null) checkId('topicId', args.topicId);
  const { snapshot, truncated } = await scopedSnapshot(
    deps.store,
    deps.nodes,
    scope,
    RECIPES.gaps,
    asOf,
  );
  // A topic the scope's institutions work on is in the snapshot (so it exists): looked up only otherwise.
  if (args.topicId != null && snapshot.nodes.get(args.topicId)?.label !== 'Topic')
    await requireNode(deps.store, deps.nodes, 'topicId', args.topicId, ['Topic']);
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

/** Gap table of a region or network: institutions with their cooperations and topics (one subgraph query). */
import { gapTable } from './gaps.js';
import { pooledTableQuery } from './pooled.query.js';
import type { GapCell } from './gaps.js';
import type { AnalysisDeps } from '../kernel/deps.js';
import { asOfDate, requiredView, scopeOf } from '../kernel/deps.js';
import { GAP_ALPHA } from '../kernel/gap-verdict.js';
import type { Snapshot } from '../kernel/snapshot.js';
import type { GapTableArgs } from './gaps.input.js';
import type { GapCellView, GapTableView } from './gaps.type.js';
import { toReasonViews } from '../kernel/reason.type.js';
import { RECIPES } from '../kernel/recipes.js';
import { scopedSnapshot } from '../kernel/scoped-snapshot.js';
import { checkId, requireNode } from '../kernel/validate.js';

function cellView(deps: AnalysisDeps, snapshot: Snapshot, cell: GapCell): GapCellView {
  const { verdict } = cell;
  const grown = verdict.growSide === null ? null : cell.sectors[verdict.growSide];
  return {
    ...cell,
    sectors: [...cell.sectors],
    verdict: verdict.verdict,
    test: { pValue: verdict.pValue, minimumPValue: verdict.pFloor, alpha: GAP_ALPHA },
    dataNeeded:
      verdict.verdict === 'insufficientData'
        ? {
            additionalCooperations: verdict.additionalTies,
            additionalInstitutions: verdict.additionalInstitutions,
            sector: verdict.additionalInstitutions === null ? null : (grown ?? null),
          }
        : null,
    pairs: cell.pairs.map(([a, b]) => ({
      a: requiredView(deps, snapshot, a),
      b: requiredView(deps, snapshot, b),
    })),
    brokers: cell.brokers.map((broker) => ({
      node: requiredView(deps, snapshot, broker.id),
      openPairs: broker.openPairs,
    })),
    reasons: toReasonViews(cell.reasons),
  };
}

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
  const options = args.topicId == null ? {} : { topicId: args.topicId };
  const table = gapTable(snapshot, options);
  const pooled =
    args.pool !== false && 'regionId' in scope
      ? await pooledTableQuery(deps, scope.regionId, table, options, asOf)
      : null;
  return {
    sectorSizes: table.sectorSizes.map((s) => ({ ...s })),
    totalTies: table.totalTies,
    possiblePairs: table.possiblePairs,
    cells: table.cells.map((cell) => cellView(deps, snapshot, cell)),
    underLinked: table.underLinked.map((cell) => cellView(deps, snapshot, cell)),
    truncated,
    pooled,
  };
}

/**
 * Possible duplicates of a region, or of one entry within its district: coordinators only (they see every
 * person anyway, and the list exists to be acted on with a merge). One bounded snapshot per call.
 */
import type { SubgraphScope } from '../../store/port.js';
import { requireRole } from '../../auth/viewer.js';
import type { AnalysisDeps } from '../kernel/deps.js';
import { requiredView } from '../kernel/deps.js';
import { RECIPES } from '../kernel/recipes.js';
import { scopedSnapshot } from '../kernel/scoped-snapshot.js';
import { checkId, checkRange, exactlyOne, requireNode } from '../kernel/validate.js';
import { findDuplicates } from './duplicates.js';
import type { DuplicatesArgs } from './duplicates.input.js';
import type { DuplicateListView } from './duplicates.type.js';

/** The district of an entry (else its municipality): where its duplicates are looked for. */
async function homeScope(deps: AnalysisDeps, nodeId: string): Promise<SubgraphScope | null> {
  await requireNode(deps.store, deps.nodes, 'nodeId', nodeId, ['Person', 'Institution']);
  const around = await deps.store.neighbourhood({
    ids: [nodeId],
    depth: 2,
    relationshipTypes: ['LOCATED_IN', 'PART_OF'],
    filter: { labels: ['Region'] },
    limit: 20,
  });
  const regions = around.nodes.filter((node) => node.label === 'Region');
  const home =
    regions.find((node) => node.properties['level'] === 'district') ??
    regions.find((node) => node.properties['level'] === 'municipality');
  return home ? { regionId: home.id } : null;
}

export async function duplicatesQuery(
  deps: AnalysisDeps,
  args: DuplicatesArgs,
): Promise<DuplicateListView> {
  requireRole(deps.nodes.viewer, 'coordinator');
  const limit = checkRange('limit', args.limit, 1, 200);
  const given = exactlyOne({ regionId: args.regionId, nodeId: args.nodeId });
  const nodeId = given === 'nodeId' ? (args.nodeId as string) : undefined;
  if (given === 'regionId') checkId('regionId', args.regionId as string);
  const bounds =
    nodeId === undefined ? { regionId: args.regionId as string } : await homeScope(deps, nodeId);
  if (bounds === null) return { pairs: [], more: false, truncated: false };
  const { snapshot, truncated } = await scopedSnapshot(
    deps.store,
    deps.nodes,
    bounds,
    RECIPES.duplicates,
  );
  const pairs = findDuplicates(snapshot, nodeId === undefined ? {} : { onlyId: nodeId });
  return {
    pairs: pairs.slice(0, limit).map((pair) => ({
      ...pair,
      a: requiredView(deps, snapshot, pair.a),
      b: requiredView(deps, snapshot, pair.b),
    })),
    more: pairs.length > limit,
    truncated,
  };
}

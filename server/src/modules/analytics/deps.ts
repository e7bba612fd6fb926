/** What every analytics query needs: the store and the viewer's node service (visibility, node views). */
import type { Snapshot } from '../../analytics/index.js';
import type { GraphStore, SubgraphScope } from '../../store/port.js';
import type { NodeService } from '../node/node.service.js';
import type { GraphNode } from '../node/node.type.js';
import { checkDate, exactlyOne, todayIso } from './validate.js';

export interface AnalyticsDeps {
  readonly store: GraphStore;
  readonly nodes: NodeService;
}

/** The API view of a snapshot node (personal data stripped per viewer); null when not in the snapshot. */
export function nodeView(deps: AnalyticsDeps, snapshot: Snapshot, id: string): GraphNode | null {
  const node = snapshot.nodes.get(id);
  return node && deps.nodes.isVisible(node) ? deps.nodes.toView(node) : null;
}

/** Like nodeView, for ids the analysis took from the snapshot (so they are always there). */
export function requiredView(deps: AnalyticsDeps, snapshot: Snapshot, id: string): GraphNode {
  const view = nodeView(deps, snapshot, id);
  if (!view) throw new Error(`analytics returned id ${id} outside its snapshot`);
  return view;
}

/** Exactly one of the given scope arguments, as a store SubgraphScope. */
export function scopeOf(args: {
  regionId?: string | null | undefined;
  topicId?: string | null | undefined;
  networkId?: string | null | undefined;
}): SubgraphScope {
  const key = exactlyOne(args);
  const id = args[key] as string;
  if (key === 'regionId') return { regionId: id };
  if (key === 'topicId') return { topicId: id };
  return { networkId: id };
}

export const asOfDate = (asOf: string | null | undefined): string =>
  asOf == null ? todayIso() : checkDate('asOf', asOf);

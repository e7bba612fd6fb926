/** What every analysis query needs: the store and the viewer's node service (visibility, node views). */
import type { NodeIndex } from './snapshot.js';
import type { AnalysisName, AnalysisTasks } from '../../heavy/analysis-tasks.js';
import type { AnalysisOutcome, AnalysisSource } from './scoped-snapshot.js';
import type { GraphStore, SubgraphScope } from '../../store/port.js';
import type { NodeService } from '../../modules/node/node.service.js';
import type { GraphNode } from '../../modules/node/node.type.js';
import { checkDate, exactlyOne, todayIso } from './validate.js';

export interface AnalysisDeps {
  readonly store: GraphStore;
  readonly nodes: NodeService;
  /** Runs heavy analyses off the event loop (heavy/heavy-work.ts; in place in unit tests). */
  readonly heavy: HeavyRunner;
}

/**
 * A request's access to heavy work: admission (gate) and analyses on a worker thread, which gathers the
 * source's subgraph itself (heavy/heavy-work.ts).
 */
export interface HeavyRunner {
  admit<T>(job: () => Promise<T>): Promise<T>;
  compute<N extends AnalysisName>(
    name: N,
    source: AnalysisSource,
    asOf: string | undefined,
    options: AnalysisTasks[N]['options'],
  ): Promise<AnalysisOutcome<AnalysisTasks[N]['result']>>;
}

/** The API view of a snapshot node (personal data stripped per viewer); null when not in the snapshot. */
export function nodeView(deps: AnalysisDeps, snapshot: NodeIndex, id: string): GraphNode | null {
  const node = snapshot.nodes.get(id);
  return node && deps.nodes.isVisible(node) ? deps.nodes.toView(node) : null;
}

/** Like nodeView, for ids the analysis took from the snapshot (so they are always there). */
export function requiredView(deps: AnalysisDeps, snapshot: NodeIndex, id: string): GraphNode {
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

/**
 * The analyses that run on a heavy-work thread: the ones whose compute grows fastest with their scope
 * (betweenness and cut points, community detection, theme co-occurrence, the state-wide region comparison).
 * Each takes the snapshot the thread builds from the subgraph it gathered (from its read replica, or as sent
 * by the main thread) and returns plain data: what crosses the thread boundary back is structured-cloned, so
 * it is the result (ids, numbers, strings, reasons) and only the nodes the result names, never a snapshot.
 */
import { brokerage } from '../analyses/brokers/brokers.js';
import type { BrokerOptions, BrokerageReport } from '../analyses/brokers/brokers.js';
import { topicClusters } from '../analyses/clusters/clusters.js';
import type { ClusterOptions, ClusterResult } from '../analyses/clusters/clusters.js';
import { themeCooccurrence } from '../analyses/clusters/theme-cooccurrence.js';
import type { ThemeNetwork } from '../analyses/clusters/theme-cooccurrence.js';
import type { AnalysisOutcome } from '../analyses/kernel/scoped-snapshot.js';
import { buildSnapshot } from '../analyses/kernel/snapshot.js';
import type { Snapshot } from '../analyses/kernel/snapshot.js';
import type { GraphNode, ScopedSubgraph } from '../store/port.js';
import { compareRegions } from '../analyses/regions/regions.js';
import type { RegionComparison } from '../analyses/regions/regions.js';

type ThemeOptions = Parameters<typeof themeCooccurrence>[1];
type RegionOptions = Parameters<typeof compareRegions>[1];

export interface AnalysisTasks {
  readonly brokerage: { readonly options: BrokerOptions; readonly result: BrokerageReport };
  readonly topicClusters: { readonly options: ClusterOptions; readonly result: ClusterResult };
  readonly themeCooccurrence: { readonly options: ThemeOptions; readonly result: ThemeNetwork };
  readonly compareRegions: { readonly options: RegionOptions; readonly result: RegionComparison };
}

export type AnalysisName = keyof AnalysisTasks;

export function runAnalysis<N extends AnalysisName>(
  name: N,
  snapshot: Snapshot,
  options: AnalysisTasks[N]['options'],
): AnalysisTasks[N]['result'] {
  const tasks: {
    [K in AnalysisName]: (o: AnalysisTasks[K]['options']) => AnalysisTasks[K]['result'];
  } = {
    brokerage: (o) => brokerage(snapshot, o),
    topicClusters: (o) => topicClusters(snapshot, o),
    themeCooccurrence: (o) => themeCooccurrence(snapshot, o),
    compareRegions: (o) => compareRegions(snapshot, o),
  };
  return tasks[name](options);
}

/** The node ids a result's views are made of (the main thread looks only these up). */
const NAMED: { readonly [K in AnalysisName]: (result: AnalysisTasks[K]['result']) => string[] } = {
  brokerage: (r) => [...r.brokers.map((b) => b.id), ...r.cutPoints.map((c) => c.id)],
  topicClusters: (r) => r.clusters.flatMap((c) => c.topMemberIds),
  themeCooccurrence: (r) => r.nodes.map((n) => n.topicId),
  compareRegions: (r) => r.regions.map((row) => row.regionId),
};

/** Builds the snapshot of a gathered subgraph, runs the analysis, keeps the nodes its result names. */
export function analyseSubgraph<N extends AnalysisName>(
  name: N,
  subgraph: ScopedSubgraph,
  asOf: string | undefined,
  options: AnalysisTasks[N]['options'],
): AnalysisOutcome<AnalysisTasks[N]['result']> {
  const snapshot = buildSnapshot(subgraph, asOf === undefined ? {} : { asOf });
  const result = runAnalysis(name, snapshot, options);
  const named = (NAMED[name] as (r: AnalysisTasks[N]['result']) => string[])(result);
  const nodes = new Map<string, GraphNode>();
  for (const id of named) {
    const node = snapshot.nodes.get(id);
    if (node) nodes.set(id, node);
  }
  const actors = subgraph.nodes.filter((n) => n.label === 'Person' || n.label === 'Institution');
  return {
    result,
    index: { nodes },
    truncated: subgraph.truncated,
    actors: actors.length,
    scopeNode: subgraph.scopeNode,
  };
}

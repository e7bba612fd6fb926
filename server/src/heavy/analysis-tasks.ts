/**
 * The analyses that run on a heavy-work thread: the ones whose compute grows fastest with their scope
 * (betweenness and cut points, community detection, theme co-occurrence, the state-wide region comparison).
 * Each takes the snapshot the thread builds from the transferred subgraph and returns plain data (what crosses
 * the thread boundary back is structured-cloned: ids, numbers, strings, reasons; never a snapshot).
 */
import { brokerage } from '../analyses/brokers/brokers.js';
import type { BrokerOptions, BrokerageReport } from '../analyses/brokers/brokers.js';
import { topicClusters } from '../analyses/clusters/clusters.js';
import type { ClusterOptions, ClusterResult } from '../analyses/clusters/clusters.js';
import { themeCooccurrence } from '../analyses/clusters/theme-cooccurrence.js';
import type { ThemeNetwork } from '../analyses/clusters/theme-cooccurrence.js';
import type { Snapshot } from '../analyses/kernel/snapshot.js';
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

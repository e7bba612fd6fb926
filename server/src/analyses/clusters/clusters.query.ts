/** Topic clusters and theme co-occurrence over a scoped snapshot (one subgraph query each). */
import type { Cluster } from './clusters.js';
import { topicDe } from '../kernel/explain.js';
import type { TopicClustersArgs, ThemeCooccurrenceArgs } from './clusters.input.js';
import type { ClusterView, ThemeNetworkView, TopicClustersView } from './clusters.type.js';
import type { AnalysisDeps } from '../kernel/deps.js';
import { asOfDate, requiredView, scopeOf } from '../kernel/deps.js';
import type { NodeIndex } from '../kernel/snapshot.js';
import { toReasonViews } from '../kernel/reason.type.js';
import { scopedSource, STATE_REGION_ID } from '../kernel/scoped-snapshot.js';
import { checkRange } from '../kernel/validate.js';

const clusterView = (deps: AnalysisDeps, index: NodeIndex, c: Cluster): ClusterView => ({
  id: c.id,
  size: c.memberIds.length,
  memberIds: [...c.memberIds],
  topMembers: c.topMemberIds.map((id) => requiredView(deps, index, id)),
  themes: c.themes.map((t) => ({ topicId: t.value, count: t.count, share: t.share })),
  sectors: c.sectors.map((s) => ({ sector: s.value, count: s.count, share: s.share })),
  regions: c.regions.map((r) => ({ regionId: r.value, count: r.count, share: r.share })),
  regionCount: c.regionCount,
  reasons: toReasonViews(c.reasons),
  explanationDe: c.explanationDe,
});

export async function topicClustersQuery(
  deps: AnalysisDeps,
  args: TopicClustersArgs,
): Promise<TopicClustersView> {
  const scope = scopeOf({
    regionId: args.regionId,
    topicId: args.topicId,
    networkId: args.networkId,
  });
  checkRange('limit', args.limit, 1, 200);
  const asOf = asOfDate(args.asOf);
  const recipe = args.mode === 'themes' ? 'themeClusters' : 'cooperationClusters';
  const source = scopedSource(deps.nodes, scope, recipe);
  // Community detection over a whole state: gathered and computed on a worker thread (heavy/).
  const outcome = await deps.heavy.compute('topicClusters', source, asOf, { mode: args.mode });
  const { result, index, truncated, actors } = outcome;
  return {
    clusters: result.clusters.slice(0, args.limit).map((c) => clusterView(deps, index, c)),
    modularity: result.modularity,
    communityCount: result.communityCount,
    actors,
    truncated,
  };
}

export async function themeCooccurrenceQuery(
  deps: AnalysisDeps,
  args: ThemeCooccurrenceArgs,
): Promise<ThemeNetworkView> {
  const regionId = args.regionId ?? STATE_REGION_ID;
  const source = scopedSource(deps.nodes, { regionId }, 'themes');
  const outcome = await deps.heavy.compute('themeCooccurrence', source, undefined, {
    level: args.level,
  });
  const { result: network, index, truncated } = outcome;
  return {
    nodes: network.nodes.map((n) => ({ ...n, name: topicDe(index, n.topicId) })),
    edges: network.edges.map((e) => ({ ...e })),
    truncated,
  };
}

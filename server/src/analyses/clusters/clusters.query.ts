/** Topic clusters and theme co-occurrence over a scoped snapshot (one subgraph query each). */
import type { Cluster } from './clusters.js';
import { topicDe } from '../kernel/explain.js';
import type { TopicClustersArgs, ThemeCooccurrenceArgs } from './clusters.input.js';
import type { ClusterView, ThemeNetworkView, TopicClustersView } from './clusters.type.js';
import type { AnalysisDeps } from '../kernel/deps.js';
import { asOfDate, requiredView, scopeOf } from '../kernel/deps.js';
import type { NodeIndex } from '../kernel/snapshot.js';
import { toReasonViews } from '../kernel/reason.type.js';
import { RECIPES } from '../kernel/recipes.js';
import { scopedSubgraph, STATE_REGION_ID, toScopedGraph } from '../kernel/scoped-snapshot.js';
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
  const recipe = args.mode === 'themes' ? RECIPES.themeClusters : RECIPES.cooperationClusters;
  const { subgraph, index, truncated, actors } = toScopedGraph(
    await scopedSubgraph(deps.store, deps.nodes, scope, recipe),
  );
  // Community detection over a whole state: on a worker thread (heavy/).
  const result = await deps.heavy.compute('topicClusters', subgraph, asOf, { mode: args.mode });
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
  const { subgraph, index, truncated } = toScopedGraph(
    await scopedSubgraph(deps.store, deps.nodes, { regionId }, RECIPES.themes),
  );
  const network = await deps.heavy.compute('themeCooccurrence', subgraph, undefined, {
    level: args.level,
  });
  return {
    nodes: network.nodes.map((n) => ({ ...n, name: topicDe(index, n.topicId) })),
    edges: network.edges.map((e) => ({ ...e })),
    truncated,
  };
}

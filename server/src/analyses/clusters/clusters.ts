/**
 * Topic clusters (Themencluster): connected communities (communities.ts) summarised by dominant themes,
 * sectors and regions.
 * - mode 'cooperation': institutions and their active cooperations.
 * - mode 'themes': the actor–theme graph (actors and topics, WORKS_ON edges). We cluster the bipartite graph
 *   itself rather than its one-mode projection onto actors: the projection has Σ_t k_t² / 2 edges (millions
 *   for 10k actors on 16 sub-topics), while the bipartite graph has one edge per WORKS_ON and groups actors
 *   with the topics they share just as well.
 * Dominant themes: themes (incl. key themes of sub-topics) held by most members, share = members holding it /
 * cluster size. Clusters smaller than `minSize` actors are not summarised (isolates are singletons).
 */
import Graph from 'graphology';
import type { Sector } from '@nzr/graph-schema';
import { connectedCommunities } from './communities.js';
import type { CommunityOptions } from './communities.js';
import { explainDe } from '../kernel/explain.js';
import type { Reason } from '../kernel/explain.js';
import { networkGraph } from '../kernel/graphs.js';
import type { Snapshot } from '../kernel/snapshot.js';

export interface ClusterOptions extends CommunityOptions {
  readonly mode?: 'cooperation' | 'themes';
  readonly minSize?: number;
  readonly topN?: number;
}

export interface Counted<T> {
  readonly value: T;
  readonly count: number;
  readonly share: number;
}

export interface Cluster {
  readonly id: number;
  readonly memberIds: readonly string[];
  /** The members with the most ties in the graph the clusters were found in (at most topN), so a card names who. */
  readonly topMemberIds: readonly string[];
  readonly themes: readonly Counted<string>[];
  readonly sectors: readonly Counted<Sector>[];
  readonly regions: readonly Counted<string>[];
  readonly regionCount: number;
  readonly reasons: readonly Reason[];
  readonly explanationDe: string;
}

export interface ClusterResult {
  readonly clusters: readonly Cluster[];
  readonly modularity: number;
  readonly communityCount: number;
  readonly splitCommunities: number;
}

export function topicClusters(snapshot: Snapshot, options: ClusterOptions = {}): ClusterResult {
  const { mode = 'cooperation', minSize = 3, topN = 3 } = options;
  const graph =
    mode === 'cooperation' ? networkGraph(snapshot, 'cooperation') : themeGraph(snapshot);
  const result = connectedCommunities(graph, options);
  const members = new Map<number, string[]>();
  for (const [node, c] of result.communityOf) {
    const label = snapshot.nodes.get(node)?.label;
    if (label !== 'Person' && label !== 'Institution') continue;
    const list = members.get(c);
    if (list) list.push(node);
    else members.set(c, [node]);
  }
  const clusters = [...members]
    .filter(([, ids]) => ids.length >= minSize)
    .sort((a, b) => b[1].length - a[1].length || a[0] - b[0])
    .map(([id, ids]) => ({
      ...summarise(snapshot, id, ids.sort(), topN),
      topMemberIds: mostConnected(graph, ids, topN),
    }));
  return {
    clusters,
    modularity: result.modularity,
    communityCount: result.count,
    splitCommunities: result.splitCommunities,
  };
}

/** The members with the most ties, ties broken by id. */
function mostConnected(graph: Graph, ids: readonly string[], n: number): string[] {
  const degree = (id: string) => (graph.hasNode(id) ? graph.degree(id) : 0);
  return [...ids].sort((a, b) => degree(b) - degree(a) || a.localeCompare(b)).slice(0, n);
}

function themeGraph(snapshot: Snapshot): Graph {
  const graph = new Graph({ type: 'undirected' });
  for (const actor of snapshot.actorIds) {
    for (const topic of snapshot.topicsOf.get(actor) ?? []) {
      graph.mergeNode(actor);
      graph.mergeNode(topic);
      graph.mergeEdge(actor, topic);
    }
  }
  return graph;
}

function top<T>(values: Iterable<T | undefined>, size: number, n: number): Counted<T>[] {
  const counts = new Map<T, number>();
  for (const v of values) if (v !== undefined) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1] || String(a[0]).localeCompare(String(b[0])))
    .slice(0, n)
    .map(([value, count]) => ({ value, count, share: count / size }));
}

function summarise(
  snapshot: Snapshot,
  id: number,
  ids: string[],
  topN: number,
): Omit<Cluster, 'topMemberIds'> {
  const themes = top(
    ids.flatMap((a) => snapshot.themesOf.get(a) ?? []),
    ids.length,
    topN,
  );
  const sectors = top(
    ids.map((a) => snapshot.sectorOf.get(a)),
    ids.length,
    topN,
  );
  const regionIds = ids.map((a) => snapshot.regionOf.get(a));
  const regions = top(regionIds, ids.length, topN);
  const reasons: Reason[] = [
    {
      kind: 'clusterProfile',
      size: ids.length,
      topicIds: themes.map((t) => t.value),
      topicShares: themes.map((t) => t.share),
      sectors: sectors.map((s) => s.value),
    },
  ];
  if (regions.length > 0) reasons.push({ kind: 'regions', ids: regions.map((r) => r.value) });
  return {
    id,
    memberIds: ids,
    themes,
    sectors,
    regions,
    regionCount: new Set(regionIds.filter((r) => r !== undefined)).size,
    reasons,
    explanationDe: explainDe(snapshot, reasons),
  };
}

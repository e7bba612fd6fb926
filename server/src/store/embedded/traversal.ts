/**
 * Bounded traversals over the adjacency lists: neighbourhood (breadth first from start nodes) and the subgraph
 * of a region, topic or network for analytics. The exact rules are shared with the Neo4j store (see below).
 */
import type { NodeLabel } from '@nzr/graph-schema';
import type {
  GraphNode,
  GraphRelationship,
  NeighbourhoodQuery,
  ScopedSubgraph,
  Subgraph,
  SubgraphQuery,
} from '../port.js';
import { activeOn } from '../shared/active-on.js';
import {
  compileFilter,
  isVisible,
  linkedFrom,
  partOfClosure,
  REGION_HOPS,
  TOPIC_HOPS,
} from './filters.js';
import type { GraphState } from './graph-state.js';
import { lowerBound, otherEnd } from './neighbour-index.js';
import { follows, nextLevel } from './next-level.js';
import type { Follow } from './next-level.js';

const byId = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const byRelationship = (a: GraphRelationship, b: GraphRelationship): number =>
  byId(a.type, b.type) || byId(a.id, b.id);

/**
 * Every relationship to follow (allowed type, in force) with both endpoints in `ids`, by type then id. Nodes
 * with more relationships than there are ids (a region or topic in a small neighbourhood: "hubs") are not
 * scanned; a relationship between a hub and another node is found by scanning the other node, and one
 * between two hubs by looking the second hub up in the first one's neighbour list. Each relationship is taken
 * exactly once: between two scanned nodes from its start node, between a scanned node and a hub from the
 * scanned node, between two hubs from its start node. The cost is the degrees of the scanned nodes, not of
 * the hubs.
 */
function relationshipsAmong(
  state: GraphState,
  ids: ReadonlySet<string>,
  follow: Follow,
): GraphRelationship[] {
  const hubs: string[] = [];
  for (const id of ids) if (state.relationshipsOf(id).size > ids.size) hubs.push(id);
  const isHub = new Set(hubs);
  const found: GraphRelationship[] = [];
  for (const id of ids) {
    if (isHub.has(id)) continue;
    for (const rel of state.relationshipsOf(id)) {
      const other = otherEnd(rel, id);
      if (!ids.has(other) || (!isHub.has(other) && rel.from !== id)) continue;
      if (follows(rel, follow)) found.push(rel);
    }
  }
  for (const hub of hubs) {
    const list = state.neighbours.sorted(hub);
    for (const other of hubs) {
      for (let at = lowerBound(list, hub, other); at < list.length; at++) {
        const rel = list[at] as GraphRelationship;
        if (otherEnd(rel, hub) !== other) break;
        if (rel.from === hub && follows(rel, follow)) found.push(rel);
      }
    }
  }
  return found.sort(byRelationship);
}

/**
 * Start: the existing ids passing visibility, by id, up to the limit. Then per level up to `depth`: the unseen
 * nodes adjacent to the frontier (either direction, allowed types) that pass visibility and the filter, by id,
 * up to the remaining capacity; more candidates than capacity sets truncated and stops. Filtered-out nodes
 * are neither returned nor traversed. With `activeOn`, relationships not in force that day are neither
 * followed nor returned, as if they did not exist.
 */
export function neighbourhood(state: GraphState, query: NeighbourhoodQuery): Subgraph {
  const visibilities = query.filter?.visibilities;
  const filter = compileFilter(state, query.filter);
  const follow: Follow = {
    allowed: query.relationshipTypes ? new Set(query.relationshipTypes) : undefined,
    active: query.activeOn === undefined ? undefined : activeOn(query.activeOn),
  };
  const starts = [...new Set(query.ids)]
    .flatMap((id) => state.nodes.get(id) ?? [])
    .filter((node) => isVisible(node, visibilities))
    .sort((a, b) => byId(a.id, b.id));
  let truncated = starts.length > query.limit;
  const result: GraphNode[] = starts.slice(0, query.limit);
  const seen = new Set(result.map((node) => node.id));
  let frontier = result;
  for (let level = 1; level <= query.depth && !truncated && frontier.length > 0; level++) {
    const next = nextLevel(state, frontier, seen, follow, filter, query.limit - result.length);
    truncated = next.more;
    frontier = next.nodes;
    for (const node of frontier) {
      seen.add(node.id);
      result.push(node);
    }
  }
  return { nodes: result, relationships: relationshipsAmong(state, seen, follow), truncated };
}

const scopeId = (scope: SubgraphQuery['scope']): string =>
  'regionId' in scope ? scope.regionId : 'topicId' in scope ? scope.topicId : scope.networkId;

function scopeMembers(state: GraphState, scope: SubgraphQuery['scope']): Set<string> {
  if ('regionId' in scope) {
    return linkedFrom(state, partOfClosure(state, [scope.regionId], REGION_HOPS), 'LOCATED_IN');
  }
  if ('topicId' in scope) {
    return linkedFrom(state, partOfClosure(state, [scope.topicId], TOPIC_HOPS), 'WORKS_ON');
  }
  return linkedFrom(state, [scope.networkId], 'MEMBER_OF_NETWORK');
}

/**
 * Core: nodes with one of `labels` (default Person, Institution) in scope (LOCATED_IN the region or a region
 * PART_OF it; WORKS_ON the topic or a sub-topic; MEMBER_OF_NETWORK the network) passing visibilities, by id, up
 * to the limit. Relationships of allowed types among the core, plus those from a core node to a node with one
 * of `attachLabels` (such nodes are added; persons only when visible). The scope's own node comes along as
 * `scopeNode` (as getNodes would return it).
 */
export function subgraph(state: GraphState, query: SubgraphQuery): ScopedSubgraph {
  const labels: readonly NodeLabel[] = query.labels ?? ['Person', 'Institution'];
  const allowed = query.relationshipTypes ? new Set(query.relationshipTypes) : undefined;
  const core = [...scopeMembers(state, query.scope)]
    .flatMap((id) => state.nodes.get(id) ?? [])
    .filter((node) => labels.includes(node.label) && isVisible(node, query.visibilities))
    .sort((a, b) => byId(a.id, b.id));
  const truncated = core.length > query.limit;
  const nodes = core.slice(0, query.limit);
  const coreIds = new Set(nodes.map((node) => node.id));
  const relationships = relationshipsAmong(state, coreIds, { allowed, active: undefined });
  const attachLabels = query.attachLabels ?? [];
  if (attachLabels.length > 0) {
    const attached = new Map<string, GraphNode>();
    const links = new Set<GraphRelationship>();
    for (const id of coreIds) {
      for (const rel of state.relationshipsOf(id)) {
        if (allowed && !allowed.has(rel.type)) continue;
        const otherId = rel.from === id ? rel.to : rel.from;
        const other = coreIds.has(otherId) ? undefined : state.nodes.get(otherId);
        if (!other || !attachLabels.includes(other.label) || !isVisible(other, query.visibilities))
          continue;
        attached.set(otherId, other);
        links.add(rel);
      }
    }
    // Loops, not push(...spread): a state-wide subgraph attaches hundreds of thousands of items, more than
    // a call's argument limit allows.
    for (const node of [...attached.values()].sort((a, b) => byId(a.id, b.id))) nodes.push(node);
    for (const rel of [...links].sort(byRelationship)) relationships.push(rel);
  }
  return {
    nodes,
    relationships,
    truncated,
    scopeNode: state.nodes.get(scopeId(query.scope)) ?? null,
  };
}

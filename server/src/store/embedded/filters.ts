/**
 * NodeFilter evaluation, with the semantics both stores share:
 * - labels / kinds / sectors: the label or property must be in the list (nodes without the property fail);
 * - topicIds: the node WORKS_ON one of the topics or a topic PART_OF one of them (at most TOPIC_HOPS hops);
 *   a Topic node itself passes when it is such a topic;
 * - regionId: the node is LOCATED_IN the region or a region PART_OF it (at most REGION_HOPS hops); a Region
 *   node itself passes when it is such a region;
 * - networkId: the node is MEMBER_OF_NETWORK that network;
 * - visibilities: Person nodes whose visibility is not listed fail, and so do persons without valid consent
 *   (graph-schema hasValidConsent: no consent date, or withdrawn); other labels always pass.
 */
import { hasValidConsent } from '@nzr/graph-schema';
import type { NodeLabel, RelationshipType } from '@nzr/graph-schema';
import type { GraphNode, NodeFilter } from '../port.js';
import type { GraphState } from './graph-state.js';

export const TOPIC_HOPS = 2;
export const REGION_HOPS = 3;

export interface CompiledFilter {
  test(node: GraphNode): boolean;
  /** A superset of the passing ids when a region, topic, network or label condition narrows them down. */
  candidates(): Iterable<string> | undefined;
}

/** The root and every node PART_OF it, up to `hops` levels down. */
export function partOfClosure(
  state: GraphState,
  roots: readonly string[],
  hops: number,
): Set<string> {
  const result = new Set(roots);
  let frontier = [...result];
  for (let level = 0; level < hops && frontier.length > 0; level++) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const rel of state.relationshipsOf(id)) {
        if (rel.type === 'PART_OF' && rel.to === id && !result.has(rel.from)) {
          result.add(rel.from);
          next.push(rel.from);
        }
      }
    }
    frontier = next;
  }
  return result;
}

/** Whether the node has a relationship of `type` to one of `targets`. */
export function linksTo(
  state: GraphState,
  id: string,
  type: RelationshipType,
  targets: ReadonlySet<string>,
): boolean {
  for (const rel of state.relationshipsOf(id)) {
    if (rel.type === type && rel.from === id && targets.has(rel.to)) return true;
  }
  return false;
}

/** Nodes with a relationship of `type` into one of `targets`. */
export function linkedFrom(
  state: GraphState,
  targets: Iterable<string>,
  type: RelationshipType,
): Set<string> {
  const result = new Set<string>();
  for (const target of targets) {
    for (const rel of state.relationshipsOf(target)) {
      if (rel.type === type && rel.to === target) result.add(rel.from);
    }
  }
  return result;
}

export function isVisible(node: GraphNode, visibilities: readonly string[] | undefined): boolean {
  if (!visibilities || node.label !== 'Person') return true;
  const visibility = node.properties.visibility;
  return (
    typeof visibility === 'string' &&
    visibilities.includes(visibility) &&
    hasValidConsent(node.properties)
  );
}

function inList(value: unknown, list: readonly string[] | undefined): boolean {
  return !list || (typeof value === 'string' && list.includes(value));
}

export function compileFilter(state: GraphState, filter: NodeFilter = {}): CompiledFilter {
  const topics = filter.topicIds ? partOfClosure(state, filter.topicIds, TOPIC_HOPS) : undefined;
  const regions = filter.regionId
    ? partOfClosure(state, [filter.regionId], REGION_HOPS)
    : undefined;
  const network = filter.networkId ? new Set([filter.networkId]) : undefined;
  const within = (node: GraphNode, label: NodeLabel, type: RelationshipType, set: Set<string>) =>
    node.label === label ? set.has(node.id) : linksTo(state, node.id, type, set);
  return {
    test: (node) =>
      inList(node.label, filter.labels) &&
      isVisible(node, filter.visibilities) &&
      inList(node.properties.sector, filter.sectors) &&
      inList(node.properties.kind, filter.kinds) &&
      (!topics || within(node, 'Topic', 'WORKS_ON', topics)) &&
      (!regions || within(node, 'Region', 'LOCATED_IN', regions)) &&
      (!network || linksTo(state, node.id, 'MEMBER_OF_NETWORK', network)),
    candidates: () => {
      if (network) return linkedFrom(state, network, 'MEMBER_OF_NETWORK');
      if (regions) return new Set([...regions, ...linkedFrom(state, regions, 'LOCATED_IN')]);
      if (topics) return new Set([...topics, ...linkedFrom(state, topics, 'WORKS_ON')]);
      if (filter.labels) {
        return new Set(filter.labels.flatMap((label) => [...state.idsWithLabel(label)]));
      }
      return undefined;
    },
  };
}

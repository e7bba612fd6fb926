/**
 * Bounded building blocks for analytics inputs that no single store query delivers: the direct neighbours of
 * many nodes (chunked by LIMITS.MAX_START_IDS), the ancestors of a region, and a merge of several Subgraphs
 * into one (nodes and relationships de-duplicated, `truncated` if any part was truncated).
 * Every store call passes the viewer's visibilities.
 */
import type { NodeLabel, RelationshipType, Visibility } from '@nzr/graph-schema';
import { LIMITS } from '../../store/port.js';
import type { GraphNode, GraphRelationship, GraphStore, Subgraph } from '../../store/port.js';

export const EMPTY: Subgraph = { nodes: [], relationships: [], truncated: false };

export function mergeSubgraphs(parts: readonly Subgraph[]): Subgraph {
  const nodes = new Map<string, GraphNode>();
  const relationships = new Map<string, GraphRelationship>();
  for (const part of parts) {
    for (const node of part.nodes) nodes.set(node.id, node);
    for (const rel of part.relationships) relationships.set(`${rel.type}\u0000${rel.id}`, rel);
  }
  return {
    nodes: [...nodes.values()],
    relationships: [...relationships.values()],
    truncated: parts.some((part) => part.truncated),
  };
}

export interface NeighbourQuery {
  readonly ids: readonly string[];
  readonly relationshipTypes: readonly RelationshipType[];
  readonly labels: readonly NodeLabel[];
  readonly visibilities: readonly Visibility[];
  /** Nodes per chunk of start ids, default LIMITS.MAX_LIMIT. */
  readonly limitPerChunk?: number;
}

/** The start nodes, their direct neighbours with `labels` over `relationshipTypes`, and the ties among them. */
export async function neighboursOf(store: GraphStore, query: NeighbourQuery): Promise<Subgraph> {
  return mergeSubgraphs(await neighbourParts(store, query));
}

/** neighboursOf as one part per chunk, for callers that merge everything once at the end. */
export async function neighbourParts(
  store: GraphStore,
  query: NeighbourQuery,
): Promise<Subgraph[]> {
  const ids = [...new Set(query.ids)];
  const chunks: string[][] = [];
  for (let i = 0; i < ids.length; i += LIMITS.MAX_START_IDS) {
    chunks.push(ids.slice(i, i + LIMITS.MAX_START_IDS));
  }
  const parts: Subgraph[] = [];
  // Sequential on purpose: a request never floods the store with parallel traversals.
  for (const chunk of chunks) {
    parts.push(
      await store.neighbourhood({
        ids: chunk,
        depth: 1,
        relationshipTypes: query.relationshipTypes,
        filter: { labels: query.labels, visibilities: query.visibilities },
        limit: query.limitPerChunk ?? LIMITS.MAX_LIMIT,
      }),
    );
  }
  return parts;
}

/** The region and its ancestors (municipality → district → state) with the PART_OF edges between them. */
export async function regionAncestors(store: GraphStore, regionId: string): Promise<Subgraph> {
  const parts: Subgraph[] = [];
  let current: string | undefined = regionId;
  const seen = new Set<string>();
  while (current !== undefined && !seen.has(current) && seen.size < 4) {
    seen.add(current);
    const step = await store.neighbourhood({
      ids: [current],
      depth: 1,
      relationshipTypes: ['PART_OF'],
      filter: { labels: ['Region'] },
      limit: LIMITS.MAX_LIMIT,
    });
    const from: string = current;
    const up: GraphRelationship | undefined = step.relationships.find(
      (rel) => rel.type === 'PART_OF' && rel.from === from,
    );
    const node = step.nodes.find((n) => n.id === from);
    parts.push({
      nodes: node ? [node] : [],
      relationships: up ? [up] : [],
      truncated: false,
    });
    current = up?.to;
  }
  return mergeSubgraphs(parts);
}

/**
 * Subgraph recipes of the analytics (mirroring server/src/analyses/kernel/scoped-snapshot.ts) and a whole-graph
 * fetch. The embedded store's `subgraph` currently overflows the call stack when it attaches more than ~100k
 * relationships (`push(...array)` in traversal.ts); then the whole graph is fetched as the state's core ties
 * plus one attached part per district, merged. Both paths go through the store port only.
 */
import type { NodeLabel, RelationshipType } from '@nzr/graph-schema';
import type { GraphNode, GraphRelationship, GraphStore, Subgraph } from '@nzr/server/store';
import type { GraphMeta } from './graph-meta.js';

export interface Recipe {
  readonly labels: NodeLabel[];
  readonly relationshipTypes: RelationshipType[];
  readonly attachLabels?: NodeLabel[];
}

export const INSTITUTION_TIES: Recipe = {
  labels: ['Institution'],
  relationshipTypes: ['COOPERATES_WITH', 'WORKS_ON', 'LOCATED_IN'],
  attachLabels: ['Topic', 'Region'],
};

export const ALLIES: Recipe = {
  labels: ['Person', 'Institution'],
  relationshipTypes: ['COOPERATES_WITH', 'KNOWS', 'MEMBER_OF', 'WORKS_ON', 'LOCATED_IN', 'OFFERS'],
  attachLabels: ['Topic', 'Region', 'Resource'],
};

export const MAX_CORE = 200_000;

function merge(parts: readonly Subgraph[]): Subgraph {
  const nodes = new Map<string, GraphNode>();
  const relationships = new Map<string, GraphRelationship>();
  for (const part of parts) {
    for (const node of part.nodes) nodes.set(node.id, node);
    for (const rel of part.relationships) relationships.set(`${rel.type} ${rel.id}`, rel);
  }
  return {
    nodes: [...nodes.values()],
    relationships: [...relationships.values()],
    truncated: parts.some((p) => p.truncated),
  };
}

export interface WholeGraph {
  readonly subgraph: Subgraph;
  /** True when the per-district workaround was needed. */
  readonly workaround: boolean;
}

export async function wholeGraph(
  store: GraphStore,
  meta: GraphMeta,
  recipe: Recipe,
): Promise<WholeGraph> {
  const scope = { regionId: meta.stateId };
  try {
    return {
      subgraph: await store.subgraph({ scope, ...recipe, limit: MAX_CORE }),
      workaround: false,
    };
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
  }
  const { attachLabels: _attach, ...core } = recipe;
  const parts = [await store.subgraph({ scope, ...core, limit: MAX_CORE })];
  for (const district of meta.districts)
    parts.push(
      await store.subgraph({ scope: { regionId: district.id }, ...recipe, limit: MAX_CORE }),
    );
  return { subgraph: merge(parts), workaround: true };
}

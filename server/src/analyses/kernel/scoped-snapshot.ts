/**
 * Scoped snapshots: one bounded `store.subgraph` query per analysis, with just the labels, relationship types
 * and attached nodes that analysis reads, always with the viewer's visibilities. A scope is a region (with
 * its sub-regions), a topic (with sub-topics) or a network; SCOPE_LIMIT bounds the core nodes (a large
 * district holds a few thousand actors) and `truncated` says when the store cut the scope short.
 */
import { STATE_REGION_ID } from '@nzr/graph-schema';
import { buildSnapshot } from './snapshot.js';
import type { NodeIndex, Snapshot } from './snapshot.js';
import type { GraphStore, Subgraph, SubgraphScope } from '../../store/port.js';
import { LIMITS } from '../../store/port.js';
import type { NodeService } from '../../modules/node/node.service.js';
import { RECIPES } from './recipes.js';
import type { Recipe } from './recipes.js';
import { mergeSubgraphs } from './subgraphs.js';
import { checkId, foundOrFail } from './validate.js';

/** Core nodes per scoped analysis. */
export const SCOPE_LIMIT = 20_000;
/** Core nodes for the state-wide region comparison (persons and institutions of all of Saxony). */
export const STATE_LIMIT = 100_000;
/** The state region (Freistaat Sachsen, AGS 14), root of the region hierarchy the seed and importer create. */
export { STATE_REGION_ID };

export interface ScopedSnapshot {
  readonly snapshot: Snapshot;
  readonly truncated: boolean;
  /** Persons and institutions in the snapshot. */
  readonly actors: number;
}

const SCOPE_LABEL = { regionId: 'Region', topicId: 'Topic', networkId: 'Network' } as const;

/** A scoped subgraph for an analysis that runs on a worker thread: the main thread keeps only an id index. */
export interface ScopedGraph {
  readonly subgraph: Subgraph;
  readonly index: NodeIndex;
  readonly truncated: boolean;
  /** Persons and institutions in the subgraph. */
  readonly actors: number;
}

export function toScopedGraph(subgraph: Subgraph): ScopedGraph {
  const nodes = new Map(subgraph.nodes.map((node) => [node.id, node]));
  const actors = subgraph.nodes.filter((n) => n.label === 'Person' || n.label === 'Institution');
  return { subgraph, index: { nodes }, truncated: subgraph.truncated, actors: actors.length };
}

export function toSnapshot(subgraph: Subgraph, asOf: string | undefined): ScopedSnapshot {
  const snapshot = buildSnapshot(subgraph, asOf === undefined ? {} : { asOf });
  return { snapshot, truncated: subgraph.truncated, actors: snapshot.actorIds.length };
}

export async function scopedSubgraph(
  store: GraphStore,
  nodes: NodeService,
  scope: SubgraphScope,
  recipe: Recipe,
  limit = SCOPE_LIMIT,
): Promise<Subgraph> {
  const [key, id] = Object.entries(scope)[0] as [keyof typeof SCOPE_LABEL, string];
  checkId(key, id);
  const subgraph = await store.subgraph({
    scope,
    labels: recipe.labels,
    relationshipTypes: recipe.relationshipTypes,
    ...(recipe.attachLabels ? { attachLabels: recipe.attachLabels } : {}),
    visibilities: nodes.viewer.visibilities,
    limit,
  });
  // The store names the scope's node in the same call: a missing, hidden or mislabelled scope is NOT_FOUND
  // without a lookup of its own (one store call per scoped snapshot).
  foundOrFail(nodes, key, id, [SCOPE_LABEL[key]], subgraph.scopeNode);
  return subgraph;
}

export async function scopedSnapshot(
  store: GraphStore,
  nodes: NodeService,
  scope: SubgraphScope,
  recipe: Recipe,
  asOf?: string,
): Promise<ScopedSnapshot> {
  return toSnapshot(await scopedSubgraph(store, nodes, scope, recipe), asOf);
}

/** Every region of the state (state, districts, municipalities) with the PART_OF edges between them. */
export function regionTree(store: GraphStore, stateId = STATE_REGION_ID): Promise<Subgraph> {
  return store.neighbourhood({
    ids: [stateId],
    depth: 2,
    relationshipTypes: ['PART_OF'],
    filter: { labels: ['Region'] },
    limit: LIMITS.MAX_LIMIT,
  });
}

/** All persons and institutions of the state with their cooperations and regions, plus the region tree. */
export async function stateGraph(store: GraphStore, nodes: NodeService): Promise<ScopedGraph> {
  const actors = await scopedSubgraph(
    store,
    nodes,
    { regionId: STATE_REGION_ID },
    RECIPES.regions,
    STATE_LIMIT,
  );
  return toScopedGraph(mergeSubgraphs([actors, await regionTree(store)]));
}

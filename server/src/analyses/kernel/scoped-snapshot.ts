/**
 * Scoped snapshots: one bounded `store.subgraph` query per analysis, with just the labels, relationship types
 * and attached nodes that analysis reads, always with the viewer's visibilities. A scope is a region (with
 * its sub-regions), a topic (with sub-topics) or a network; SCOPE_LIMIT bounds the core nodes (a large
 * district holds a few thousand actors) and `truncated` says when the store cut the scope short.
 */
import { STATE_REGION_ID } from '@nzr/graph-schema';
import type { Visibility } from '@nzr/graph-schema';
import { buildSnapshot } from './snapshot.js';
import type { NodeIndex, Snapshot } from './snapshot.js';
import type {
  GraphNode,
  GraphReader,
  ScopedSubgraph,
  Subgraph,
  SubgraphScope,
} from '../../store/port.js';
import { LIMITS } from '../../store/port.js';
import type { NodeService } from '../../modules/node/node.service.js';
import { RECIPES } from './recipes.js';
import type { Recipe, RecipeName } from './recipes.js';
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

export function toSnapshot(subgraph: Subgraph, asOf: string | undefined): ScopedSnapshot {
  const snapshot = buildSnapshot(subgraph, asOf === undefined ? {} : { asOf });
  return { snapshot, truncated: subgraph.truncated, actors: snapshot.actorIds.length };
}

export async function scopedSubgraph(
  store: GraphReader,
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
  store: GraphReader,
  nodes: NodeService,
  scope: SubgraphScope,
  recipe: Recipe,
  asOf?: string,
): Promise<ScopedSnapshot> {
  return toSnapshot(await scopedSubgraph(store, nodes, scope, recipe), asOf);
}

/** Every region of the state (state, districts, municipalities) with the PART_OF edges between them. */
export function regionTree(store: GraphReader, stateId = STATE_REGION_ID): Promise<Subgraph> {
  return store.neighbourhood({
    ids: [stateId],
    depth: 2,
    relationshipTypes: ['PART_OF'],
    filter: { labels: ['Region'] },
    limit: LIMITS.MAX_LIMIT,
  });
}

/** All persons and institutions of the state with their cooperations and regions, plus the region tree. */
/**
 * What a heavy analysis reads, as plain data: it crosses to a heavy-work thread, which gathers it from its read
 * replica of the embedded store (with Neo4j the main thread gathers it: those reads do not hold the event loop).
 * `state`: all persons and institutions of the state with their cooperations and regions, plus the region tree.
 */
export type AnalysisSource = { readonly visibilities: readonly Visibility[] } & (
  { readonly scope: SubgraphScope; readonly recipe: RecipeName } | { readonly state: true }
);

/** A heavy analysis's answer from its thread: the result and only the nodes the result names. */
export interface AnalysisOutcome<Result> {
  readonly result: Result;
  readonly index: NodeIndex;
  readonly truncated: boolean;
  /** Persons and institutions in the subgraph. */
  readonly actors: number;
  /** The scope's node as the store has it (checked by gatherSource). */
  readonly scopeNode: GraphNode | null;
}

/** The source of a scoped analysis for this viewer; the scope id is checked here, before any work. */
export function scopedSource(
  nodes: NodeService,
  scope: SubgraphScope,
  recipe: RecipeName,
): AnalysisSource {
  const [key, id] = Object.entries(scope)[0] as [keyof typeof SCOPE_LABEL, string];
  checkId(key, id);
  return { scope, recipe, visibilities: nodes.viewer.visibilities };
}

export function stateSource(nodes: NodeService): AnalysisSource {
  return { state: true, visibilities: nodes.viewer.visibilities };
}

/** Scope labels are never Person, the one label with a visibility: the label check decides. */
const ANY_SCOPE_VISIBLE = { isVisible: () => true };

/**
 * Runs a source's store calls (on a heavy-work thread's replica, or on the store itself); NOT_FOUND when the
 * scope's node (the state region for `state`) is missing or mislabelled, as scopedSubgraph answers.
 */
export async function gatherSource(
  store: GraphReader,
  source: AnalysisSource,
): Promise<ScopedSubgraph> {
  const scope = 'state' in source ? { regionId: STATE_REGION_ID } : source.scope;
  const [key, id] = Object.entries(scope)[0] as [keyof typeof SCOPE_LABEL, string];
  const recipe: Recipe = RECIPES['state' in source ? 'regions' : source.recipe];
  const part = await store.subgraph({
    scope,
    labels: recipe.labels,
    relationshipTypes: recipe.relationshipTypes,
    ...(recipe.attachLabels ? { attachLabels: recipe.attachLabels } : {}),
    visibilities: source.visibilities,
    limit: 'state' in source ? STATE_LIMIT : SCOPE_LIMIT,
  });
  foundOrFail(ANY_SCOPE_VISIBLE, key, id, [SCOPE_LABEL[key]], part.scopeNode);
  if (!('state' in source)) return part;
  return { ...mergeSubgraphs([part, await regionTree(store)]), scopeNode: part.scopeNode };
}

/**
 * Subgraph recipes of the bench's compute rows and the whole-graph fetch. Scoped analyses use the server's own
 * recipes (`RECIPES` of `@nzr/server/analyses`), so the bench measures the snapshots the API builds. Allies
 * nearby has no subgraph recipe in the server (the API composes its input from radius and neighbourhood
 * queries); the bench times it on one state-wide snapshot holding everything alliesNearby reads (ALLIES).
 */
import { RECIPES } from '@nzr/server/analyses';
import type { Recipe } from '@nzr/server/analyses';
import type { GraphStore, Subgraph } from '@nzr/server/store';
import type { GraphMeta } from './graph-meta.js';

export type { Recipe };

/** Institutions with cooperations, themes and regions: link suggestions (and gaps, brokers, clusters). */
export const INSTITUTION_TIES: Recipe = RECIPES.suggestions;

export const ALLIES: Recipe = {
  labels: ['Person', 'Institution'],
  relationshipTypes: ['COOPERATES_WITH', 'KNOWS', 'MEMBER_OF', 'WORKS_ON', 'LOCATED_IN', 'OFFERS'],
  attachLabels: ['Topic', 'Region', 'Resource'],
};

export const MAX_CORE = 200_000;

/** The whole state in one store.subgraph call. */
export function wholeGraph(store: GraphStore, meta: GraphMeta, recipe: Recipe): Promise<Subgraph> {
  return store.subgraph({ scope: { regionId: meta.stateId }, ...recipe, limit: MAX_CORE });
}

/** Splits a graph into upsert batches: nodes in dependency order first, then relationships by type. */
import { LIMITS } from '@nzr/graph-schema';
import type { NodeLabel, RelationshipType } from '@nzr/graph-schema';
import type { UpsertBatch } from '@nzr/server/store';
import type { GeneratedGraph } from '../generate/types.js';

export const DEFAULT_BATCH_SIZE = 5000;
/** The most items one upsert may carry (graph-schema's LIMITS, which the store port enforces). */
export const MAX_BATCH_SIZE = LIMITS.MAX_UPSERT_ITEMS;

const NODE_ORDER: readonly NodeLabel[] = [
  'Region',
  'Topic',
  'Institution',
  'Person',
  'Network',
  'FundingProgramme',
  'Resource',
  'Project',
];
const RELATIONSHIP_ORDER: readonly RelationshipType[] = [
  'PART_OF',
  'LOCATED_IN',
  'WORKS_ON',
  'MEMBER_OF',
  'COOPERATES_WITH',
  'KNOWS',
  'MEMBER_OF_NETWORK',
  'ELIGIBLE_IN',
  'OFFERS',
  'NEEDS',
  'RUNS',
  'FUNDED_BY',
];

export function checkBatchSize(size: number): void {
  if (!Number.isInteger(size) || size < 1 || size > MAX_BATCH_SIZE)
    throw new RangeError(`batch size must be an integer from 1 to ${MAX_BATCH_SIZE}, got ${size}`);
}

/** Stable sort by the rank of `key(item)` in `order`. */
function ordered<T, K>(items: readonly T[], key: (item: T) => K, order: readonly K[]): T[] {
  const rank = new Map(order.map((k, i) => [k, i]));
  return items
    .map((item, index) => ({ item, index, rank: rank.get(key(item)) ?? order.length }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map((entry) => entry.item);
}

export function* batches(
  graph: Pick<GeneratedGraph, 'nodes' | 'relationships'>,
  size: number,
): Generator<UpsertBatch> {
  checkBatchSize(size);
  const nodes = ordered(graph.nodes, (n) => n.label, NODE_ORDER);
  for (let i = 0; i < nodes.length; i += size)
    yield { nodes: nodes.slice(i, i + size), relationships: [] };
  const relationships = ordered(graph.relationships, (r) => r.type, RELATIONSHIP_ORDER);
  for (let i = 0; i < relationships.length; i += size)
    yield { nodes: [], relationships: relationships.slice(i, i + size) };
}

/**
 * Writes a generated graph through the store port in batches: nodes first (in dependency order), then
 * relationships. Each batch is one all-or-nothing upsert; re-running upserts the same ids, so an interrupted
 * load can simply be started again.
 */
import type { GraphStore, UpsertResult } from '@nzr/server/store';
import type { GeneratedGraph } from '../generate/types.js';
import { DEFAULT_BATCH_SIZE, batches, checkBatchSize } from './batches.js';
import type { Progress } from './progress.js';
import { silentProgress } from './progress.js';

export interface LoadOptions {
  readonly batchSize?: number;
  readonly progress?: Progress;
  /** Checked between batches: an aborted load stops after the current batch. */
  readonly signal?: AbortSignal;
  /** Called after the store acknowledged batch `index` (0-based, in the order of `batches()`). */
  readonly onBatchCommitted?: (index: number, items: number) => void;
}

export interface LoadResult extends UpsertResult {
  readonly nodes: number;
  readonly relationships: number;
  readonly batches: number;
}

/** Lets timers and signal handlers run between batches (a store may resolve without real I/O). */
const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

export async function loadGraph(
  store: Pick<GraphStore, 'upsert'>,
  graph: Pick<GeneratedGraph, 'nodes' | 'relationships'>,
  options: LoadOptions = {},
): Promise<LoadResult> {
  const size = options.batchSize ?? DEFAULT_BATCH_SIZE;
  checkBatchSize(size);
  const progress = options.progress ?? silentProgress;
  const totals = {
    nodesCreated: 0,
    nodesUpdated: 0,
    relationshipsCreated: 0,
    relationshipsUpdated: 0,
  };
  let count = 0;
  progress.start(graph.nodes.length + graph.relationships.length, 'Knoten / nodes');
  try {
    for (const batch of batches(graph, size)) {
      await yieldToEventLoop();
      options.signal?.throwIfAborted();
      const result = await store.upsert(batch);
      totals.nodesCreated += result.nodesCreated;
      totals.nodesUpdated += result.nodesUpdated;
      totals.relationshipsCreated += result.relationshipsCreated;
      totals.relationshipsUpdated += result.relationshipsUpdated;
      options.onBatchCommitted?.(count, batch.nodes.length + batch.relationships.length);
      count++;
      const phase = batch.nodes.length > 0 ? 'Knoten / nodes' : 'Beziehungen / relationships';
      progress.advance(batch.nodes.length + batch.relationships.length, phase);
    }
  } finally {
    progress.stop();
  }
  return {
    ...totals,
    nodes: graph.nodes.length,
    relationships: graph.relationships.length,
    batches: count,
  };
}

import type { UpsertBatch, UpsertResult } from '@nzr/server/store';
import { LIMITS } from '@nzr/server/store';
import { describe, expect, it } from 'vitest';
import { generate } from '../generate/generate.js';
import { MAX_BATCH_SIZE } from './batches.js';
import { loadGraph } from './load.js';
import { lineProgress } from './progress.js';

/** Records batches and checks that every relationship's endpoints were written before. */
function recordingStore() {
  const ids = new Set<string>();
  const batches: UpsertBatch[] = [];
  return {
    batches,
    upsert(batch: UpsertBatch): Promise<UpsertResult> {
      batches.push(batch);
      for (const n of batch.nodes) ids.add(n.id);
      const missing = batch.relationships.find((r) => !ids.has(r.from) || !ids.has(r.to));
      if (missing) return Promise.reject(new Error(`endpoint of ${missing.id} missing`));
      return Promise.resolve({
        nodesCreated: batch.nodes.length,
        nodesUpdated: 0,
        relationshipsCreated: batch.relationships.length,
        relationshipsUpdated: 0,
      });
    },
  };
}

describe('loadGraph', () => {
  const graph = generate({ actors: 300, seed: 3 });

  it('writes nodes first, then relationships, in batches of the given size', async () => {
    const store = recordingStore();
    const result = await loadGraph(store, graph, { batchSize: 500 });
    const total = graph.nodes.length + graph.relationships.length;
    expect(result).toMatchObject({
      nodes: graph.nodes.length,
      relationships: graph.relationships.length,
    });
    expect(result.nodesCreated + result.relationshipsCreated).toBe(total);
    expect(result.batches).toBe(
      Math.ceil(graph.nodes.length / 500) + Math.ceil(graph.relationships.length / 500),
    );
    expect(store.batches.every((b) => b.nodes.length + b.relationships.length <= 500)).toBe(true);
    expect(store.batches[0]?.nodes[0]?.label).toBe('Region');
  });

  it('reports progress as plain lines and stops between batches when aborted', async () => {
    const lines: string[] = [];
    await loadGraph(recordingStore(), graph, {
      batchSize: 400,
      progress: lineProgress((l) => lines.push(l), 25),
    });
    expect(lines.at(-1)).toMatch(/100%/);
    const controller = new AbortController();
    controller.abort(new Error('stop'));
    await expect(loadGraph(recordingStore(), graph, { signal: controller.signal })).rejects.toThrow(
      'stop',
    );
  });

  it('keeps its batch limit in line with the store port', async () => {
    expect(MAX_BATCH_SIZE).toBe(LIMITS.MAX_UPSERT_ITEMS);
    await expect(loadGraph(recordingStore(), graph, { batchSize: 0 })).rejects.toThrow(RangeError);
  });
});

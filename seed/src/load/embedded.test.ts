/** Loads the demo set into the real embedded store (a temporary directory) and checks idempotence. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openStore } from '@nzr/server/store';
import type { GraphStore } from '@nzr/server/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../generate/generate.js';
import { computeStats } from '../generate/stats.js';
import { loadGraph } from './load.js';

describe('loading 300 actors into the embedded store', () => {
  const graph = generate({ actors: 300, seed: 42 });
  const expected = computeStats(graph);
  let dataDir = '';
  let store: GraphStore;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'nzr-seed-'));
    store = await openStore({ kind: 'embedded', dataDir });
  });
  afterAll(async () => {
    await store.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('creates every node and relationship; the store counts match the generated ones', async () => {
    const result = await loadGraph(store, graph, { batchSize: 1000 });
    expect(result.nodesCreated).toBe(graph.nodes.length);
    expect(result.relationshipsCreated).toBe(graph.relationships.length);
    const stats = await store.stats();
    for (const [label, count] of Object.entries(stats.nodes))
      expect(count).toBe(expected.nodes[label as keyof typeof expected.nodes] ?? 0);
    for (const [type, count] of Object.entries(stats.relationships))
      expect(count).toBe(expected.relationships[type as keyof typeof expected.relationships] ?? 0);
  });

  it('is idempotent: loading again updates the same ids and adds nothing', async () => {
    const before = await store.stats();
    const result = await loadGraph(store, graph);
    expect(result).toMatchObject({
      nodesCreated: 0,
      relationshipsCreated: 0,
      nodesUpdated: graph.nodes.length,
    });
    expect(await store.stats()).toEqual(before);
  });

  it('keeps the data after closing and reopening', async () => {
    await store.close();
    store = await openStore({ kind: 'embedded', dataDir });
    const [dresden] = await store.getNodes(['reg-14612']);
    expect(dresden?.properties.name).toBe('Dresden');
    expect((await store.stats()).nodes.Person).toBe(expected.nodes.Person);
  });
});

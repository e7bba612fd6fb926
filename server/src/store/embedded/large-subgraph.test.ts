/**
 * Regression: a subgraph that attaches more items than a JavaScript call accepts as arguments (the bench hit
 * "Maximum call stack size exceeded" at 100k actors) must still come back whole.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { UpsertBatch } from '../port.js';
import { openEmbeddedStore } from './embedded-store.js';

const PERSONS = 150_000;
const CHUNK = 25_000;

describe('embedded subgraph with a very large attachment', () => {
  const dirs: string[] = [];
  afterAll(() => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));

  it('returns every attached node and relationship', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'nzr-large-subgraph-'));
    dirs.push(dataDir);
    const store = await openEmbeddedStore({ dataDir });
    try {
      await store.upsert({
        nodes: [
          {
            label: 'Region',
            id: 'reg-14',
            properties: { name: 'Sachsen', level: 'state', ags: '14' },
          },
          {
            label: 'Institution',
            id: 'ins-1',
            properties: { name: 'Verein', kind: 'association', sector: 'civil_society' },
          },
        ],
        relationships: [
          { type: 'LOCATED_IN', id: 'loc-1', from: 'ins-1', to: 'reg-14', properties: {} },
        ],
      });
      for (let start = 0; start < PERSONS; start += CHUNK) {
        const nodes: UpsertBatch['nodes'][number][] = [];
        for (let i = start; i < start + CHUNK; i++) {
          nodes.push({
            label: 'Person',
            id: `per-${i}`,
            properties: { name: `P ${i}`, visibility: 'public' },
          });
        }
        await store.upsert({ nodes, relationships: [] });
        const relationships: UpsertBatch['relationships'][number][] = [];
        for (let i = start; i < start + CHUNK; i++) {
          relationships.push({
            type: 'MEMBER_OF',
            id: `mem-${i}`,
            from: `per-${i}`,
            to: 'ins-1',
            properties: {},
          });
        }
        await store.upsert({ nodes: [], relationships });
      }
      const subgraph = await store.subgraph({
        scope: { regionId: 'reg-14' },
        labels: ['Institution'],
        attachLabels: ['Person'],
        limit: 10,
      });
      expect(subgraph.nodes).toHaveLength(PERSONS + 1);
      expect(subgraph.relationships).toHaveLength(PERSONS);
      expect(subgraph.truncated).toBe(false);
    } finally {
      await store.close();
    }
  }, 120_000);
});

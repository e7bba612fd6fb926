/**
 * Complete exports on the demo data: the seed's demo network (300 actors, seed 42, with funding programmes,
 * projects, networks, resources and persons of every visibility) loaded into a real embedded store, served by
 * the real server in-process; the "everything" export's counts per label and per relationship type equal the
 * `stats` query, for a guest and for an admin (server/test-support/import-export/export-vs-stats.ts).
 */
import 'reflect-metadata';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openStore } from '@nzr/server/store';
import type { GraphStore } from '@nzr/server/store';
import { exportAndStats, exportedAsStats } from '@nzr/server/test-support/export-vs-stats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../bench/server.js';
import type { BenchServer } from '../bench/server.js';
import { generate } from '../generate/generate.js';
import { loadGraph } from './load.js';

let dataDir = '';
let store: GraphStore;
let api: BenchServer;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'nzr-seed-export-'));
  store = await openStore({ kind: 'embedded', dataDir });
  await loadGraph(store, generate({ actors: 300, seed: 42 }), { batchSize: 5000 });
  // The real server with an admin signed in, as the bench and the round-trip test start it.
  api = await startServer(store);
  if (api.token === null) throw new Error(`no admin session: ${api.loginNote}`);
}, 120_000);
afterAll(async () => {
  await api.server.close();
  await store.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe('the "everything" export of the demo data equals the viewer\'s stats', () => {
  it.each([
    ['a guest', (): string | null => null],
    ['an admin', (): string | null => api.token],
  ] as const)('for %s, per label and per relationship type', async (_who, token) => {
    const { exported, stats } = await exportAndStats(api.server.url, token());
    expect(exportedAsStats(exported, stats)).toEqual(stats);
    // Every kind of the demo data is there, the ones the export used to miss included.
    for (const label of ['FundingProgramme', 'Region', 'Topic', 'Network', 'Project', 'Resource'])
      expect(exported.nodes[label], label).toBeGreaterThan(0);
    for (const type of ['PART_OF', 'FUNDED_BY', 'ELIGIBLE_IN'])
      expect(exported.relationships[type], type).toBeGreaterThan(0);
  });
});

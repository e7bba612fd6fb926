/**
 * Complete exports on the demo data: the seed's demo network (300 actors, seed 42, with funding programmes,
 * projects, networks, resources and persons of every visibility) loaded into a real embedded store, served by
 * the real server in-process; the "everything" export's counts per label and per relationship type equal the
 * `stats` query, for a guest and for an admin (server/test-support/import-export/export-vs-stats.ts).
 */
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createServer } from '@nzr/server/app';
import type { RunningServer } from '@nzr/server/app';
import { openStore } from '@nzr/server/store';
import type { GraphStore } from '@nzr/server/store';
import { exportAndStats, exportedAsStats } from '@nzr/server/test-support/export-vs-stats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../generate/generate.js';
import { loadGraph } from './load.js';

const EMAIL = 'export-admin@example.org';
const PASSWORD = randomBytes(12).toString('hex');
let dataDir = '';
let store: GraphStore;
let server: RunningServer;
let adminToken = '';

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'nzr-seed-export-'));
  store = await openStore({ kind: 'embedded', dataDir });
  await loadGraph(store, generate({ actors: 300, seed: 42 }), { batchSize: 5000 });
  server = await createServer({
    store,
    config: {
      host: '127.0.0.1',
      port: 0,
      logLevel: 'silent',
      auth: {
        sessionSecret: randomBytes(32).toString('hex'),
        sessionTtlSeconds: 3600,
        initialAdmin: { email: EMAIL, password: PASSWORD },
      },
    },
    clientDist: null,
  });
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
      variables: { e: EMAIL, p: PASSWORD },
    }),
  });
  adminToken = ((await response.json()) as { data: { login: { token: string } } }).data.login.token;
}, 120_000);
afterAll(async () => {
  await server.close();
  await store.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe('the "everything" export of the demo data equals the viewer\'s stats', () => {
  it.each([
    ['a guest', (): string | null => null],
    ['an admin', (): string | null => adminToken],
  ] as const)('for %s, per label and per relationship type', async (_who, token) => {
    const { exported, stats } = await exportAndStats(server.url, token());
    expect(exportedAsStats(exported, stats)).toEqual(stats);
    // Every kind of the demo data is there, the ones the export used to miss included.
    for (const label of ['FundingProgramme', 'Region', 'Topic', 'Network', 'Project', 'Resource'])
      expect(exported.nodes[label], label).toBeGreaterThan(0);
    for (const type of ['PART_OF', 'FUNDED_BY', 'ELIGIBLE_IN'])
      expect(exported.relationships[type], type).toBeGreaterThan(0);
  });
});

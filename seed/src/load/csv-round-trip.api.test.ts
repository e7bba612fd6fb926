/**
 * Lossless CSV round trip on the demo data (issue 11, item 3): the seed's demo network (300 actors, seed 42)
 * plus cells a spreadsheet would run as formulas, exported as CSV by an admin (nodes and edges), imported into
 * an EMPTY store through the CSV import (`nodes`, then `edges`), and exported again: both CSV files are equal
 * byte for byte, and so is the JSON export (every property, with its type: numbers, booleans, lists, points).
 */
import 'reflect-metadata';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openStore } from '@nzr/server/store';
import type { GraphStore } from '@nzr/server/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../bench/server.js';
import type { BenchServer } from '../bench/server.js';
import { generate } from '../generate/generate.js';
import { loadGraph } from './load.js';

interface Side {
  readonly dir: string;
  readonly store: GraphStore;
  readonly api: BenchServer;
}

async function side(fill: (store: GraphStore) => Promise<void>): Promise<Side> {
  const dir = await mkdtemp(path.join(tmpdir(), 'nzr-round-trip-'));
  const store = await openStore({ kind: 'embedded', dataDir: dir });
  await fill(store);
  return { dir, store, api: await startServer(store) };
}

async function call(s: Side, route: string, init: RequestInit = {}): Promise<string> {
  const response = await fetch(`${s.api.server.url}${route}`, {
    ...init,
    headers: { ...init.headers, authorization: `Bearer ${s.api.token ?? ''}` },
  });
  const text = await response.text();
  expect(response.status, `${route}: ${text.slice(0, 2000)}`).toBe(200);
  return text;
}

const exportOf = async (s: Side) => ({
  nodes: await call(s, '/api/export?format=csv&part=nodes'),
  edges: await call(s, '/api/export?format=csv&part=edges'),
  json: await call(s, '/api/export?format=json'),
});

const FORMULAS = [
  '=SUMME(A1:A9)',
  '+49 351 000',
  '@Verein',
  '-2+3+cmd',
  "'=schon maskiert",
  '-12,5',
];

let original: Side;
let copy: Side;
beforeAll(async () => {
  original = await side(async (store) => {
    await loadGraph(store, generate({ actors: 300, seed: 42 }), { batchSize: 5000 });
    await store.upsert({
      nodes: FORMULAS.map((name, i) => ({
        label: 'Person' as const,
        id: `per-formel-${i}`,
        properties: {
          name,
          description: `${name} – Zeile ${i}`,
          visibility: 'public',
          // Listed persons have consent; without it the export would (rightly) leave them out.
          consentDate: '2025-01-01',
          location: { latitude: 51.05 + i / 100, longitude: 13.74 },
        },
      })),
      relationships: FORMULAS.map((_, i) => ({
        type: 'LOCATED_IN' as const,
        id: `li-formel-${i}`,
        from: `per-formel-${i}`,
        to: 'reg-14612',
        properties: {},
      })),
    });
  });
  copy = await side(async () => {});
}, 120_000);
afterAll(async () => {
  for (const s of [original, copy]) {
    await s.api.server.close();
    await s.store.close();
    await rm(s.dir, { recursive: true, force: true });
  }
});

describe('CSV export → empty store → CSV import → CSV export', () => {
  it('gives back the same files and the same graph', async () => {
    const before = await exportOf(original);
    expect(before.nodes).toContain(`'=SUMME(A1:A9)`);
    for (const part of ['nodes', 'edges'] as const) {
      const report = JSON.parse(
        await call(copy, `/api/import/${part}?mode=apply`, {
          method: 'POST',
          headers: { 'content-type': 'text/csv' },
          body: before[part],
        }),
      ) as { applied: boolean; errors: unknown[] };
      expect(report).toMatchObject({ applied: true, errors: [] });
    }
    const after = await exportOf(copy);
    expect(after.nodes).toBe(before.nodes);
    expect(after.edges).toBe(before.edges);
    expect(JSON.parse(after.json)).toEqual(JSON.parse(before.json));
    const names = (JSON.parse(after.json) as { nodes: { properties: { name?: string } }[] }).nodes
      .map((node) => node.properties.name)
      .filter((name) => name !== undefined && FORMULAS.includes(name));
    expect(names.sort()).toEqual([...FORMULAS].sort());
  });
});

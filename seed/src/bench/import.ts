/**
 * CSV import through the real HTTP endpoint: institutions from the seed generator written as a CSV file
 * (the importer's column names), posted as text/csv to /api/import/institutions in dry-run and apply mode,
 * into a fresh store (embedded, or the bench's emptied Neo4j) that holds only the regions and topics the rows
 * refer to.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openStore, storeConfigFrom } from '@nzr/server/store';
import type { GraphStore } from '@nzr/server/store';
import { generate } from '../generate/generate.js';
import { loadGraph } from '../load/load.js';
import { institutionsCsv } from './csv.js';
import type { ImportFigures, ImportStep, StoreKind } from './results.js';
import { startServer } from './server.js';
import { RssSampler } from './stats.js';

function summary(status: number, body: unknown): string {
  if (typeof body !== 'object' || body === null) return String(body).slice(0, 200);
  const r = body as Record<string, unknown>;
  if ('valid' in r) {
    const errors = Array.isArray(r.errors) ? r.errors.length : 0;
    return `rows ${String(r.rows)}, valid ${String(r.valid)}, errors ${errors}, applied ${String(r.applied)}`;
  }
  return `${status}: ${JSON.stringify(body).slice(0, 200)}`;
}

/** A fresh embedded store, or the bench's Neo4j database emptied (NEO4J_URI). */
async function freshStore(kind: StoreKind, dir: string): Promise<GraphStore> {
  if (kind === 'embedded') return openStore({ kind: 'embedded', dataDir: dir });
  const store = await openStore(storeConfigFrom(process.env));
  await store.clear({ system: true });
  return store;
}

/** Runs the import; returns null and a note when the endpoint or the login is missing. */
export async function runImport(
  kind: StoreKind,
  rows: number,
  notes: string[],
): Promise<ImportFigures | null> {
  const graph = generate({ actors: Math.max(300, Math.ceil(rows / 0.55) + 50), seed: 4242 });
  const csv = institutionsCsv(graph, rows);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'nzr-bench-import-'));
  const store = await freshStore(kind, dir);
  try {
    const keep = new Set(['Region', 'Topic']);
    await loadGraph(store, {
      nodes: graph.nodes.filter((n) => keep.has(n.label)),
      relationships: graph.relationships.filter((r) => r.type === 'PART_OF'),
    });
    const bench = await startServer(store);
    try {
      const url = (mode: string): string =>
        `${bench.client.baseUrl}/api/import/institutions?mode=${mode}`;
      const probe = await fetch(url('dry-run'), {
        method: 'POST',
        headers: { 'content-type': 'text/csv' },
        body: 'id\n',
      });
      if (probe.status === 404) {
        notes.push(
          'CSV import: skipped, POST /api/import/:kind answers 404 (no import endpoint in this build).',
        );
        return null;
      }
      if (!bench.token) {
        notes.push(
          `CSV import: skipped, no coordinator session (${bench.loginNote ?? 'no token'}).`,
        );
        return null;
      }
      const steps: ImportStep[] = [];
      const sampler = new RssSampler();
      for (const mode of ['dry-run', 'apply']) {
        const t0 = performance.now();
        const response = await fetch(url(mode), {
          method: 'POST',
          headers: {
            'content-type': 'text/csv; charset=utf-8',
            authorization: `Bearer ${bench.token}`,
          },
          body: csv,
        });
        const body: unknown = await response.json().catch(() => null);
        steps.push({
          mode,
          ms: performance.now() - t0,
          status: response.status,
          summary: summary(response.status, body),
        });
      }
      return { store: kind, rows, bytes: Buffer.byteLength(csv), steps, peakRssMb: sampler.stop() };
    } finally {
      await bench.server.close();
    }
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

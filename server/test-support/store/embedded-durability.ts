/** Helpers for the embedded store's durability tests: temp dirs, crash images, sample batches, dumps. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import { isStoreError } from '../../src/store/errors.js';
import type { GraphStore, UpsertBatch } from '../../src/store/port.js';
import { openEmbeddedStore } from '../../src/store/embedded/embedded-store.js';
import { journalFileName, listJournals } from '../../src/store/embedded/journal.js';
import { FixtureBuilder } from '../fixture-builder.js';

const dirs: string[] = [];
export const tempDir = (): string => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nzr-durability-'));
  dirs.push(dir);
  return dir;
};
/** Removes the temp directories; call from afterEach. */
export function removeTempDirs(): void {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}

/** A pid that surely does not run any more. */
export const deadPid = (): number => spawnSync(process.execPath, ['-e', '']).pid ?? 999_999;

/** The files as a crash would leave them while `dir` is open: copied, with the lock of a dead process. */
export function crashImage(dir: string): string {
  const copy = tempDir();
  fs.cpSync(dir, copy, { recursive: true });
  fs.writeFileSync(path.join(copy, 'LOCK'), `${deadPid()}\n`);
  return copy;
}

export const lastJournal = (dir: string): string => {
  const generation = listJournals(dir).at(-1);
  if (generation === undefined) throw new Error('no journal');
  return path.join(dir, journalFileName(generation));
};

/** `count` institutions `ins-<from>`, ... in a chain of cooperations `c-<from>`, ... */
export function batch(from: number, count: number, name = 'Verein'): UpsertBatch {
  const b = new FixtureBuilder(({ from: start }) => start.replace('ins-', 'c-'));
  for (let i = 0; i < count; i++) {
    b.institution(`ins-${from + i}`, 'civil_society', {
      name: `${name} Görlitz ${from + i}`,
      lat: 51 + i / 1000,
      lon: 14,
    });
  }
  for (let i = 0; i + 1 < count; i++) b.coop(`ins-${from + i}`, `ins-${from + i + 1}`);
  return b.batch();
}

export async function open(dataDir: string, threshold?: number) {
  const warnings: string[] = [];
  const store = await openEmbeddedStore({
    dataDir,
    snapshotThresholdBytes: threshold,
    logger: { warn: (message) => warnings.push(message) },
  });
  return { store, warnings };
}

/** Everything a store holds that must survive: nodes, relationships, and the derived indexes. */
export async function dump(store: GraphStore) {
  const all = await store.search({ text: '', first: 100 });
  const ids = all.hits.map((hit) => hit.node.id);
  const nodes = await store.getNodes(ids);
  const neighbourhood = await store.neighbourhood({ ids: ids.slice(0, 5), depth: 3, limit: 5000 });
  const text = await store.search({ text: 'gör', first: 100 });
  const near = await store.withinRadius({
    center: { latitude: 51, longitude: 14 },
    radiusKm: 50,
    limit: 5000,
  });
  return {
    nodes,
    neighbourhood,
    stats: await store.stats(),
    text: text.hits.length,
    near: near.length,
  };
}

export async function expectCorrupt(dataDir: string, message: RegExp): Promise<void> {
  const error: unknown = await openEmbeddedStore({ dataDir, logger: { warn: () => {} } }).catch(
    (e: unknown) => e,
  );
  expect(isStoreError(error, 'STORE_CORRUPT'), String(error)).toBe(true);
  expect(String(error)).toMatch(message);
  // The lock is released on a failed open.
  expect(fs.existsSync(path.join(dataDir, 'LOCK'))).toBe(false);
}

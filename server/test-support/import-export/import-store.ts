/**
 * A real embedded store in a fresh temporary folder, loaded with the API tests' tiny network plus the
 * reference topic tree (so imports can point at topic keys), for the import/export tests.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openStore } from '../../src/store/index.js';
import type { GraphStore, UpsertBatch } from '../../src/store/port.js';
import { TINY_NETWORK } from '../api/tiny-network.js';
import { FixtureBuilder } from '../fixture-builder.js';

/** The reference topic tree (PART_OF ids `po:<topic id>`). */
const TOPICS: UpsertBatch = new FixtureBuilder(({ from }) => `po:${from}`)
  .topicTree({ english: true })
  .batch();

export interface TestStore {
  readonly store: GraphStore;
  close(): Promise<void>;
}

export async function openTestStore(fixture: UpsertBatch = TINY_NETWORK): Promise<TestStore> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'nzr-import-'));
  const store = await openStore({ kind: 'embedded', dataDir });
  await store.upsert(TOPICS);
  await store.upsert(fixture);
  return {
    store,
    async close() {
      await store.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

export function fixture(name: string): Promise<string> {
  return readFile(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
}

/**
 * Report rows as (row, column, English message): the tests of what a file says compare these exactly; the
 * codes behind the messages are checked once for all fixtures (import-messages.test.ts).
 */
export function rowMessages(
  errors: readonly { row: number; column: string | null; message: string }[],
): { row: number; column: string | null; message: string }[] {
  return errors.map(({ row, column, message }) => ({ row, column, message }));
}

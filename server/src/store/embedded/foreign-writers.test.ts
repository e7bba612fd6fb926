/**
 * Issue 14, item 3 (rest): foreign journal writes. Before, a process that held the store wrote its next record
 * at the offset where it had last written, over a record another process had appended meanwhile, and
 * acknowledged it (the other's acknowledged write was gone); and records of two writers interleaved in a
 * journal opened silently or with a misleading "transaction missing".
 */
import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { Journal, listJournals, readJournal } from './journal.js';
import {
  batch,
  crashImage,
  expectCorrupt,
  open,
  removeTempDirs,
  tempDir,
} from '../../../test-support/store/embedded-durability.js';

afterEach(removeTempDirs);

interface Record {
  readonly seq: number;
  readonly w?: string;
  readonly ops: unknown[];
}

/** A store's crash image with three real records, and the records of its active journal. */
async function threeRecords(): Promise<{ dir: string; generation: number; records: Record[] }> {
  const dataDir = tempDir();
  const { store } = await open(dataDir);
  for (const at of [0, 10, 20]) await store.upsert(batch(at, 3));
  const dir = crashImage(dataDir); // as if killed: no snapshot, the journal holds all three
  await store.close();
  const generation = listJournals(dir).at(-1) ?? 0;
  const records = readJournal(dir, generation, false).payloads as Record[];
  return { dir, generation, records };
}

/** Rewrites the active journal with `records`, as the writers named in them would have left it. */
function rewrite(dir: string, generation: number, records: readonly Record[]): void {
  const journal = Journal.create(dir, generation);
  for (const record of records) journal.append(record);
  journal.close();
}

describe('foreign journal writes', () => {
  it('stop a store whose journal another process appended to, without touching that record', async () => {
    const dataDir = tempDir();
    const { store, warnings } = await open(dataDir);
    await store.upsert(batch(0, 3));
    const generation = listJournals(dataDir).at(-1) ?? 0;
    const [mine] = readJournal(dataDir, generation, false).payloads as Record[];
    // Another process (despite the lock) appends the next transaction to the same journal.
    const foreign = Journal.open(dataDir, generation);
    foreign.append({ seq: 2, w: 'other-process', ops: mine?.ops ?? [] });
    foreign.close();
    const sizeWithForeign = fs.statSync(
      `${dataDir}/journal-${String(generation).padStart(8, '0')}.log`,
    ).size;

    await expect(store.upsert(batch(10, 3))).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE' });
    expect(warnings.join()).toMatch(/another process has written to this data directory/);
    expect((await store.health()).ok).toBe(false);
    const after = readJournal(dataDir, generation, false).payloads as Record[];
    expect(after.map((r) => [r.seq, r.w === 'other-process'])).toEqual([
      [1, false],
      [2, true],
    ]);
    expect(fs.statSync(`${dataDir}/journal-${String(generation).padStart(8, '0')}.log`).size).toBe(
      sizeWithForeign,
    );
    await store.close();
  });

  it('refuse to open a journal where a writer resumed after another one (A, B, A)', async () => {
    const { dir, generation, records } = await threeRecords();
    const [one, two, three] = records as [Record, Record, Record];
    rewrite(dir, generation, [
      { ...one, w: 'aaaa' },
      { ...two, w: 'bbbb' },
      { ...three, w: 'aaaa' },
    ]);
    await expectCorrupt(
      dir,
      /writer aaaa resumed at transaction 3 after writer bbbb: two processes wrote/,
    );
  });

  it('refuse to open a journal where two writers wrote the same transaction number', async () => {
    const { dir, generation, records } = await threeRecords();
    const [one, two, three] = records as [Record, Record, Record];
    rewrite(dir, generation, [
      { ...one, w: 'aaaa' },
      { ...two, w: 'aaaa' },
      { ...three, seq: 2, w: 'bbbb' },
    ]);
    await expectCorrupt(
      dir,
      /transaction 2 of writer bbbb does not continue transaction 2 of writer aaaa/,
    );
  });

  it('open a journal of one writer after another (a restart after a crash)', async () => {
    const { dir, generation, records } = await threeRecords();
    const [one, two, three] = records as [Record, Record, Record];
    rewrite(dir, generation, [
      { ...one, w: 'aaaa' },
      { ...two, w: 'aaaa' },
      { ...three, w: 'bbbb' },
    ]);
    const { store } = await open(dir);
    expect((await store.stats()).nodes.Institution).toBe(9);
    await store.close();
  });
});

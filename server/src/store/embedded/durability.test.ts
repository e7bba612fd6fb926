/** Durability of the embedded store: reopen, journal replay, torn tails, corruption. */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { encodeRecord } from './records.js';
import { SNAPSHOT_FILE } from './snapshot.js';
import { journalFileName, listJournals } from './journal.js';
import {
  batch,
  crashImage,
  dump,
  expectCorrupt,
  lastJournal,
  open,
  removeTempDirs,
  tempDir,
} from '../../../test-support/store/embedded-durability.js';

afterEach(removeTempDirs);

describe('embedded store durability', () => {
  it('creates the data directory and keeps everything across close and reopen', async () => {
    const dataDir = path.join(tempDir(), 'nested', 'data');
    const { store } = await open(dataDir);
    await store.upsert(batch(0, 20));
    await store.applyChanges([
      { op: 'updateNode', id: 'ins-3', properties: { name: 'Umbenannt', location: null } },
      { op: 'deleteNode', id: 'ins-7' },
    ]);
    const before = await dump(store);
    await store.close();
    expect(fs.existsSync(path.join(dataDir, 'LOCK'))).toBe(false);
    const { store: again, warnings } = await open(dataDir);
    expect(await dump(again)).toEqual(before);
    expect(warnings).toEqual([]);
    await again.close();
  });

  it('replays the journal after a crash, with and without snapshots in between', async () => {
    for (const threshold of [undefined, 4096]) {
      const dataDir = tempDir();
      const { store } = await open(dataDir, threshold);
      for (let i = 0; i < 10; i++) await store.upsert(batch(i * 10, 10, `Runde${i}`));
      await store.applyChanges([{ op: 'deleteNode', id: 'ins-55' }]);
      const image = crashImage(dataDir);
      expect(fs.existsSync(path.join(image, SNAPSHOT_FILE))).toBe(threshold !== undefined);
      const { store: recovered, warnings } = await open(image);
      expect(await dump(recovered)).toEqual(await dump(store));
      expect(warnings.join()).toMatch(/stale lock/);
      await recovered.close();
      await store.close();
    }
  });

  it('cuts off and reports a torn journal tail, keeping every earlier record', async () => {
    const dataDir = tempDir();
    const { store } = await open(dataDir);
    await store.upsert(batch(0, 5));
    await store.upsert(batch(5, 5));
    const expected = await dump(store);
    const image = crashImage(dataDir);
    const partial = encodeRecord({ seq: 3, ops: [] }).subarray(0, 9);
    fs.appendFileSync(lastJournal(image), partial);
    const { store: recovered, warnings } = await open(image);
    expect(await dump(recovered)).toEqual(expected);
    expect(warnings.join()).toMatch(/incomplete record/);
    expect((await recovered.health()).message).toMatch(/incomplete record/);
    expect(fs.readdirSync(image).some((name) => /\.log\.torn-/.test(name))).toBe(true);
    // Writing goes on after the repaired end, and the next open is clean.
    await recovered.upsert(batch(100, 2));
    await recovered.close();
    const { store: third, warnings: none } = await open(image);
    expect(none).toEqual([]);
    expect(await third.getNodes(['ins-0', 'ins-101'])).toHaveLength(2);
    await third.close();
    await store.close();
  });

  it('drops a last record with a bad checksum (never acknowledged) and keeps the rest', async () => {
    const dataDir = tempDir();
    const { store } = await open(dataDir);
    await store.upsert(batch(0, 5));
    await store.upsert(batch(5, 5));
    const image = crashImage(dataDir);
    const file = lastJournal(image);
    const data = fs.readFileSync(file);
    data.writeUInt8(data.readUInt8(data.length - 3) ^ 0x20, data.length - 3);
    fs.writeFileSync(file, data);
    const { store: recovered, warnings } = await open(image);
    expect((await recovered.getNodes(['ins-0', 'ins-4', 'ins-5'])).map((n) => n.id)).toEqual([
      'ins-0',
      'ins-4',
    ]);
    expect(warnings.join()).toMatch(/torn-/);
    await recovered.close();
    await store.close();
  });

  it('refuses to open when damage is followed by intact records', async () => {
    const dataDir = tempDir();
    const { store } = await open(dataDir);
    for (let i = 0; i < 3; i++) await store.upsert(batch(i * 5, 5));
    const image = crashImage(dataDir);
    const file = lastJournal(image);
    const data = fs.readFileSync(file);
    data.writeUInt8(data.readUInt8(16 + 30) ^ 0x01, 16 + 30); // inside the first record's payload
    fs.writeFileSync(file, data);
    fs.rmSync(path.join(image, 'LOCK'));
    await expectCorrupt(image, /damaged at byte 16 and intact records follow/);
    await store.close();
  });

  it('refuses unknown on-disk format versions, damaged snapshots and missing journals', async () => {
    const dataDir = tempDir();
    const { store } = await open(dataDir);
    await store.upsert(batch(0, 5));
    await store.close();
    const version = (file: string) => {
      const data = fs.readFileSync(file);
      data.writeUInt32LE(99, 8);
      fs.writeFileSync(file, data);
    };
    const badSnapshot = crashImage(dataDir);
    version(path.join(badSnapshot, SNAPSHOT_FILE));
    await expectCorrupt(badSnapshot, /format version 99/);
    const damagedSnapshot = crashImage(dataDir);
    const snapshot = fs.readFileSync(path.join(damagedSnapshot, SNAPSHOT_FILE));
    snapshot.writeUInt8(snapshot.readUInt8(snapshot.length - 2) ^ 0x01, snapshot.length - 2);
    fs.writeFileSync(path.join(damagedSnapshot, SNAPSHOT_FILE), snapshot);
    await expectCorrupt(damagedSnapshot, /snapshot\.nzr is damaged/);
    const badJournal = crashImage(dataDir);
    version(lastJournal(badJournal));
    await expectCorrupt(badJournal, /format version 99/);
    const gap = crashImage(dataDir);
    const generation = listJournals(gap).at(-1) ?? 0;
    fs.renameSync(
      path.join(gap, journalFileName(generation)),
      path.join(gap, journalFileName(generation + 1)),
    );
    await expectCorrupt(gap, /is missing/);
  });
});

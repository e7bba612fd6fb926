/** Durability of the embedded store's system records: reopen, journal replay, snapshots, version-1 files. */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { AuditEntry, GraphStore } from '../port.js';
import { account } from '../contract/accounts.js';
import { allAudit } from '../contract/audit.js';
import { listJournals } from './journal.js';
import { FORMAT_VERSION, headerVersion } from './records.js';
import { SNAPSHOT_FILE } from './snapshot.js';
import {
  batch,
  crashImage,
  dump,
  lastJournal,
  open,
  removeTempDirs,
  tempDir,
} from '../../../test-support/store/embedded-durability.js';

afterEach(removeTempDirs);

async function systemDump(store: GraphStore) {
  const accounts = await store.listAccounts({ first: 100 });
  const audit: AuditEntry[] = await allAudit(store);
  return { accounts: accounts.accounts, audit, graph: await dump(store) };
}

async function writeSystemRecords(store: GraphStore, from: number): Promise<void> {
  const audit = { actorId: 'acc-admin', action: 'import.apply' };
  await store.upsert(batch(from, 5), audit);
  await store.saveAccount(account(`acc-${from}`, `user${from}@example.org`), undefined, audit);
  await store.saveAccount(
    account(`acc-${from}`, `User${from}@Example.org`, { role: 'admin' }),
    1,
    audit,
  );
  await store.applyChanges([{ op: 'deleteNode', id: `ins-${from}` }], {
    actorId: null,
    action: 'node.delete',
  });
}

describe('embedded store system records durability', () => {
  it('keeps accounts and audit across close and reopen (snapshot) and after a crash (journal)', async () => {
    for (const threshold of [undefined, 2048]) {
      const dataDir = tempDir();
      const { store } = await open(dataDir, threshold);
      for (let i = 0; i < 4; i++) await writeSystemRecords(store, i * 10);
      await store.deleteAccount('acc-10', { actorId: 'acc-admin', action: 'account.delete' });
      const before = await systemDump(store);
      expect(before.accounts).toHaveLength(3);
      expect(before.audit).toHaveLength(17);
      const image = crashImage(dataDir);
      const { store: recovered } = await open(image);
      expect(await systemDump(recovered)).toEqual(before);
      await recovered.close();
      await store.close();
      expect(fs.existsSync(path.join(dataDir, SNAPSHOT_FILE))).toBe(true);
      const { store: reopened } = await open(dataDir);
      expect(await systemDump(reopened)).toEqual(before);
      expect(await reopened.getAccount({ email: 'USER30@example.org' })).toMatchObject({
        version: 2,
      });
      // New entries still sort after the loaded ones.
      await reopened.applyChanges([{ op: 'deleteNode', id: 'ins-1' }], {
        actorId: null,
        action: 'later',
      });
      expect((await reopened.listAudit({ first: 1 })).entries[0]?.action).toBe('later');
      await reopened.close();
    }
  });

  it('makes clear({ system: true }) durable, and clear() keeps system records durably', async () => {
    const dataDir = tempDir();
    const { store } = await open(dataDir);
    await writeSystemRecords(store, 0);
    await store.clear();
    const kept = crashImage(dataDir);
    await store.clear({ system: true });
    const cleared = crashImage(dataDir);
    await store.close();
    const { store: a } = await open(kept);
    expect(await allAudit(a)).toHaveLength(4);
    expect(await a.getAccount({ id: 'acc-0' })).not.toBeNull();
    expect((await a.stats()).nodes.Institution).toBe(0);
    await a.close();
    const { store: b } = await open(cleared);
    expect(await allAudit(b)).toEqual([]);
    expect((await b.listAccounts({ first: 10 })).accounts).toEqual([]);
    await b.close();
  });

  it(`opens version-1 files and never appends version-${FORMAT_VERSION} records to them`, async () => {
    const dataDir = tempDir();
    const { store } = await open(dataDir);
    await store.upsert(batch(0, 5));
    const image = crashImage(dataDir);
    await store.close();
    // A journal of the previous build: same framing, version 1 header, only graph ops.
    const old = lastJournal(image);
    const data = fs.readFileSync(old);
    data.writeUInt32LE(1, 8);
    fs.writeFileSync(old, data);
    const oldGeneration = listJournals(image).at(-1);
    const { store: upgraded } = await open(image);
    expect((await upgraded.stats()).nodes.Institution).toBe(5);
    await upgraded.saveAccount(account('acc-1', 'a@example.org'));
    const after = crashImage(image);
    await upgraded.close();
    expect(fs.readFileSync(old)).toEqual(data);
    const newest = lastJournal(after);
    expect(listJournals(after).at(-1)).toBe((oldGeneration ?? 0) + 1);
    expect(headerVersion(fs.readFileSync(newest))).toBe(FORMAT_VERSION);
    const { store: replayed } = await open(after);
    expect(await replayed.getAccount({ id: 'acc-1' })).not.toBeNull();
    expect((await replayed.stats()).nodes.Institution).toBe(5);
    await replayed.close();

    // A version-1 snapshot (no system records) opens too.
    const plainDir = tempDir();
    const { store: graphOnly } = await open(plainDir);
    await graphOnly.upsert(batch(0, 3));
    await graphOnly.close();
    const snapshotFile = path.join(plainDir, SNAPSHOT_FILE);
    const snapshot = fs.readFileSync(snapshotFile);
    snapshot.writeUInt32LE(1, 8);
    fs.writeFileSync(snapshotFile, snapshot);
    const { store: fromV1 } = await open(plainDir);
    expect((await fromV1.stats()).nodes.Institution).toBe(3);
    expect(await allAudit(fromV1)).toEqual([]);
    await fromV1.close();
  });
});

/** Embedded store: crash-safety of each snapshot step, the directory lock, and use after close. */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isStoreError } from '../errors.js';
import { openEmbeddedStore } from './embedded-store.js';
import { Journal, journalFileName } from './journal.js';
import { LEASE_MS, pidScope } from './lock.js';
import { SNAPSHOT_FILE } from './snapshot.js';
import {
  batch,
  crashImage,
  deadPid,
  open,
  removeTempDirs,
  tempDir,
} from '../../../test-support/store/embedded-durability.js';

afterEach(removeTempDirs);

describe('embedded store snapshots and lock', () => {
  it('ignores half-written temp files and journals a snapshot already covers', async () => {
    const dataDir = tempDir();
    const { store } = await open(dataDir);
    await store.upsert(batch(0, 5));
    const beforeSnapshot = crashImage(dataDir);
    await store.upsert(batch(5, 5));
    await store.close(); // snapshot covering journal 1; journal 1 deleted
    const image = crashImage(dataDir);
    // A crash between the snapshot's rename and the deletion of the journal it covers leaves both behind.
    fs.copyFileSync(
      path.join(beforeSnapshot, journalFileName(1)),
      path.join(image, journalFileName(1)),
    );
    fs.writeFileSync(path.join(image, `${SNAPSHOT_FILE}.tmp`), 'half a snapshot');
    fs.writeFileSync(path.join(image, `${journalFileName(7)}.tmp`), 'NZRJ');
    const { store: recovered, warnings } = await open(image);
    expect(warnings.join()).not.toMatch(/torn/);
    expect((await recovered.stats()).nodes.Institution).toBe(10);
    expect(fs.readdirSync(image).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    expect(fs.existsSync(path.join(image, journalFileName(1)))).toBe(false);
    await recovered.close();
  });

  it('stops writing when a snapshot replaced the old one but the journal could not rotate', async () => {
    const dataDir = tempDir();
    const { store, warnings } = await open(dataDir, 1);
    const create = vi.spyOn(Journal, 'create').mockImplementationOnce(() => {
      throw new Error('disk full');
    });
    try {
      // The write itself is durable before the snapshot starts, so it is acknowledged.
      await store.upsert(batch(0, 5));
    } finally {
      create.mockRestore();
    }
    expect(warnings.join()).toMatch(/could not start a new journal/);
    expect((await store.health()).ok).toBe(false);
    await expect(store.upsert(batch(10, 1))).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE' });
    // As after a crash at that moment: the snapshot covers the old journal, which is dropped on open.
    const image = crashImage(dataDir);
    const { store: recovered } = await open(image);
    expect((await recovered.stats()).nodes.Institution).toBe(5);
    expect((await recovered.health()).ok).toBe(true);
    await recovered.upsert(batch(10, 1));
    await recovered.close();
    await store.close();
  });

  it('goes on with the journal when a snapshot fails before replacing the old one', async () => {
    const dataDir = tempDir();
    const { store, warnings } = await open(dataDir, 1);
    fs.mkdirSync(path.join(dataDir, `${SNAPSHOT_FILE}`)); // a directory in the way makes the rename fail
    await store.upsert(batch(0, 5));
    expect(warnings.join()).toMatch(/snapshot failed, continuing with the journal/);
    expect((await store.health()).ok).toBe(true);
    await store.upsert(batch(5, 5));
    const image = crashImage(dataDir);
    fs.rmdirSync(path.join(image, SNAPSHOT_FILE));
    const { store: recovered } = await open(image);
    expect((await recovered.stats()).nodes.Institution).toBe(10);
    await recovered.close();
    fs.rmdirSync(path.join(dataDir, SNAPSHOT_FILE));
    await store.close();
  });

  it('locks the data directory and takes over a stale lock', async () => {
    const dataDir = tempDir();
    const { store } = await open(dataDir);
    const error: unknown = await openEmbeddedStore({ dataDir }).catch((e: unknown) => e);
    expect(isStoreError(error, 'STORE_UNAVAILABLE')).toBe(true);
    expect(String(error)).toMatch(/in use by this process/);
    await store.close();
    fs.writeFileSync(path.join(dataDir, 'LOCK'), `${deadPid()}\n`);
    const { store: again, warnings } = await open(dataDir);
    expect(warnings.join()).toMatch(/stale lock/);
    const [owner] = fs.readFileSync(path.join(dataDir, 'LOCK'), 'utf8').split(' ');
    expect(owner).toBe(String(process.pid));
    await again.close();
  });

  it.skipIf(process.platform !== 'linux')('tells a live owner from a reused pid', async () => {
    const dataDir = tempDir();
    const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], {
      stdio: 'ignore',
    });
    try {
      const pid = child.pid ?? 0;
      const start = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ')[19];
      fs.writeFileSync(path.join(dataDir, 'LOCK'), `${pid} ${start}\n`);
      const error: unknown = await openEmbeddedStore({ dataDir }).catch((e: unknown) => e);
      expect(String(error)).toMatch(new RegExp(`in use by process ${pid}`));
      // Same pid, other start time: a new process got the pid of a dead owner.
      fs.writeFileSync(path.join(dataDir, 'LOCK'), `${pid} 1\n`);
      const { store, warnings } = await open(dataDir);
      expect(warnings.join()).toMatch(/stale lock/);
      await store.close();
      // Our own pid in a lock we do not hold: left by an earlier server with the same pid (pid 1 in a container).
      fs.writeFileSync(path.join(dataDir, 'LOCK'), `${process.pid}\n`);
      const { store: again } = await open(dataDir);
      await again.close();
    } finally {
      child.kill('SIGKILL');
    }
  });

  // Issue 14, item 3: a server in another PID namespace (a second container on the same volume) compared pids,
  // found "no such process" and took over the live lock; both servers acknowledged writes.
  it('respects a live lock from another PID namespace or host until its lease runs out', async () => {
    const dataDir = tempDir();
    const lockFile = path.join(dataDir, 'LOCK');
    // The owner's pid does not exist here, which is what a pid from another namespace looks like.
    fs.writeFileSync(lockFile, `${deadPid()} 4711 pid:[4026500000]@another-boot-id\n`);
    const error: unknown = await openEmbeddedStore({ dataDir }).catch((e: unknown) => e);
    expect(isStoreError(error, 'STORE_UNAVAILABLE')).toBe(true);
    expect(String(error)).toMatch(
      /in another PID namespace or on another host \(lease renewed 0 s ago\)/,
    );
    // Not renewed for longer than the lease: its owner is gone.
    const expired = new Date(Date.now() - LEASE_MS - 1000);
    fs.utimesSync(lockFile, expired, expired);
    const { store, warnings } = await open(dataDir);
    expect(warnings.join()).toMatch(/stale lock/);
    expect(fs.readFileSync(lockFile, 'utf8')).toContain(pidScope());
    await store.close();
  });

  it.skipIf(process.platform !== 'linux')(
    'renews its own lease while it holds the lock',
    async () => {
      const dataDir = tempDir();
      const { store } = await open(dataDir);
      const lockFile = path.join(dataDir, 'LOCK');
      expect(fs.readFileSync(lockFile, 'utf8').trim().split(' ')).toHaveLength(3);
      const old = new Date(Date.now() - LEASE_MS);
      fs.utimesSync(lockFile, old, old);
      await vi.waitFor(() => expect(fs.statSync(lockFile).mtimeMs).toBeGreaterThan(old.getTime()), {
        timeout: 15_000,
        interval: 200,
      });
      await store.close();
    },
  );

  it('refuses work after close', async () => {
    const { store } = await open(tempDir());
    await store.close();
    await store.close();
    await expect(store.getNodes(['x'])).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE' });
    await expect(store.upsert(batch(0, 1))).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE' });
    expect((await store.health()).ok).toBe(false);
  });
});

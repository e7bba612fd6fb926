/**
 * The data directory holds personal data and password hashes (issue 14, item 7): it must be owner-only (0700),
 * every file in it 0600, also for a store written by an older version with 0755/0644.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openEmbeddedStore } from './embedded-store.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function modes(dir: string): { dir: number; files: Record<string, number> } {
  const files: Record<string, number> = {};
  for (const name of fs.readdirSync(dir))
    files[name] = fs.statSync(path.join(dir, name)).mode & 0o777;
  return { dir: fs.statSync(dir).mode & 0o777, files };
}

async function writeSomething(dataDir: string): Promise<void> {
  const store = await openEmbeddedStore({ dataDir, snapshotThresholdBytes: 1024 });
  await store.upsert({
    nodes: [{ label: 'Person', id: 'per-1', properties: { name: 'Anna', visibility: 'members' } }],
    relationships: [],
  });
  await store.close();
}

describe('embedded store file permissions', () => {
  it('creates the directory 0700 and every file 0600, the lock and the journal included', async () => {
    const base = fs.mkdtempSync(path.join(os.tmpdir(), 'nzr-perm-'));
    dirs.push(base);
    const dataDir = path.join(base, 'data');
    const store = await openEmbeddedStore({ dataDir });
    await store.upsert({
      nodes: [
        { label: 'Person', id: 'per-1', properties: { name: 'Anna', visibility: 'members' } },
      ],
      relationships: [],
    });
    const open = modes(dataDir);
    expect(Object.keys(open.files)).toContain('LOCK');
    await store.close();
    const closed = modes(dataDir);
    expect(Object.keys(closed.files).some((name) => name.startsWith('journal-'))).toBe(true);
    for (const found of [open, closed]) {
      expect(found.dir.toString(8)).toBe('700');
      for (const [name, mode] of Object.entries(found.files))
        expect(`${name} ${mode.toString(8)}`).toBe(`${name} 600`);
    }
  });

  it('makes an older store with world-readable files owner-only when it opens', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'nzr-perm-old-'));
    dirs.push(dataDir);
    await writeSomething(dataDir);
    fs.chmodSync(dataDir, 0o755);
    for (const name of fs.readdirSync(dataDir)) fs.chmodSync(path.join(dataDir, name), 0o644);
    await writeSomething(dataDir);
    const found = modes(dataDir);
    expect(found.dir.toString(8)).toBe('700');
    for (const [name, mode] of Object.entries(found.files))
      expect(`${name} ${mode.toString(8)}`).toBe(`${name} 600`);
  });
});

/**
 * Exclusive lock on a data directory: a LOCK file created with O_EXCL holding the owner's pid, start time, PID
 * namespace and boot id, and renewed (its mtime) every few seconds while the owner lives. Two processes never
 * append to the same journal. A lock whose owner is gone (the server was killed) is stale and taken over, so a
 * crashed server restarts without manual steps:
 * - same PID namespace and boot: the pid tells (with the start time, since a restarted container often gives
 *   the new server the very pid, e.g. 1, of the one that died);
 * - another PID namespace or host (two containers sharing a volume, a rolling update): a pid means nothing
 *   there, so only a lease that was not renewed for LEASE_MS counts as stale. Comparing pids across
 *   namespaces once let a second server take over a live lock, and both acknowledged writes.
 */
import fs from 'node:fs';
import path from 'node:path';
import { StoreError } from '../errors.js';
import { PRIVATE_FILE_MODE } from './files.js';

export const LOCK_FILE = 'LOCK';
/** A foreign owner's lock is stale when not renewed for this long. */
export const LEASE_MS = 30_000;
const RENEW_MS = 5_000;

/** Lock files held by this process, so a second open of the same directory in-process fails too. */
const held = new Set<string>();

export interface DirectoryLock {
  release(): void;
}

/** Start time of a process in clock ticks since boot (Linux /proc), or undefined where unknown. */
function startTimeOf(pid: number): string | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return undefined;
  }
}

function isRunning(pid: number, startTime: string | undefined): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  const actual = startTimeOf(pid);
  return startTime === undefined || actual === undefined || actual === startTime;
}

function readOr(read: () => string): string {
  try {
    return read().trim();
  } catch {
    return '';
  }
}

/** Where pids mean the same: this PID namespace on this boot of this machine ('' where unknown). */
export function pidScope(): string {
  const namespace = readOr(() => fs.readlinkSync('/proc/self/ns/pid'));
  const boot = readOr(() => fs.readFileSync('/proc/sys/kernel/random/boot_id', 'utf8'));
  return namespace && boot ? `${namespace}@${boot}` : '';
}

interface LockOwner {
  readonly pid: number;
  readonly startTime: string | undefined;
  readonly scope: string;
}

function parseOwner(content: string): LockOwner {
  const [pidText, startTime, scope] = content.trim().split(/\s+/);
  return {
    pid: Number.parseInt(pidText ?? '', 10),
    startTime: startTime || undefined,
    scope: scope ?? '',
  };
}

/** Why the lock must be respected, or null when it is stale. */
function liveOwner(owner: LockOwner, file: string, ourScope: string): string | null {
  const valid = Number.isInteger(owner.pid) && owner.pid > 0;
  // Same namespace, or a lock written before locks named theirs (or where there are no namespaces).
  if (owner.scope === '' || owner.scope === ourScope) {
    return valid && owner.pid !== process.pid && isRunning(owner.pid, owner.startTime)
      ? `process ${owner.pid}`
      : null;
  }
  // Another namespace or host: only the lease can tell.
  const renewedMsAgo = Date.now() - fs.statSync(file).mtimeMs;
  return renewedMsAgo < LEASE_MS
    ? `process ${valid ? owner.pid : '?'} in another PID namespace or on another host (lease renewed ${Math.max(0, Math.round(renewedMsAgo / 1000))} s ago)`
    : null;
}

function tryCreate(file: string): boolean {
  try {
    const fd = fs.openSync(file, 'wx', PRIVATE_FILE_MODE);
    fs.writeSync(fd, `${process.pid} ${startTimeOf(process.pid) ?? '-'} ${pidScope()}\n`);
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

/** Holds the lock: renews its lease until released (the timer never keeps the process alive). */
function holdLock(file: string): DirectoryLock {
  held.add(file);
  const renew = setInterval(() => {
    const now = new Date();
    try {
      fs.utimesSync(file, now, now);
    } catch {
      // Gone or unwritable: the next write to the store reports the real problem.
    }
  }, RENEW_MS);
  renew.unref();
  return {
    release: () => {
      clearInterval(renew);
      held.delete(file);
      fs.rmSync(file, { force: true });
    },
  };
}

function inUse(dataDir: string, file: string, owner: string): StoreError {
  return new StoreError(
    'STORE_UNAVAILABLE',
    `data directory ${dataDir} is in use by ${owner}; stop it first (or delete ${file} if no server is running)`,
  );
}

export function acquireLock(dataDir: string, warn: (message: string) => void): DirectoryLock {
  const file = path.join(dataDir, LOCK_FILE);
  if (held.has(file)) throw inUse(dataDir, file, 'this process');
  const ourScope = pidScope();
  for (let attempt = 0; attempt < 3; attempt++) {
    if (tryCreate(file)) return holdLock(file);
    let owner: LockOwner;
    let live: string | null;
    try {
      owner = parseOwner(fs.readFileSync(file, 'utf8'));
      live = liveOwner(owner, file, ourScope);
    } catch {
      continue; // Removed between our attempt and the read: try again.
    }
    if (live) throw inUse(dataDir, file, live);
    warn(`taking over stale lock ${file} of process ${owner.pid || '?'}, which is not running`);
    fs.rmSync(file, { force: true });
  }
  throw new StoreError('STORE_UNAVAILABLE', `could not lock data directory ${dataDir}`);
}

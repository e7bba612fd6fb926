/**
 * Exclusive lock on a data directory: a LOCK file created with O_EXCL holding the owner's pid (and, on Linux,
 * the owner's start time). Two processes never append to the same journal. A lock whose owner is gone (the
 * server was killed) is stale and taken over, so a crashed server restarts without manual steps. The start
 * time tells a reused pid from the owner: in a restarted container the new server often gets the very pid
 * (e.g. 1) of the one that died.
 */
import fs from 'node:fs';
import path from 'node:path';
import { StoreError } from '../errors.js';
import { PRIVATE_FILE_MODE } from './files.js';

export const LOCK_FILE = 'LOCK';

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

function tryCreate(file: string): boolean {
  try {
    const fd = fs.openSync(file, 'wx', PRIVATE_FILE_MODE);
    fs.writeSync(fd, `${process.pid} ${startTimeOf(process.pid) ?? ''}\n`);
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
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
  for (let attempt = 0; attempt < 3; attempt++) {
    if (tryCreate(file)) {
      held.add(file);
      return {
        release: () => {
          held.delete(file);
          fs.rmSync(file, { force: true });
        },
      };
    }
    let content: string;
    try {
      content = fs.readFileSync(file, 'utf8');
    } catch {
      continue; // Removed between our attempt and the read: try again.
    }
    const [pidText, startTime] = content.trim().split(/\s+/);
    const owner = Number.parseInt(pidText ?? '', 10);
    const valid = Number.isInteger(owner) && owner > 0;
    if (valid && owner !== process.pid && isRunning(owner, startTime || undefined)) {
      throw inUse(dataDir, file, `process ${owner}`);
    }
    warn(`taking over stale lock ${file} of process ${valid ? owner : '?'}, which is not running`);
    fs.rmSync(file, { force: true });
  }
  throw new StoreError('STORE_UNAVAILABLE', `could not lock data directory ${dataDir}`);
}

/** File-system helpers for crash-safe writes: full writes, fsync of files and of the directory entry. */
import fs from 'node:fs';
import path from 'node:path';

/** Writes all of `data` (writeSync may write less than asked), at `position` or the current offset. */
export function writeFully(fd: number, data: Buffer, position?: number): void {
  let written = 0;
  while (written < data.length) {
    const at = position === undefined ? null : position + written;
    written += fs.writeSync(fd, data, written, data.length - written, at);
  }
}

/** Makes creations, renames and deletions in `dir` durable (a renamed file is only safe once this returns). */
export function fsyncDirectory(dir: string): void {
  // Windows cannot open or fsync a directory; its renames are durable through the file system's own log.
  if (process.platform === 'win32') return;
  const fd = fs.openSync(dir, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** The store's files hold personal data and password hashes: only the owner may read them. */
export const PRIVATE_FILE_MODE = 0o600;
export const PRIVATE_DIR_MODE = 0o700;

/**
 * Creates the data directory (or takes an existing one) owner-only, and makes the files already in it
 * owner-only too: stores written before files were created 0600 (they were 0644 in a 0755 directory).
 */
export function makePrivateDirectory(dir: string): void {
  fs.mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  fs.chmodSync(dir, PRIVATE_DIR_MODE);
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.isFile()) fs.chmodSync(path.join(dir, entry.name), PRIVATE_FILE_MODE);
  }
}

/** Writes a whole file durably under its final name: temp file, fsync, rename, directory fsync. */
export function writeFileAtomically(file: string, chunks: Iterable<Buffer>): void {
  const temp = `${file}.tmp`;
  const fd = fs.openSync(temp, 'w', PRIVATE_FILE_MODE);
  try {
    let pending: Buffer[] = [];
    let size = 0;
    for (const chunk of chunks) {
      pending.push(chunk);
      size += chunk.length;
      // Write in slices of a few MB: no giant string or buffer for a large graph.
      if (size > 4 << 20) {
        writeFully(fd, Buffer.concat(pending));
        pending = [];
        size = 0;
      }
    }
    writeFully(fd, Buffer.concat(pending));
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(temp, file);
  fsyncDirectory(path.dirname(file));
}

export function timestampForFileName(): string {
  return new Date().toISOString().replace(/[:.]/g, '-');
}

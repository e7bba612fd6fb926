/**
 * The journal: one append-only file per generation holding one framed record (records.ts) per committed
 * transaction. A record is written and fsynced before the write is acknowledged and before memory changes,
 * so every acknowledged write survives a crash (kill -9, power loss with honest disks).
 */
import fs from 'node:fs';
import path from 'node:path';
import { StoreError } from '../errors.js';
import { timestampForFileName, writeFileAtomically, writeFully } from './files.js';
import {
  HEADER_BYTES,
  decodeHeader,
  encodeHeader,
  encodeRecord,
  headerVersion,
  readRecords,
} from './records.js';

const NAME = /^journal-(\d{8})\.log$/;

export function journalFileName(generation: number): string {
  return `journal-${String(generation).padStart(8, '0')}.log`;
}

/** Generations of the journal files in `dir`, ascending. */
export function listJournals(dir: string): number[] {
  return fs
    .readdirSync(dir)
    .flatMap((name) => {
      const match = NAME.exec(name);
      return match?.[1] ? [Number(match[1])] : [];
    })
    .sort((a, b) => a - b);
}

/**
 * Reads a journal. Damage after the last intact record is a torn tail when no intact record follows it (a
 * write cut short by a crash): when `repairTail` is set it is moved aside to `<file>.torn-<time>` and cut off,
 * and reported. Intact records after damage mean real corruption: refused, since dropping them loses data.
 */
export function readJournal(
  dir: string,
  generation: number,
  repairTail: boolean,
): { payloads: unknown[]; version: number; tornTail?: string } {
  const file = path.join(dir, journalFileName(generation));
  const data = fs.readFileSync(file);
  if (decodeHeader('journal', data, file) !== generation) {
    throw new StoreError('STORE_CORRUPT', `${file} holds the wrong generation`);
  }
  const version = headerVersion(data);
  const { payloads, validEnd, damage } = readRecords(data);
  if (damage === 'none') return { payloads, version };
  if (damage === 'middle' || !repairTail) {
    const why = damage === 'middle' ? 'intact records follow' : 'newer journals follow';
    throw new StoreError(
      'STORE_CORRUPT',
      `${file} is damaged at byte ${validEnd} and ${why}; refusing to open rather than drop ` +
        'committed data. Restore the data directory from a backup.',
    );
  }
  const aside = `${file}.torn-${timestampForFileName()}`;
  writeFileAtomically(aside, [data.subarray(validEnd)]);
  const fd = fs.openSync(file, 'r+');
  try {
    fs.ftruncateSync(fd, validEnd);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  const tornTail =
    `journal ${file} ended in ${data.length - validEnd} bytes of an incomplete record (a write cut short ` +
    `by a crash; never acknowledged); moved them to ${aside}`;
  return { payloads, version, tornTail };
}

export class Journal {
  private constructor(
    readonly generation: number,
    private readonly fd: number,
    private bytes: number,
  ) {}

  /** Creates an empty journal atomically (header written to a temp file, then renamed). */
  static create(dir: string, generation: number): Journal {
    writeFileAtomically(path.join(dir, journalFileName(generation)), [
      encodeHeader('journal', generation),
    ]);
    return Journal.open(dir, generation);
  }

  static open(dir: string, generation: number): Journal {
    const fd = fs.openSync(path.join(dir, journalFileName(generation)), 'r+');
    return new Journal(generation, fd, fs.fstatSync(fd).size);
  }

  get size(): number {
    return this.bytes;
  }

  get hasRecords(): boolean {
    return this.bytes > HEADER_BYTES;
  }

  /**
   * Appends one record durably. On failure the file is cut back so no partial record stays in the middle.
   * First it checks that the file still ends where this process last wrote: if it grew, another process has
   * appended (two servers on one data directory despite the lock); writing on would put our record after
   * theirs, or cutting back would destroy theirs, so the write is refused and nothing is touched.
   */
  append(payload: unknown): void {
    const size = fs.fstatSync(this.fd).size;
    if (size !== this.bytes) {
      throw new StoreError(
        'STORE_UNAVAILABLE',
        `journal ${journalFileName(this.generation)} is ${size} bytes, but this process wrote ${this.bytes}: ` +
          'another process has written to this data directory; writes stop here (restart, and check that only ' +
          'one server uses it)',
      );
    }
    const record = encodeRecord(payload);
    try {
      writeFully(this.fd, record, this.bytes);
      fs.fsyncSync(this.fd);
    } catch (error) {
      try {
        fs.ftruncateSync(this.fd, this.bytes);
        fs.fsyncSync(this.fd);
      } catch {
        // A partial record may now sit at the end; one more append would put damage in the middle.
        throw new StoreError(
          'STORE_UNAVAILABLE',
          `journal write failed and could not be undone: ${String(error)}`,
        );
      }
      throw error;
    }
    this.bytes += record.length;
  }

  close(): void {
    fs.closeSync(this.fd);
  }
}

/**
 * Framing shared by the journal and the snapshot files.
 *
 * A file starts with a 16-byte header: an 8-byte magic naming the file kind, the on-disk format version (u32 LE)
 * and a generation number (u32 LE). Then come records: a 4-byte record marker, the payload length (u32 LE), the
 * CRC-32 of the payload (u32 LE) and the payload (UTF-8 JSON). The marker starts with 0xF5, a byte that never
 * occurs in UTF-8, so a scan for later valid records after a damaged one cannot be fooled by JSON text; that
 * scan is what tells a torn tail (nothing valid after the damage) from damage in the middle (valid records after).
 */
import CRC32 from 'crc-32';
import { StoreError } from '../errors.js';

/**
 * Version 2 added system records (account and audit ops in the journal, account and audit chunks in the
 * snapshot). Version 1 files are still read (they simply hold none); they are never appended to, so a server of
 * the previous build refuses the newer files instead of silently dropping records it does not know.
 * Version 3 added introductions (putIntroduction ops, introduction chunks), for the same reason.
 * Version 4 added tie proposals (putTieProposal ops, tie proposal chunks `t`), version 5 entry proposals
 * (putProposal ops, proposal chunks), for the same reason.
 */
export const FORMAT_VERSION = 5;
export const READABLE_VERSIONS: readonly number[] = [1, 2, 3, 4, 5];
export const HEADER_BYTES = 16;
const RECORD_MARKER = Buffer.from([0xf5, 0x4e, 0x5a, 0x52]);
const RECORD_OVERHEAD = 12;
/** Larger payloads are treated as damage (an upsert batch of 50,000 items stays far below). */
const MAX_PAYLOAD_BYTES = 1 << 30;

export type FileKind = 'journal' | 'snapshot';
const MAGIC: Record<FileKind, string> = { journal: 'NZRJRNL\0', snapshot: 'NZRSNAP\0' };

export function encodeHeader(kind: FileKind, generation: number): Buffer {
  const header = Buffer.alloc(HEADER_BYTES);
  header.write(MAGIC[kind], 0, 'latin1');
  header.writeUInt32LE(FORMAT_VERSION, 8);
  header.writeUInt32LE(generation, 12);
  return header;
}

/** The on-disk format version in a header that decodeHeader accepted. */
export function headerVersion(data: Buffer): number {
  return data.readUInt32LE(8);
}

/** Reads and checks a file header; returns the generation. Unknown versions are refused, never guessed at. */
export function decodeHeader(kind: FileKind, data: Buffer, file: string): number {
  if (data.length < HEADER_BYTES || data.toString('latin1', 0, 8) !== MAGIC[kind]) {
    throw new StoreError(
      'STORE_CORRUPT',
      `${file} is not a ${kind} file of this store (bad header)`,
    );
  }
  const version = data.readUInt32LE(8);
  if (!READABLE_VERSIONS.includes(version)) {
    throw new StoreError(
      'STORE_CORRUPT',
      `${file} has on-disk format version ${version}; this server reads versions ${READABLE_VERSIONS.join(', ')} only`,
    );
  }
  return data.readUInt32LE(12);
}

export function crc32(data: Uint8Array): number {
  return CRC32.buf(data) >>> 0;
}

export function encodeRecord(payload: unknown): Buffer {
  const body = Buffer.from(JSON.stringify(payload), 'utf8');
  const head = Buffer.alloc(RECORD_OVERHEAD);
  RECORD_MARKER.copy(head, 0);
  head.writeUInt32LE(body.length, 4);
  head.writeUInt32LE(crc32(body), 8);
  return Buffer.concat([head, body]);
}

/** The record starting at `offset`, or undefined if there is no intact record there. */
export function recordAt(
  data: Buffer,
  offset: number,
): { payload: unknown; next: number } | undefined {
  if (offset + RECORD_OVERHEAD > data.length) return undefined;
  if (data.compare(RECORD_MARKER, 0, 4, offset, offset + 4) !== 0) return undefined;
  const length = data.readUInt32LE(offset + 4);
  const end = offset + RECORD_OVERHEAD + length;
  if (length > MAX_PAYLOAD_BYTES || end > data.length) return undefined;
  const body = data.subarray(offset + RECORD_OVERHEAD, end);
  if (crc32(body) !== data.readUInt32LE(offset + 8)) return undefined;
  try {
    return { payload: JSON.parse(body.toString('utf8')) as unknown, next: end };
  } catch {
    return undefined;
  }
}

export interface ReadResult {
  readonly payloads: unknown[];
  /** Offset after the last intact record. */
  readonly validEnd: number;
  /** Whether bytes after validEnd hold no intact record (a torn tail) or some (damage in the middle). */
  readonly damage: 'none' | 'tail' | 'middle';
}

/** Reads consecutive records after the header; classifies what follows the last intact one. */
export function readRecords(data: Buffer): ReadResult {
  const payloads: unknown[] = [];
  let offset = HEADER_BYTES;
  for (;;) {
    const record = recordAt(data, offset);
    if (!record) break;
    payloads.push(record.payload);
    offset = record.next;
  }
  if (offset >= data.length) return { payloads, validEnd: offset, damage: 'none' };
  for (let at = data.indexOf(RECORD_MARKER, offset + 1); at !== -1;) {
    if (recordAt(data, at)) return { payloads, validEnd: offset, damage: 'middle' };
    at = data.indexOf(RECORD_MARKER, at + 1);
  }
  return { payloads, validEnd: offset, damage: 'tail' };
}

/**
 * Keyset cursors for the system-record lists (audit trail, accounts): the sort key of the last row returned,
 * base64url-encoded. Unlike offset cursors they stay correct while rows are added in front (new audit entries).
 */
import { StoreError } from '../errors.js';

const PREFIX = 'k:';

export function encodeKeyCursor(parts: readonly string[]): string {
  return Buffer.from(`${PREFIX}${JSON.stringify(parts)}`, 'utf8').toString('base64url');
}

/** The key parts of a cursor; VALIDATION unless it holds exactly `count` strings. */
export function decodeKeyCursor(cursor: string, count: number): string[] {
  const decoded = Buffer.from(cursor, 'base64url').toString('utf8');
  let parts: unknown;
  try {
    parts = decoded.startsWith(PREFIX) ? JSON.parse(decoded.slice(PREFIX.length)) : undefined;
  } catch {
    parts = undefined;
  }
  if (
    !Array.isArray(parts) ||
    parts.length !== count ||
    !parts.every((part) => typeof part === 'string')
  ) {
    throw new StoreError('VALIDATION', 'after is not a valid cursor');
  }
  return parts as string[];
}

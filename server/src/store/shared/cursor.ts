/** Opaque page cursors: the offset of the next hit, base64url-encoded. Both stores order hits the same way. */
import { StoreError } from '../errors.js';

const PREFIX = 'o:';

export function encodeCursor(offset: number): string {
  return Buffer.from(`${PREFIX}${offset}`, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string | undefined): number {
  if (cursor === undefined) return 0;
  const decoded = Buffer.from(cursor, 'base64url').toString('utf8');
  const offset = decoded.startsWith(PREFIX) ? Number(decoded.slice(PREFIX.length)) : NaN;
  if (!Number.isSafeInteger(offset) || offset < 0) {
    throw new StoreError('VALIDATION', 'after is not a valid cursor');
  }
  return offset;
}

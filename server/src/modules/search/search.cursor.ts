/**
 * API cursors. The store only hands out a cursor for the end of each page; Relay wants one per edge. An API
 * cursor therefore names a store cursor (the start of a page, null for the first page) plus how many hits of
 * that page to skip. The end of a page has skip 0, so ordinary "next page" requests cost one store call.
 */
import { validationError } from '../../store/errors.js';
import { LIMITS } from '../../store/port.js';

export interface ApiCursor {
  /** Store cursor of the page start; null means the very first hit. */
  readonly after: string | null;
  /** Hits to skip after `after`. */
  readonly skip: number;
}

export function encodeApiCursor(cursor: ApiCursor): string {
  return Buffer.from(JSON.stringify([cursor.after, cursor.skip]), 'utf8').toString('base64url');
}

export function decodeApiCursor(text: string): ApiCursor {
  try {
    const value: unknown = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 2) {
      const [after, skip] = value as unknown[];
      const validAfter = after === null || (typeof after === 'string' && after.length <= 1000);
      if (
        validAfter &&
        Number.isInteger(skip) &&
        (skip as number) >= 0 &&
        (skip as number) <= LIMITS.MAX_PAGE_SIZE
      ) {
        return { after: after as string | null, skip: skip as number };
      }
    }
  } catch {
    // fall through: any decoding problem is the same user error
  }
  throw validationError([{ path: 'after', message: 'is not a valid cursor' }]);
}

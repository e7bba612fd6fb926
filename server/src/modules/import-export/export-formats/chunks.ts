/**
 * Every export format is a generator of text pieces; `batched` joins them into chunks of about CHUNK_CHARS
 * (what the streamed response writes at a time), `whole` into one string (tests and small callers).
 */
export const CHUNK_CHARS = 64 * 1024;

export function* batched(pieces: Iterable<string>, size = CHUNK_CHARS): Generator<string> {
  let parts: string[] = [];
  let length = 0;
  for (const piece of pieces) {
    parts.push(piece);
    length += piece.length;
    if (length >= size) {
      yield parts.join('');
      parts = [];
      length = 0;
    }
  }
  if (length > 0) yield parts.join('');
}

export const whole = (pieces: Iterable<string>): string => [...pieces].join('');

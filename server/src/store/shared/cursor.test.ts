import { describe, expect, it } from 'vitest';
import { isStoreError } from '../errors.js';
import { decodeCursor, encodeCursor } from './cursor.js';

describe('cursors', () => {
  it('round-trips offsets and starts at zero', () => {
    expect(decodeCursor(encodeCursor(40))).toBe(40);
    expect(decodeCursor(undefined)).toBe(0);
  });

  it('rejects forged cursors with a validation error', () => {
    for (const bad of [
      '',
      'abc',
      Buffer.from('o:-1').toString('base64url'),
      Buffer.from('o:1e9x').toString('base64url'),
    ]) {
      let caught: unknown;
      try {
        decodeCursor(bad);
      } catch (error) {
        caught = error;
      }
      expect(isStoreError(caught, 'VALIDATION')).toBe(true);
    }
  });
});

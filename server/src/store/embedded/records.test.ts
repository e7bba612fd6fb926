import { describe, expect, it } from 'vitest';
import { isStoreError } from '../errors.js';
import {
  FORMAT_VERSION,
  HEADER_BYTES,
  decodeHeader,
  encodeHeader,
  encodeRecord,
  readRecords,
} from './records.js';

const file = (...records: unknown[]): Buffer =>
  Buffer.concat([encodeHeader('journal', 3), ...records.map(encodeRecord)]);

describe('record framing', () => {
  it('round-trips records, unicode included', () => {
    const payloads = [{ seq: 1, ops: [] }, { text: 'Görlitz – Straße ✓ 𝄞' }, [1, 2, 3]];
    const data = file(...payloads);
    expect(decodeHeader('journal', data, 'f')).toBe(3);
    expect(readRecords(data)).toEqual({ payloads, validEnd: data.length, damage: 'none' });
  });

  it('calls a partial last record a torn tail', () => {
    const whole = file({ a: 1 }, { b: 2 });
    const cut = whole.subarray(0, whole.length - 3);
    const result = readRecords(cut);
    expect(result.payloads).toEqual([{ a: 1 }]);
    expect(result.damage).toBe('tail');
    expect(result.validEnd).toBe(HEADER_BYTES + encodeRecord({ a: 1 }).length);
  });

  it('calls a bad checksum on the last record a torn tail, and one before intact records damage in the middle', () => {
    const last = file({ a: 1 }, { b: 2 });
    last.writeUInt8(last.readUInt8(last.length - 2) ^ 0xff, last.length - 2);
    expect(readRecords(last).damage).toBe('tail');
    const middle = file({ a: 1 }, { b: 2 }, { c: 3 });
    middle.writeUInt8(middle.readUInt8(HEADER_BYTES + 14) ^ 0x01, HEADER_BYTES + 14);
    const result = readRecords(middle);
    expect(result.damage).toBe('middle');
    expect(result.payloads).toEqual([]);
  });

  it('treats trailing zeros (a pre-allocated or half-flushed block) as a torn tail', () => {
    const data = Buffer.concat([file({ a: 1 }), Buffer.alloc(4096)]);
    expect(readRecords(data)).toMatchObject({ payloads: [{ a: 1 }], damage: 'tail' });
  });

  it('refuses unknown format versions and foreign files', () => {
    const header = encodeHeader('journal', 1);
    header.writeUInt32LE(FORMAT_VERSION + 1, 8);
    expect(() => decodeHeader('journal', header, 'j')).toThrow(
      `format version ${FORMAT_VERSION + 1}`,
    );
    try {
      decodeHeader('snapshot', encodeHeader('journal', 1), 's');
      expect.unreachable();
    } catch (error) {
      expect(isStoreError(error, 'STORE_CORRUPT')).toBe(true);
    }
  });
});

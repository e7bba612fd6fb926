import { describe, expect, it } from 'vitest';
import { isIsoDate } from './isoDate';

describe('isIsoDate', () => {
  it('accepts real days only', () => {
    expect(isIsoDate('2020-06-30')).toBe(true);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2023-02-30')).toBe(false);
    expect(isIsoDate('2025-13-01')).toBe(false);
    expect(isIsoDate('2025-00-10')).toBe(false);
  });

  it('takes only the ISO form', () => {
    expect(isIsoDate('30.06.2020')).toBe(false);
    expect(isIsoDate('2020-6-30')).toBe(false);
    expect(isIsoDate('2020-06-30T00:00')).toBe(false);
    expect(isIsoDate('')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { daysUntil } from './funding.fragment';

describe('daysUntil', () => {
  it('counts whole days to a deadline', () => {
    const today = new Date('2026-11-25T23:30:00Z');
    expect(daysUntil('2026-11-25', today)).toBe(0);
    expect(daysUntil('2026-12-01', today)).toBe(6);
    expect(daysUntil('2026-11-20', today)).toBe(-5);
  });
});

import { describe, expect, it } from 'vitest';
import { listDe } from './explain.js';

describe('listDe', () => {
  it('joins German lists', () => {
    expect(listDe([])).toBe('');
    expect(listDe(['A'])).toBe('A');
    expect(listDe(['A', 'B'])).toBe('A und B');
    expect(listDe(['A', 'B', 'C'])).toBe('A, B und C');
    expect(listDe(['A', 'B', 'C', 'D', 'E'])).toBe('A, B, C und 2 weitere');
  });
});

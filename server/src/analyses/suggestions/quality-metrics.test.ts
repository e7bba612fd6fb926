import { describe, expect, it } from 'vitest';
import { mean, precisionAtK, rankAuc, recall } from './quality-metrics.js';

describe('link-suggestion quality metrics (known answers)', () => {
  it('rankAuc is the share of (positive, negative) pairs ordered right, ties one half', () => {
    expect(rankAuc([3, 2], [1, 0])).toBe(1);
    expect(rankAuc([0, 1], [2, 3])).toBe(0);
    expect(rankAuc([1], [1])).toBe(0.5);
    expect(rankAuc([0, 2], [1, 1])).toBe(0.5);
    // pos {3, 1}, neg {2, 0, 1}: 3 beats all three, 1 beats 0 and ties 1: (3 + 1 + 0.5) / 6.
    expect(rankAuc([3, 1], [2, 0, 1])).toBeCloseTo(4.5 / 6, 15);
    expect(rankAuc([], [1])).toBe(0.5);
  });

  it('precisionAtK counts hits among the first k and a short list as misses', () => {
    const relevant = new Set(['a', 'c']);
    expect(precisionAtK(['a', 'b', 'c', 'd'], relevant, 2)).toBe(0.5);
    expect(precisionAtK(['a', 'b', 'c', 'd'], relevant, 4)).toBe(0.5);
    expect(precisionAtK(['c'], relevant, 10)).toBe(0.1);
    expect(precisionAtK([], relevant, 10)).toBe(0);
    expect(() => precisionAtK(['a'], relevant, 0)).toThrow(RangeError);
  });

  it('recall is the share of relevant items admitted', () => {
    expect(recall(['a', 'b', 'c', 'd'], (k) => k !== 'b')).toBe(0.75);
    expect(recall(['a'], () => false)).toBe(0);
    expect(recall([], () => true)).toBe(0);
    expect(mean([1, 2, 6])).toBe(3);
  });
});

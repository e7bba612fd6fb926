import { describe, expect, it } from 'vitest';
import { nonNegativeLogistic } from './logistic.js';

describe('nonNegativeLogistic', () => {
  it('weights the feature that separates and leaves noise and counter-evidence at 0', () => {
    // Feature 0 separates (1 for positives, 0 for negatives, with some overlap), feature 1 is the same for
    // both classes, feature 2 is higher for negatives (would get a negative weight: clipped to 0).
    const positives = [
      [1, 0.5, 0],
      [1, 0.5, 0.2],
      [1, 0.5, 0],
      [0, 0.5, 0],
    ];
    const negatives = [
      [0, 0.5, 1],
      [0, 0.5, 0.8],
      [0, 0.5, 1],
      [1, 0.5, 1],
    ];
    const [separating = 0, flat = -1, against = -1] = nonNegativeLogistic(positives, negatives);
    expect(separating).toBeGreaterThan(0.5);
    expect(flat).toBeLessThan(0.05 * separating);
    expect(against).toBe(0);
  });

  it('gives no weight without data', () => {
    expect(nonNegativeLogistic([], [])).toEqual([]);
  });
});

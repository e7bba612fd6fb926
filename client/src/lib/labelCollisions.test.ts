import { describe, expect, it } from 'vitest';
import { labelsWithoutOverlap } from './labelCollisions';

const box = (id: string, priority: number, x: number, y: number, w = 10, h = 4) => ({
  id,
  priority,
  x1: x,
  y1: y,
  x2: x + w,
  y2: y + h,
});

describe('labelsWithoutOverlap', () => {
  it('keeps the more important of two overlapping labels and every label that overlaps none', () => {
    const shown = labelsWithoutOverlap([
      box('hub-small', 3, 5, 1),
      box('hub-big', 9, 0, 0),
      box('apart', 1, 40, 40),
      box('touching', 2, 10, 0),
    ]);
    expect([...shown].sort()).toEqual(['apart', 'hub-big', 'touching']);
  });

  it('judges a label only against labels kept, so a chain keeps every other one', () => {
    const shown = labelsWithoutOverlap([box('a', 3, 0, 0), box('b', 2, 8, 0), box('c', 1, 16, 0)]);
    expect([...shown].sort()).toEqual(['a', 'c']);
  });

  it('keeps the earlier of equal priorities', () => {
    expect([...labelsWithoutOverlap([box('first', 1, 0, 0), box('second', 1, 2, 2)])]).toEqual([
      'first',
    ]);
  });
});

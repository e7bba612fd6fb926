import { describe, expect, it } from 'vitest';
import { CLASS_COLOURS, NO_DATA_COLOUR, colourClasses, colourOf } from './choropleth';

describe('choropleth classes', () => {
  it('splits values into five quantile classes, light to dark', () => {
    const values = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    const classes = colourClasses(values);
    expect(classes.map((c) => [c.from, c.to])).toEqual([
      [1, 3],
      [3, 5],
      [5, 7],
      [7, 9],
      [9, 10],
    ]);
    expect(classes.map((c) => c.colour)).toEqual([...CLASS_COLOURS]);
    expect(colourOf(1, classes)).toBe(CLASS_COLOURS[0]);
    expect(colourOf(6, classes)).toBe(CLASS_COLOURS[2]);
    expect(colourOf(10, classes)).toBe(CLASS_COLOURS[4]);
  });

  it('keeps one outlier from washing out the rest', () => {
    const classes = colourClasses([1, 1.1, 1.2, 1.3, 1.4, 1.5, 1.6, 1.7, 1.8, 50]);
    expect(colourOf(1.8, classes)).toBe(CLASS_COLOURS[4]);
    expect(colourOf(1.0, classes)).toBe(CLASS_COLOURS[0]);
  });

  it('uses the ends of the ramp for two distinct values and grey for missing ones', () => {
    const classes = colourClasses([0, 0, 0, 4]);
    expect(classes.map((c) => c.colour)).toEqual([CLASS_COLOURS[0], CLASS_COLOURS[4]]);
    expect(colourOf(null, classes)).toBe(NO_DATA_COLOUR);
    expect(colourClasses([])).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { Random, WeightedTable, addDays, isoDate } from './random.js';

describe('Random', () => {
  it('repeats its sequence for a seed', () => {
    const a = new Random(9);
    const b = new Random(9);
    expect(Array.from({ length: 5 }, () => a.next())).toEqual(
      Array.from({ length: 5 }, () => b.next()),
    );
  });

  it('draws dates inside the bounds, as real calendar days', () => {
    const random = new Random(1);
    for (let i = 0; i < 2000; i++) {
      const date = random.date('2015-01-01', '2026-10-31');
      expect(date >= '2015-01-01' && date <= '2026-10-31').toBe(true);
      expect(new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10)).toBe(date);
    }
  });

  it('converts day numbers like Date does, for years 1000..9999, across leap years and centuries', () => {
    for (let days = -300_000; days < 2_900_000; days += 997) {
      expect(isoDate(days)).toBe(new Date(days * 86_400_000).toISOString().slice(0, 10));
    }
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });

  it('samples weighted tables in proportion to the weights', () => {
    const random = new Random(2);
    const table = new WeightedTable(['a', 'b'], [1, 3]);
    const draws = Array.from({ length: 4000 }, () => table.draw(random));
    expect(draws.filter((d) => d === 'b').length / 4000).toBeCloseTo(0.75, 1);
  });
});

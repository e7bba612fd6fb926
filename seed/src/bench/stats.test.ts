import { describe, expect, it } from 'vitest';
import { GOALS, verdict } from './goals.js';
import { csvField } from './csv.js';
import type { Row } from './results.js';
import { operationTable, table } from './report.js';
import { measure, percentile, summarize } from './stats.js';

describe('percentile (nearest rank)', () => {
  const values = Array.from({ length: 100 }, (_, i) => i + 1);

  it('takes the value at rank ceil(p/100 * n)', () => {
    expect(percentile(values, 50)).toBe(50);
    expect(percentile(values, 95)).toBe(95);
    expect(percentile(values, 99)).toBe(99);
    expect(percentile(values, 100)).toBe(100);
    expect(percentile([3, 7], 50)).toBe(3);
    expect(percentile([3, 7], 51)).toBe(7);
  });

  it('handles edge cases', () => {
    expect(percentile([], 50)).toBeNaN();
    expect(percentile([4], 95)).toBe(4);
    expect(percentile(values, 0)).toBe(1);
  });
});

describe('summarize', () => {
  it('sorts before taking percentiles', () => {
    const s = summarize([5, 1, 4, 2, 3]);
    expect(s).toMatchObject({ n: 5, p50: 3, p95: 5, max: 5, mean: 3, total: 15 });
  });
});

describe('measure', () => {
  it('runs warm-up calls untimed and stops at the iteration count', async () => {
    const seen: number[] = [];
    const m = await measure(
      (i) => {
        seen.push(i);
        return Promise.resolve();
      },
      { warmup: 2, iterations: 10, budgetMs: 10_000 },
    );
    expect(seen).toHaveLength(12);
    expect(m.n).toBe(10);
    expect(m.throughput).toBeGreaterThan(0);
  });
});

describe('report', () => {
  const m = { ...summarize([2, 4, 8, 12]), peakRssMb: 100, throughput: 50 };
  const row = (actors: number): Row => ({
    store: 'embedded',
    actors,
    group: 'http',
    operation: 'neighbourhood 1-hop',
    m,
    goal: GOALS.oneHop,
  });

  it('judges a goal only at the size it is stated for', () => {
    expect(verdict(GOALS.oneHop, 100_000, m)).toBe('missed');
    expect(verdict(GOALS.twoHop, 100_000, m)).toBe('met');
    expect(verdict(GOALS.oneHop, 1000, m)).toBe('');
  });

  it('renders markdown tables with escaped cells', () => {
    expect(table(['a', 'b'], [['x|y', '1']])).toEqual([
      '| a    | b   |',
      '| ---- | --- |',
      '| x\\|y | 1   |',
    ]);
    const lines = operationTable([row(100_000), row(1000)]);
    expect(lines).toHaveLength(4);
    expect(lines[2]).toContain('**missed**');
    expect(lines[3]).toContain('(p95 < 10 ms at 100k)');
  });

  it('quotes CSV fields that need it', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField(undefined)).toBe('');
    expect(csvField(51.2)).toBe('51.2');
  });
});

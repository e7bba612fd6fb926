import { describe, expect, it } from 'vitest';
import { gapTable } from './gaps.js';
import { buildSnapshot } from '../kernel/snapshot.js';
import { poissonCdf } from '../kernel/stats.js';
import { SubgraphBuilder } from '../../../test-support/analyses/subgraph-builder.js';

/*
 * Hand-computed example. Civil society c1..c3, business b1 b2, education e1 (N = 6, P = 15 pairs).
 * Ties: c1-c2 (twice: collapses to one), c2-c3, c1-c3, c1-b1, b1-b2, e1-c3 → T = 6.
 *   pairs    cc 3   bb 1   ee 0   cb 6   ce 3   be 2   (sum 15)
 *   expected cc 1.2 bb 0.4 ee 0   cb 2.4 ce 1.2 be 0.8 (= 6 · pairs / 15)
 *   observed cc 3   bb 1   ee 0   cb 1   ce 1   be 0
 * With minExpected 2 only civil society × business (ratio 1/2.4 = 0.4167) is under-linked;
 * p = P(X ≤ 1 | 2.4) = e^-2.4 · (1 + 2.4) = 0.30844.
 */
function example() {
  return new SubgraphBuilder()
    .topicTree()
    .institution('c1', 'civil_society', { topics: ['citizen_energy'] })
    .institution('c2', 'civil_society', { topics: ['energy_climate'] })
    .institution('c3', 'civil_society', { topics: ['fair_trade'] })
    .institution('b1', 'business', { topics: ['renewable_energy'] })
    .institution('b2', 'business')
    .institution('e1', 'education', { topics: ['school_education'] })
    .coop('c1', 'c2')
    .coop('c2', 'c1')
    .coop('c2', 'c3')
    .coop('c1', 'c3')
    .coop('c1', 'b1')
    .coop('b1', 'b2')
    .coop('e1', 'c3')
    .coop('e1', 'ghost')
    .build();
}

describe('gapTable', () => {
  const table = gapTable(buildSnapshot(example()), { minExpected: 2 });
  const cell = (a: string, b: string) =>
    table.cells.find((c) => c.sectors[0] === a && c.sectors[1] === b);

  it('computes observed and expected counts by hand', () => {
    expect(table.totalTies).toBe(6);
    expect(table.possiblePairs).toBe(15);
    expect(cell('civil_society', 'civil_society')).toMatchObject({ observed: 3, expected: 1.2 });
    expect(cell('civil_society', 'business')?.expected).toBeCloseTo(2.4, 12);
    expect(cell('civil_society', 'business')?.ratio).toBeCloseTo(1 / 2.4, 12);
    expect(cell('civil_society', 'education')?.expected).toBeCloseTo(1.2, 12);
    expect(cell('business', 'education')).toMatchObject({ observed: 0 });
    expect(cell('business', 'education')?.expected).toBeCloseTo(0.8, 12);
    const sum = table.cells.reduce((s, c) => s + c.expected, 0);
    expect(sum).toBeCloseTo(6, 12);
  });

  it('flags under-linked pairs with a Poisson p-value and a German explanation', () => {
    expect(table.underLinked.map((c) => c.sectors)).toEqual([['civil_society', 'business']]);
    const gap = table.underLinked[0];
    expect(gap?.pValue).toBeCloseTo(Math.exp(-2.4) * 3.4, 10);
    expect(gap?.explanationDe).toBe(
      '1 Kooperation zwischen Zivilgesellschaft und Wirtschaft, erwartet wären 2,4.',
    );
  });

  it('restricts to a theme including its sub-topics', () => {
    const energy = gapTable(buildSnapshot(example()), { topicId: 'top-energy_climate' });
    // c1 (citizen_energy), c2 (energy_climate), b1 (renewable_energy): ties c1-c2, c1-b1.
    expect(energy.sectorSizes.filter((s) => s.institutions > 0)).toEqual([
      { sector: 'civil_society', institutions: 2 },
      { sector: 'business', institutions: 1 },
    ]);
    expect(energy.totalTies).toBe(2);
  });
});

describe('poissonCdf', () => {
  it('matches closed forms and stays finite for large λ', () => {
    expect(poissonCdf(0, 2)).toBeCloseTo(Math.exp(-2), 14);
    expect(poissonCdf(2, 1)).toBeCloseTo(Math.exp(-1) * 2.5, 14);
    expect(poissonCdf(1000, 1000)).toBeGreaterThan(0.5);
    expect(poissonCdf(1000, 1000)).toBeLessThan(0.51);
  });
});

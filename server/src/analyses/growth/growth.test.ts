import type { Sector } from '@nzr/graph-schema';
import { describe, expect, it } from 'vitest';
import type { Cooperation } from '../kernel/snapshot.js';
import { GROWTH_MAX_YEARS, networkGrowth } from './growth.js';

const tie = (id: string, a: string, b: string, from: string | null, until: string | null = null) =>
  ({ id, a, b, kind: 'project', from, until }) satisfies Cooperation;

const sectors = new Map<string, Sector>([
  ['verein', 'civil_society'],
  ['schule', 'education'],
  ['kommune', 'administration'],
  ['firma', 'business'],
  ['verein2', 'civil_society'],
]);

describe('networkGrowth', () => {
  it('counts begun, ended, cross-sector and introduced ties per year, and those in force at year end', () => {
    const growth = networkGrowth(
      [
        tie('t1', 'verein', 'schule', '2023-03-01'),
        tie('t2', 'verein', 'verein2', '2023-07-01', '2024-06-30'),
        tie('t3', 'kommune', 'firma', '2025-01-15'),
        tie('t4', 'schule', 'kommune', null),
        // Begins after today: not yet part of the network.
        tie('t5', 'firma', 'schule', '2025-12-01'),
      ],
      sectors,
      [
        { introducedOn: '2024-11-02', status: 'cooperating', tieId: 't3' },
        { introducedOn: '2025-02-01', status: 'in_contact', tieId: null },
        { introducedOn: null, status: 'suggested', tieId: null },
      ],
      '2025-06-30',
    );
    expect(growth.years).toEqual([
      {
        year: 2023,
        started: 2,
        startedCrossSector: 1,
        startedViaIntroduction: 0,
        ended: 0,
        activeAtEnd: 2,
        introduced: 0,
      },
      {
        year: 2024,
        started: 0,
        startedCrossSector: 0,
        startedViaIntroduction: 0,
        ended: 1,
        activeAtEnd: 1,
        introduced: 1,
      },
      {
        year: 2025,
        started: 1,
        startedCrossSector: 1,
        startedViaIntroduction: 1,
        ended: 0,
        activeAtEnd: 2,
        introduced: 1,
      },
    ]);
    expect(growth).toMatchObject({
      undated: 1,
      startedEarlier: 0,
      introductions: 3,
      introductionsCooperating: 1,
    });
  });

  it('shows at most the last years and counts older beginnings apart', () => {
    const growth = networkGrowth(
      [tie('old', 'verein', 'schule', '1990-05-01'), tie('new', 'verein', 'firma', '2020-01-01')],
      sectors,
      [],
      '2026-12-07',
    );
    expect(growth.years).toHaveLength(GROWTH_MAX_YEARS);
    expect(growth.years[0]?.year).toBe(2026 - GROWTH_MAX_YEARS + 1);
    expect(growth.startedEarlier).toBe(1);
    // The old tie is still in force in every year shown.
    expect(growth.years[0]?.activeAtEnd).toBe(1);
    expect(growth.years.at(-1)?.activeAtEnd).toBe(2);
  });

  it('gives just this year for an empty region', () => {
    const growth = networkGrowth([], sectors, [], '2026-12-07');
    expect(growth.years).toEqual([
      {
        year: 2026,
        started: 0,
        startedCrossSector: 0,
        startedViaIntroduction: 0,
        ended: 0,
        activeAtEnd: 0,
        introduced: 0,
      },
    ]);
  });
});

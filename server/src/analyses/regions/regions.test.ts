import { describe, expect, it } from 'vitest';
import { compareRegions } from './regions.js';
import { buildSnapshot } from '../kernel/snapshot.js';
import { SubgraphBuilder } from '../../../test-support/analyses/subgraph-builder.js';

/*
 * Dresden (urban district, 500,000 inhabitants): d1 (civil society), d2 (administration).
 * Landkreis (rural, 100,000) with Pirna (30,000): p1 (civil society), p2 (business), person pp;
 * and Heidenau (20,000): h1 (education).
 * Cooperations: d1-d2 (2020, cross), p1-p2 (2025-03, cross), p1-h1 (2019, cross), d1-p1 (2025-06, same sector).
 *   Dresden  2 actors → 0.04 per 10k; touching ties d1-d2, d1-p1 → 2, cross 1 (50 %); internal 1, density 1
 *   Landkreis 4 actors → 0.4; ties p1-p2, p1-h1, d1-p1 → 3, cross 2; internal 2 of 3 pairs; new since 2025: 2
 *   Pirna    3 actors → 1; ties 3, cross 2; internal p1-p2 → density 1; new 2, of which cross 1
 *   Heidenau 1 actor  → 0.5; ties 1, cross 1; density null (one institution)
 */
function saxony() {
  return buildSnapshot(
    new SubgraphBuilder()
      .node('Region', 'sn', { level: 'state', ags: '14' })
      .node('Region', 'dd', {
        name: 'Dresden',
        level: 'district',
        ags: '14612',
        urban: true,
        population: 500_000,
      })
      .node('Region', 'lk', {
        name: 'Landkreis',
        level: 'district',
        ags: '14628',
        population: 100_000,
      })
      .node('Region', 'pirna', {
        name: 'Pirna',
        level: 'municipality',
        ags: '14628270',
        population: 30_000,
      })
      .node('Region', 'heidenau', { level: 'municipality', ags: '14628150', population: 20_000 })
      .rel('PART_OF', 'dd', 'sn')
      .rel('PART_OF', 'lk', 'sn')
      .rel('PART_OF', 'pirna', 'lk')
      .rel('PART_OF', 'heidenau', 'lk')
      .institution('d1', 'civil_society', { region: 'dd' })
      .institution('d2', 'administration', { region: 'dd' })
      .institution('p1', 'civil_society', { region: 'pirna' })
      .institution('p2', 'business', { region: 'pirna' })
      .person('pp', { region: 'pirna' })
      .institution('h1', 'education', { region: 'heidenau' })
      .coop('d1', 'd2', '2020-01-01')
      .coop('p1', 'p2', '2025-03-01')
      .coop('p1', 'h1', '2019-01-01')
      .coop('d1', 'p1', '2025-06-01')
      .build(),
  );
}

describe('compareRegions', () => {
  const result = compareRegions(saxony(), { since: '2025-01-01' });
  const region = (id: string) => result.regions.find((r) => r.regionId === id);

  it('computes density, cross-sector share and actors per 10,000 inhabitants', () => {
    expect(result.regions.map((r) => r.regionId)).toEqual(['dd', 'lk', 'heidenau', 'pirna']);
    expect(region('dd')).toMatchObject({
      actors: 2,
      ties: 2,
      crossSectorTies: 1,
      crossSectorShare: 0.5,
      density: 1,
    });
    expect(region('dd')?.actorsPer10k).toBeCloseTo(0.04, 12);
    expect(region('lk')).toMatchObject({
      actors: 4,
      institutions: 3,
      ties: 3,
      crossSectorTies: 2,
      internalTies: 2,
    });
    expect(region('lk')?.density).toBeCloseTo(2 / 3, 12);
    expect(region('pirna')).toMatchObject({
      actors: 3,
      ties: 3,
      internalTies: 1,
      density: 1,
      newTies: 2,
      newCrossSectorTies: 1,
    });
    expect(region('heidenau')).toMatchObject({
      actors: 1,
      ties: 1,
      crossSectorShare: 1,
      density: null,
    });
    expect(region('pirna')?.explanationDe).toBe(
      '1 Akteur:innen je 10.000 Einwohner:innen, 67 % sektorübergreifende Kooperationen, ' +
        'seit 01.01.2025 1 neue sektorübergreifende Kooperation.',
    );
  });

  it('pools urban against rural districts', () => {
    expect(result.urban).toMatchObject({
      actors: 2,
      population: 500_000,
      ties: 2,
      crossSectorShare: 0.5,
    });
    expect(result.rural).toMatchObject({
      actors: 4,
      population: 100_000,
      newTies: 2,
      newCrossSectorTies: 1,
    });
    expect(result.rural.actorsPer10k).toBeCloseTo(0.4, 12);
  });
});

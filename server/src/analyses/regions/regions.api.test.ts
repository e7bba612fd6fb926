import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAnalyticsApi } from '../../../test-support/analyses/api.js';
import type { AnalyticsApi, BadArguments } from '../../../test-support/analyses/api.js';

let t: AnalyticsApi;
beforeAll(async () => {
  t = await startAnalyticsApi();
});
afterAll(() => t.close());

interface Figures {
  actors: number;
  institutions: number;
  actorsPer10k: number | null;
  ties: number;
  crossSectorTies: number;
  crossSectorShare: number | null;
  internalTies: number;
  density: number | null;
  newTies: number;
  newCrossSectorTies: number;
}
interface RegionResult {
  regionComparison: {
    actors: number;
    truncated: boolean;
    urban: Figures;
    rural: Figures;
    regions: (Figures & {
      region: { id: string };
      level: string;
      urban: boolean;
      explanationDe: string;
    })[];
  };
}
const FIGURES =
  'actors institutions actorsPer10k ties crossSectorTies crossSectorShare internalTies density newTies newCrossSectorTies';
const REGIONS = `query ($since: String, $until: String) {
  regionComparison(since: $since, until: $until) {
    actors truncated urban { ${FIGURES} } rural { ${FIGURES} }
    regions { region { id } level urban explanationDe ${FIGURES} }
  }
}`;

describe('regionComparison', () => {
  it('compares every district and municipality, urban against rural (hand-checked)', async () => {
    const r = await t.ask<RegionResult>(REGIONS, { since: '2025-01-01' });
    const { regions, rural, urban } = r.regionComparison;
    expect(regions.map((x) => x.region.id)).toEqual([
      'reg-14626',
      'reg-14713',
      'reg-14626110',
      'reg-14626610',
      'reg-14713000',
    ]);
    const goerlitz = regions[0];
    // 10 institutions + Anna (Bernd is hidden) per 250,000 inhabitants; 11 ties touch the district (c1-c10
    // and c12), 8 of them cross sectors; 10 are internal among 45 pairs; c3 and c12 are new since 2025.
    expect(goerlitz).toMatchObject({
      level: 'district',
      urban: false,
      actors: 11,
      institutions: 10,
    });
    expect(goerlitz?.actorsPer10k).toBeCloseTo(0.44, 12);
    expect(goerlitz).toMatchObject({ ties: 11, crossSectorTies: 8, internalTies: 10 });
    expect(goerlitz?.density).toBeCloseTo(10 / 45, 12);
    expect(goerlitz).toMatchObject({ newTies: 2, newCrossSectorTies: 2 });
    expect(goerlitz?.explanationDe).toBe(
      '0,4 Akteur:innen je 10.000 Einwohner:innen, 73 % sektorübergreifende Kooperationen, ' +
        'seit 01.01.2025 2 neue sektorübergreifende Kooperationen.',
    );
    expect(rural.actors).toBe(11);
    // Leipzig: Universität, Energieagentur, NABU and Emil (Dora is hidden) per 600,000.
    expect(urban.actors).toBe(4);
    expect(urban.actorsPer10k).toBeCloseTo(4 / 60, 12);
    expect(r.regionComparison).toMatchObject({ actors: 15, truncated: false });
  });

  it('counts hidden persons only for viewers who may see them', async () => {
    const r = await t.ask<RegionResult>(REGIONS, {}, 'member');
    expect(r.regionComparison.actors).toBe(17);
    expect(r.regionComparison.urban.actors).toBe(5);
  });
});

/** The selections the argument checks ask for. */
const CHECKED_REGIONS = `query ($since: String, $until: String, $asOf: String) {
  regionComparison(since: $since, until: $until, asOf: $asOf) { actors } }`;

describe('bad arguments', () => {
  it.each<BadArguments>([
    ['until without since', { until: '2025-01-01' }, 'BAD_USER_INPUT'],
    ['until before since', { since: '2025-01-01', until: '2024-01-01' }, 'BAD_USER_INPUT'],
    ['bad since', { since: '2025-13-45' }, 'BAD_USER_INPUT'],
  ])('regionComparison: %s', async (_name, variables, code) => {
    expect(await t.codeOf(CHECKED_REGIONS, variables)).toBe(code);
  });
});

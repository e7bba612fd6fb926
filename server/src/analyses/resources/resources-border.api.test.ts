/**
 * Issue 12: offers and needs met only inside one district gave 0 matches in rural districts. Matching is by
 * distance now: a Görlitz need is met by an offer 5 km across the border in Landkreis Bautzen, and the needs
 * and offers nothing meets are listed.
 */
import { regionId } from '@nzr/graph-schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAnalyticsApi } from '../../../test-support/analyses/api.js';
import type { AnalyticsApi } from '../../../test-support/analyses/api.js';
import { at } from '../../../test-support/fixture-builder.js';
import { analyticsNetwork } from '../../../test-support/analyses/network.js';

/** 5 km east of Energieverein Görlitz (51.152, 14.987): 5 / (111.32 · cos 51.152°) degrees of longitude. */
const ACROSS_THE_BORDER = at(51.152, 14.987 + 5 / (111.32 * Math.cos((51.152 * Math.PI) / 180)));

function withNeighbour() {
  const b = analyticsNetwork();
  b.region('14625', 'Landkreis Bautzen', 'district', at(51.18, 14.42))
    .rel('PART_OF', regionId('14625'), regionId('14'))
    .institution('ins-nachbar', 'business', {
      name: 'Planungsbüro am Grenzweg',
      region: regionId('14625'),
      props: { kind: 'business', ...ACROSS_THE_BORDER },
    })
    .node('Resource', 'res-beratung-bedarf', { name: 'Beratung Wärmepumpe', kind: 'know_how' })
    .node('Resource', 'res-beratung', { name: 'Energieberatung', kind: 'know_how' })
    .rel('NEEDS', 'ins-verein-a', 'res-beratung-bedarf')
    .rel('OFFERS', 'ins-nachbar', 'res-beratung');
  return b.batch();
}

let t: AnalyticsApi;
beforeAll(async () => {
  t = await startAnalyticsApi(withNeighbour());
});
afterAll(() => t.close());

interface Listed {
  resource: { id: string };
  owner: { id: string };
  kind: string;
}
interface Result {
  resourceMatches: {
    matches: { need: { id: string }; offer: { id: string }; distanceKm: number | null }[];
    unmatchedNeeds: Listed[];
    unmatchedNeedCount: number;
    unmatchedOffers: Listed[];
    unmatchedOfferCount: number;
  };
}
const QUERY = `query ($regionId: ID, $maxDistanceKm: Float) {
  resourceMatches(regionId: $regionId, maxDistanceKm: $maxDistanceKm) {
    matches { need { id } offer { id } distanceKm }
    unmatchedNeeds { resource { id } owner { id } kind } unmatchedNeedCount
    unmatchedOffers { resource { id } owner { id } kind } unmatchedOfferCount
  }
}`;
const ids = (list: Listed[]) => list.map((item) => item.resource.id);

describe('resourceMatches across district borders', () => {
  it('meets a need of rural Görlitz by an offer 5 km away in the next district', async () => {
    const r = (await t.ask<Result>(QUERY, { regionId: 'reg-14626', maxDistanceKm: 10 }))
      .resourceMatches;
    const across = r.matches.find((m) => m.need.id === 'res-beratung-bedarf');
    expect(across?.offer.id).toBe('res-beratung');
    expect(across?.distanceKm).toBeCloseTo(5, 1);
    expect(r.unmatchedNeeds).toEqual([]);
    // Görlitz's money offer meets no need of the district; Bautzen's offers are not Görlitz's to list.
    expect(r.unmatchedOffers).toEqual([
      { resource: { id: 'res-geld' }, owner: { id: 'ins-lra' }, kind: 'money' },
    ]);
    expect(r.unmatchedOfferCount).toBe(1);
  });

  it('lists the need as unmatched when the distance is too short', async () => {
    const r = (await t.ask<Result>(QUERY, { regionId: 'reg-14626', maxDistanceKm: 4 }))
      .resourceMatches;
    expect(r.matches.map((m) => m.need.id)).not.toContain('res-beratung-bedarf');
    expect(ids(r.unmatchedNeeds)).toContain('res-beratung-bedarf');
    expect(r.unmatchedNeedCount).toBe(r.unmatchedNeeds.length);
  });

  it('keeps the region filter: Bautzen has no needs, so nothing is matched there', async () => {
    const r = (await t.ask<Result>(QUERY, { regionId: 'reg-14625' })).resourceMatches;
    expect(r.matches).toEqual([]);
    expect(r.unmatchedNeeds).toEqual([]);
    expect(ids(r.unmatchedOffers)).toEqual(['res-beratung']);
  });
});

import { describe, expect, it } from 'vitest';
import { alliesNearby } from './allies.js';
import { matchResources } from './resources.js';
import { buildSnapshot } from './snapshot.js';
import { SubgraphBuilder } from './testing/subgraph-builder.js';

function neighbourhood() {
  return buildSnapshot(
    new SubgraphBuilder()
      .topicTree()
      .person('me', { name: 'Anna', topics: ['citizen_energy'], lat: 51, lon: 13 })
      .institution('verein', 'civil_society', { name: 'Energieverein' })
      .institution('schule', 'education', { name: 'Oberschule', topics: ['renewable_energy'] })
      .person('lehrerin', { name: 'Frau B.' })
      .institution('fremd', 'business', { name: 'Solarhandwerk', topics: ['citizen_energy'] })
      .node('Resource', 'r1', { kind: 'rooms' })
      .node('Resource', 'r2', { kind: 'rooms', location: { latitude: 51.01, longitude: 13 } })
      .node('Resource', 'r3', { kind: 'money' })
      .rel('WORKS_ON', 'r1', 'top-energy_climate')
      .rel('MEMBER_OF', 'me', 'verein')
      .coop('verein', 'schule')
      .rel('MEMBER_OF', 'lehrerin', 'schule')
      .rel('NEEDS', 'me', 'r1')
      .rel('OFFERS', 'schule', 'r2')
      .rel('OFFERS', 'fremd', 'r3')
      .build(),
  );
}

const candidates = [
  { id: 'schule', distanceKm: 3 },
  { id: 'lehrerin', distanceKm: 5 },
  { id: 'fremd', distanceKm: 1 },
  { id: 'verein', distanceKm: 0.5 },
  { id: 'ghost', distanceKm: 0.1 },
];

/*
 * Asker themes {citizen_energy, energy_climate}.
 *   fremd    J = 1,   d = 1 km, no path:            0.5 + 0.3·e^(-1/15)                    = 0.780652
 *   schule   J = 1/3, d = 3 km, 2 hops, offers room: 0.5/3 + 0.3·e^(-0.2) + 0.2 + 0.1     = 0.712286
 *   lehrerin J = 0,   d = 5 km, 3 hops:              0.3·e^(-1/3) + 0.2·0.5                 = 0.314959
 * verein is a direct contact (left out), ghost is not in the snapshot (never returned).
 */
describe('alliesNearby', () => {
  it('ranks by themes, distance and friend-of-friend paths and attaches offers', () => {
    const allies = alliesNearby(neighbourhood(), { actorId: 'me', candidates });
    expect(allies.map((a) => a.id)).toEqual(['fremd', 'schule', 'lehrerin']);
    expect(allies.map((a) => a.score)).toEqual([
      expect.closeTo(0.780652, 6),
      expect.closeTo(0.712286, 6),
      expect.closeTo(0.314959, 6),
    ]);
    const schule = allies[1];
    expect(schule).toMatchObject({ hops: 2, via: ['verein'] });
    expect(schule?.offers.map((o) => o.offerId)).toEqual(['r2']);
    expect(schule?.explanationDe).toBe(
      'Beide arbeiten zu Energie & Klimaschutz, 3 km entfernt, Kontakt über Energieverein, ' +
        'bietet Räume an, was gebraucht wird.',
    );
    expect(allies[2]).toMatchObject({ hops: 3, via: ['verein', 'schule'] });
  });

  it('includes direct contacts on request and works for a coordinate with themes only', () => {
    const known = alliesNearby(neighbourhood(), { actorId: 'me', candidates, includeKnown: true });
    expect(known.find((a) => a.id === 'verein')).toMatchObject({ hops: 1, via: [] });
    const point = alliesNearby(neighbourhood(), { topicIds: ['top-citizen_energy'], candidates });
    expect(point.map((a) => a.id)).toEqual(['fremd', 'schule', 'verein', 'lehrerin']);
    expect(point.every((a) => a.hops === null)).toBe(true);
  });
});

describe('matchResources', () => {
  it('matches needs to offers of the same kind with compatible themes', () => {
    const matches = matchResources(neighbourhood());
    expect(matches).toHaveLength(1);
    expect(matches[0]).toMatchObject({
      needId: 'r1',
      offerId: 'r2',
      offerOwnerId: 'schule',
      kind: 'rooms',
    });
    // r1 has no location: its owner me (51, 13); r2 is 0.01° north: 1.113 km.
    expect(matches[0]?.distanceKm).toBeCloseTo(1.1132, 3);
    expect(matches[0]?.score).toBeCloseTo(
      0.25 + 0.5 * Math.exp(-(matches[0]?.distanceKm ?? 0) / 15),
      12,
    );
    expect(matchResources(neighbourhood(), { maxDistanceKm: 1 })).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { neighbourhood } from '../../../test-support/analyses/asker-neighbourhood.js';
import { SubgraphBuilder } from '../../../test-support/analyses/subgraph-builder.js';
import { at } from '../../../test-support/fixture-builder.js';
import { allResourceMatches, matchResources } from './resource-matching.js';
import { buildSnapshot } from './snapshot.js';
import { unmatchedResources } from './unmatched-resources.js';

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

/**
 * Two neighbouring districts, A (Görlitz-like) and B: a need in A, an offer 5 km east across the border in B,
 * an offer 80 km away, and a need of a kind nobody offers.
 */
function acrossTheBorder() {
  const kmEast = (km: number) => 14 + km / (111.32 * Math.cos((51 * Math.PI) / 180));
  return buildSnapshot(
    new SubgraphBuilder()
      .region('14626', 'Görlitz', 'district', at(51, 14))
      .region('14625', 'Bautzen', 'district', at(51, 14.2))
      .person('hof', { lat: 51, lon: 14, region: 'reg-14626' })
      .institution('werk', 'business', { lat: 51, lon: kmEast(5), region: 'reg-14625' })
      .institution('fern', 'business', { lat: 51, lon: kmEast(80), region: 'reg-14625' })
      .node('Resource', 'need-raum', { kind: 'rooms' })
      .node('Resource', 'need-geld', { kind: 'money' })
      .node('Resource', 'offer-raum', { kind: 'rooms' })
      .node('Resource', 'offer-zeit', { kind: 'staff_time' })
      .rel('NEEDS', 'hof', 'need-raum')
      .rel('NEEDS', 'hof', 'need-geld')
      .rel('OFFERS', 'werk', 'offer-raum')
      .rel('OFFERS', 'fern', 'offer-zeit')
      .build(),
  );
}

describe('matching across district borders', () => {
  it('meets a need in district A by an offer 5 km away in district B', () => {
    const snapshot = acrossTheBorder();
    const matches = matchResources(snapshot, { maxDistanceKm: 10 });
    expect(matches.map((m) => [m.needId, m.offerId, m.offerOwnerId])).toEqual([
      ['need-raum', 'offer-raum', 'werk'],
    ]);
    expect(matches[0]?.distanceKm).toBeCloseTo(5, 1);
    expect(matchResources(snapshot, { maxDistanceKm: 4 })).toEqual([]);
  });

  it('lists the needs and offers no counterpart meets', () => {
    const snapshot = acrossTheBorder();
    const all = allResourceMatches(snapshot, { maxDistanceKm: 10 });
    const unmatched = unmatchedResources(snapshot, all);
    expect(unmatched.needs).toEqual([{ resourceId: 'need-geld', ownerId: 'hof', kind: 'money' }]);
    expect(unmatched.offers).toEqual([
      { resourceId: 'offer-zeit', ownerId: 'fern', kind: 'staff_time' },
    ]);
    // Within 4 km nothing meets the room need, and the room offer stays unmatched too.
    const near = unmatchedResources(snapshot, allResourceMatches(snapshot, { maxDistanceKm: 4 }));
    expect(near.needs.map((n) => n.resourceId)).toEqual(['need-geld', 'need-raum']);
    // Scoped to the actors of district A: the offers of district B are not A's to list.
    const scoped = unmatchedResources(snapshot, all, {
      needOwnerIds: ['hof'],
      offerOwnerIds: ['hof'],
    });
    expect(scoped).toEqual({ needs: unmatched.needs, offers: [] });
  });
});

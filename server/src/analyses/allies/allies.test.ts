import { describe, expect, it } from 'vitest';
import { neighbourhood } from '../../../test-support/analyses/asker-neighbourhood.js';
import { alliesNearby } from './allies.js';

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
    // verein and lehrerin share no theme and, without an asker, have no path: near, but no allies (issue 12).
    expect(point.map((a) => a.id)).toEqual(['fremd', 'schule']);
    expect(point.every((a) => a.hops === null)).toBe(true);
  });

  // Issue 12 (Oppach): allies were listed that share no theme, for being near only.
  it('lists no candidate that shares no theme, has no path and offers nothing', () => {
    const allies = alliesNearby(neighbourhood(), { actorId: 'me', candidates });
    for (const ally of allies) {
      const why = ally.sharedTopicIds.length > 0 || ally.hops !== null || ally.offers.length > 0;
      expect(why, ally.id).toBe(true);
    }
    const near = alliesNearby(neighbourhood(), {
      topicIds: ['top-citizen_energy'],
      candidates: [{ id: 'lehrerin', distanceKm: 0.2 }],
    });
    expect(near).toEqual([]);
  });
});

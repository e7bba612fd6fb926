import { describe, expect, it } from 'vitest';
import { neighbourhood } from '../../../test-support/analyses/asker-neighbourhood.js';
import { matchResources } from './resource-matching.js';

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

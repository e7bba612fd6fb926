/**
 * Every analysis keeps to its snapshot: a store withholds what the viewer may not see, but relationships to
 * withheld nodes can still arrive; no analysis may return such an id. A new analysis adds its call here.
 */
import { describe, expect, it } from 'vitest';
import { withSecrets } from '../../test-support/analyses/withheld-ties.js';
import {
  alliesNearby,
  brokerage,
  buildSnapshot,
  compareRegions,
  findDuplicates,
  fundingFor,
  gapTable,
  matchResources,
  networkGrowth,
  networkOfNetworks,
  suggestLinks,
  themeCooccurrence,
  topicClusters,
} from './index.js';

describe('buildSnapshot', () => {
  it('never lets an analysis return an id from outside the snapshot', () => {
    const snapshot = buildSnapshot(withSecrets());
    const outputs = [
      gapTable(snapshot),
      suggestLinks(snapshot),
      suggestLinks(snapshot, { actorId: 'a' }),
      alliesNearby(snapshot, {
        actorId: 'p',
        candidates: [
          { id: 'secret-person', distanceKm: 1 },
          { id: 'b', distanceKm: 2 },
        ],
      }),
      topicClusters(snapshot, { minSize: 1 }),
      topicClusters(snapshot, { minSize: 1, mode: 'themes' }),
      themeCooccurrence(snapshot),
      brokerage(snapshot, { network: 'social' }),
      compareRegions(snapshot, { since: '2000-01-01' }),
      fundingFor(snapshot, { regionId: 'pirna', today: '2026-01-01' }),
      matchResources(snapshot),
      networkOfNetworks(snapshot),
      networkGrowth(snapshot.cooperations, snapshot.sectorOf, [], '2026-01-01'),
      findDuplicates(snapshot),
    ];
    expect(JSON.stringify(outputs)).not.toContain('secret');
  });
});

import { describe, expect, it } from 'vitest';
import { REASON_KINDS, reasonFromFields, toReasonFields } from '../reasons.js';
import type { Reason } from '../reasons.js';

/** One reason of every kind. */
const SAMPLES: readonly Reason[] = [
  { kind: 'sharedTopics', topicIds: ['top-a'] },
  { kind: 'matchingTopics', topicIds: ['top-a', 'top-b'] },
  { kind: 'distance', km: 4.2 },
  { kind: 'commonPartners', ids: ['ins-1'] },
  { kind: 'crossSector', sectors: ['business', 'science'] },
  { kind: 'sectorAffinity', sectors: ['business', 'business'], observed: 3, expected: 1.5 },
  { kind: 'activity', counts: [2, 5], averageCount: 3 },
  { kind: 'path', via: [] },
  { kind: 'offers', resourceKind: 'money', resourceIds: ['res-1'] },
  { kind: 'sectorGap', sectors: ['religion', 'education'], observed: 0, expected: 2.5 },
  { kind: 'brokerage', sectors: ['civil_society', 'administration'], openPairs: 4 },
  { kind: 'cutOff', actors: 2 },
  { kind: 'sharedMembers', ids: ['per-1', 'per-2'] },
  { kind: 'goodPractice', projectIds: ['prj-1'] },
  { kind: 'deadline', date: '2027-03-31' },
  {
    kind: 'clusterProfile',
    size: 7,
    topicIds: ['top-a'],
    topicShares: [0.5],
    sectors: ['education'],
  },
  { kind: 'regions', ids: ['reg-14626'] },
  { kind: 'regionProfile', actorsPer10k: null, crossSectorShare: 0.25 },
  { kind: 'newCrossSector', count: 3, since: '2025-01-01' },
  { kind: 'eligibleSectors', sectors: [] },
];

describe('reasons on the wire', () => {
  it('has a sample of every kind', () => {
    expect(SAMPLES.map((reason) => reason.kind).sort()).toEqual([...REASON_KINDS].sort());
  });

  it.each(SAMPLES.map((reason) => [reason.kind, reason] as const))(
    'reads %s back from its fields',
    (_kind, reason) => {
      expect(reasonFromFields(toReasonFields(reason))).toEqual(reason);
    },
  );

  it('carries a cluster size as `actors` and the start of new ties as `date`', () => {
    expect(toReasonFields(SAMPLES[15] as Reason)).toMatchObject({ actors: 7 });
    expect(toReasonFields(SAMPLES[18] as Reason)).toMatchObject({ date: '2025-01-01' });
  });

  it('refuses a record without the fields its kind needs', () => {
    expect(reasonFromFields({ kind: 'distance' })).toBeNull();
    expect(reasonFromFields({ kind: 'crossSector', sectors: ['business'] })).toBeNull();
    expect(reasonFromFields({ kind: 'path', via: null })).toBeNull();
  });
});

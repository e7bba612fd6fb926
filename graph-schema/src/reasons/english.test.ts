import { describe, expect, it } from 'vitest';
import { explainReasons, wordReason } from '../reasons.js';
import type { Reason } from '../reasons.js';

const known = new Map([
  ['top-fair_trade', 'Fair trade'],
  ['ins-000022', 'Lokale Agenda 21 Leipzig e.V.'],
  ['top-energy_climate', 'Energy & climate'],
]);
const names = (id: string) => known.get(id);
const en = (reason: Reason) => wordReason(reason, 'en', names);

describe('reasons in English', () => {
  it('renders a link suggestion as one sentence, as the German explanation does', () => {
    const text = explainReasons(
      [
        { kind: 'sharedTopics', topicIds: ['top-fair_trade'] },
        { kind: 'distance', km: 4.767 },
        { kind: 'commonPartners', ids: ['ins-000022'] },
        { kind: 'crossSector', sectors: ['civil_society', 'religion'] },
      ],
      'en',
      names,
    );
    expect(text).toBe(
      'Both work on Fair trade, 4.8 km away, common partner: Lokale Agenda 21 Leipzig e.V., links Civil society and Religion.',
    );
  });

  it('covers gaps, brokers, cut points, deadlines, offers and paths', () => {
    expect(
      en({
        kind: 'sectorGap',
        observed: 8,
        expected: 32.21,
        sectors: ['civil_society', 'religion'],
      }),
    ).toBe('8 cooperations between Civil society and Religion where 32.2 would be expected');
    expect(en({ kind: 'brokerage', openPairs: 1, sectors: ['religion', 'civil_society'] })).toBe(
      'bridges 1 otherwise unconnected pair between Religion and Civil society',
    );
    // As in German: well connected only when each of the two reaches the average.
    expect(en({ kind: 'activity', counts: [4, 2], averageCount: 2 })).toBe(
      'both are well connected (4 and 2 cooperations)',
    );
    expect(en({ kind: 'activity', counts: [4, 1], averageCount: 2 })).toBe(
      'both are already connected (4 and 1 cooperation)',
    );
    expect(en({ kind: 'activity', counts: [1, 1], averageCount: 3 })).toBe(
      'both are already connected (1 cooperation each)',
    );
    expect(
      en({
        kind: 'sectorAffinity',
        sectors: ['business', 'business'],
        observed: 9,
        expected: 4.25,
      }),
    ).toBe(
      'institutions in Business often cooperate with each other in the region (9 cooperations, 4.3 expected)',
    );
    expect(en({ kind: 'cutOff', actors: 3 })).toContain('3 actors lose');
    expect(en({ kind: 'deadline', date: '2027-01-13' })).toBe('deadline 13 Jan 2027');
    expect(en({ kind: 'offers', resourceKind: 'staff_time', resourceIds: [] })).toBe(
      'offers staff time that is needed',
    );
    expect(en({ kind: 'path', via: [] })).toBe('already directly connected');
    expect(en({ kind: 'eligibleSectors', sectors: [] })).toBe('open to all sectors');
    expect(en({ kind: 'regionProfile', actorsPer10k: 3.25, crossSectorShare: 0.4 })).toBe(
      '3.3 actors per 10,000 inhabitants, 40% of ties across sectors',
    );
  });

  it('falls back to reference topic names, then ids, and shortens long lists', () => {
    expect(
      en({
        kind: 'matchingTopics',
        topicIds: ['top-energy_climate', 'top-x', 'top-cycling', 'top-z'],
      }),
    ).toBe('matches the themes Energy & climate, top-x, Cycling and 1 more');
    expect(explainReasons([], 'en', names)).toBe('');
  });

  it('counts actors instead of naming them when a name is unknown', () => {
    expect(en({ kind: 'commonPartners', ids: ['ins-1', 'ins-2'] })).toBe('2 common partners');
    expect(en({ kind: 'path', via: ['per-1'] })).toBe('reachable through 1 contact');
    expect(en({ kind: 'path', via: ['ins-000022'] })).toBe(
      'reachable through Lokale Agenda 21 Leipzig e.V.',
    );
  });

  it('leaves out what a cluster or region does not have', () => {
    expect(
      en({ kind: 'clusterProfile', size: 4, topicIds: [], topicShares: [], sectors: [] }),
    ).toBe('4 actors');
    expect(en({ kind: 'regionProfile', actorsPer10k: null, crossSectorShare: 0.5 })).toBe(
      '50% of ties across sectors',
    );
  });
});

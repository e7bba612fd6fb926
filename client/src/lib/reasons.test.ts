import { describe, expect, it } from 'vitest';
import { reasonToEnglish, reasonsToEnglish } from './reasons';
import type { ReasonContext } from './reasons';

const names = new Map([
  ['top-fair_trade', 'Fair trade'],
  ['ins-000022', 'Lokale Agenda 21 Leipzig e.V.'],
  ['top-energy_climate', 'Energy & climate'],
]);
const ctx: ReasonContext = {
  name: (id) => names.get(id),
  sector: (sector) =>
    ({ civil_society: 'Civil society', religion: 'Religion' })[sector as 'religion'] ?? sector,
  resourceKind: (kind) => (kind === 'staff_time' ? 'staff time' : kind),
};

describe('reasons in English', () => {
  it('renders a link suggestion as one sentence, as the German explanation does', () => {
    const text = reasonsToEnglish(
      [
        { kind: 'sharedTopics', topicIds: ['top-fair_trade'] },
        { kind: 'distance', km: 4.767 },
        { kind: 'commonPartners', ids: ['ins-000022'] },
        { kind: 'crossSector', sectors: ['civil_society', 'religion'] },
      ],
      ctx,
    );
    expect(text).toBe(
      'Both work on Fair trade, 4.8 km away, common partner: Lokale Agenda 21 Leipzig e.V., links Civil society and Religion.',
    );
  });

  it('covers gaps, brokers, cut points, deadlines, offers and paths', () => {
    expect(
      reasonToEnglish(
        { kind: 'sectorGap', observed: 8, expected: 32.21, sectors: ['civil_society', 'religion'] },
        ctx,
      ),
    ).toBe('8 cooperations between Civil society and Religion where 32.2 would be expected');
    expect(
      reasonToEnglish(
        { kind: 'brokerage', openPairs: 1, sectors: ['religion', 'civil_society'] },
        ctx,
      ),
    ).toBe('bridges 1 otherwise unconnected pair between Religion and Civil society');
    expect(reasonToEnglish({ kind: 'activity', counts: [4, 1], averageCount: 2 }, ctx)).toBe(
      'both are well connected (4 and 1 cooperation)',
    );
    expect(reasonToEnglish({ kind: 'activity', counts: [1, 1], averageCount: 3 }, ctx)).toBe(
      'both are already connected (1 cooperation each)',
    );
    expect(
      reasonToEnglish(
        { kind: 'sectorAffinity', sectors: ['business', 'business'], observed: 9, expected: 4.25 },
        ctx,
      ),
    ).toBe(
      'institutions in business often cooperate with each other in the region (9 cooperations, 4.3 expected)',
    );
    expect(reasonToEnglish({ kind: 'cutOff', actors: 3 }, ctx)).toContain('3 actors lose');
    expect(reasonToEnglish({ kind: 'deadline', date: '2027-01-13' }, ctx)).toBe(
      'deadline 13 Jan 2027',
    );
    expect(reasonToEnglish({ kind: 'offers', resourceKind: 'staff_time' }, ctx)).toBe(
      'offers staff time that is needed',
    );
    expect(reasonToEnglish({ kind: 'path', via: [] }, ctx)).toBe('already directly connected');
    expect(reasonToEnglish({ kind: 'eligibleSectors', sectors: [] }, ctx)).toBe(
      'open to all sectors',
    );
    expect(
      reasonToEnglish({ kind: 'regionProfile', actorsPer10k: 3.25, crossSectorShare: 0.4 }, ctx),
    ).toBe('3.3 actors per 10,000 inhabitants, 40% of ties across sectors');
  });

  it('falls back to ids for unknown names and shortens long lists', () => {
    expect(
      reasonToEnglish(
        { kind: 'matchingTopics', topicIds: ['top-energy_climate', 'top-x', 'top-y', 'top-z'] },
        ctx,
      ),
    ).toBe('matches the themes Energy & climate, top-x, top-y and 1 more');
    expect(reasonsToEnglish([], ctx)).toBe('');
    expect(reasonToEnglish({ kind: 'commonPartners', ids: ['ins-1', 'ins-2'] }, ctx)).toBe(
      '2 common partners',
    );
    expect(reasonToEnglish({ kind: 'path', via: ['per-1'] }, ctx)).toBe(
      'reachable through 1 contact',
    );
  });
});

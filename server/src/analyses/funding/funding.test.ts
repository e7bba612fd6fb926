import { describe, expect, it } from 'vitest';
import type { Properties } from '../../store/port.js';
import { fundingFor } from './funding.js';
import { buildSnapshot } from '../kernel/snapshot.js';
import { SubgraphBuilder } from '../../../test-support/analyses/subgraph-builder.js';

function programmes() {
  const b = new SubgraphBuilder()
    .topicTree()
    .node('Region', 'sn', { level: 'state', ags: '14' })
    .node('Region', 'lk', { level: 'district', ags: '14628' })
    .node('Region', 'lk2', { level: 'district', ags: '14625' })
    .node('Region', 'pirna', { level: 'municipality', ags: '14628270' })
    .rel('PART_OF', 'lk', 'sn')
    .rel('PART_OF', 'lk2', 'sn')
    .rel('PART_OF', 'pirna', 'lk')
    .institution('schule', 'education', { topics: ['school_education'], region: 'pirna' });
  const programme = (
    id: string,
    props: Properties,
    topics: string[] = [],
    regions: string[] = [],
  ) => {
    b.node('FundingProgramme', id, { funderLevel: 'state', ...props });
    for (const t of topics) b.rel('WORKS_ON', id, `top-${t}`);
    for (const r of regions) b.rel('ELIGIBLE_IN', id, r);
  };
  programme(
    'f1',
    {
      name: 'BNE-Förderung',
      eligibleSectors: ['civil_society', 'education'],
      deadline: '2026-12-01',
    },
    ['education_sd'],
    ['sn'],
  );
  programme('f2', { deadline: '2026-12-15' });
  programme('f3', { deadline: '2026-01-01' });
  programme('f4', { eligibleSectors: ['business'] }, ['school_education']);
  programme('f5', {}, [], ['lk2']);
  programme('f6', {}, ['transport']);
  programme('f7', {}, ['school_education']);
  return buildSnapshot(b.build());
}

describe('fundingFor', () => {
  it('filters by sector, region chain, themes and future deadlines, nearest deadline first', () => {
    const matches = fundingFor(programmes(), { institutionId: 'schule', today: '2026-11-25' });
    expect(matches.map((m) => m.programmeId)).toEqual(['f1', 'f2', 'f7']);
    expect(matches[0]?.explanationDe).toBe(
      'Passt thematisch: Bildung für nachhaltige Entwicklung (BNE), offen für Zivilgesellschaft und Bildung, ' +
        'Frist: 01.12.2026.',
    );
    expect(matches[1]).toMatchObject({ themeOpen: true, deadline: '2026-12-15' });
  });

  it('uses the themes of the actors in a region when asked for a region', () => {
    const matches = fundingFor(programmes(), { regionId: 'lk', today: '2026-11-25' });
    expect(matches.map((m) => m.programmeId)).toEqual(['f1', 'f2', 'f4', 'f7']);
    const business = fundingFor(programmes(), {
      regionId: 'lk',
      sector: 'business',
      today: '2026-11-25',
    });
    expect(business.map((m) => m.programmeId)).toEqual(['f2', 'f4', 'f7']);
  });
});

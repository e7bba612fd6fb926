import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAnalyticsApi } from '../../../test-support/analyses/api.js';
import type { AnalyticsApi, BadArguments } from '../../../test-support/analyses/api.js';

let t: AnalyticsApi;
beforeAll(async () => {
  t = await startAnalyticsApi();
});
afterAll(() => t.close());

interface FundingResult {
  fundingMatches: {
    programmes: number;
    matches: {
      programme: { id: string };
      deadline: string | null;
      themeOpen: boolean;
      explanationDe: string;
    }[];
  };
}
const FUNDING = `query ($institutionId: ID, $regionId: ID, $topicIds: [ID!], $today: String) {
  fundingMatches(institutionId: $institutionId, regionId: $regionId, topicIds: $topicIds, today: $today) {
    programmes matches { programme { id } deadline themeOpen explanationDe }
  }
}`;
const programmes = (r: FundingResult): string[] =>
  r.fundingMatches.matches.map((m) => m.programme.id);

describe('fundingMatches', () => {
  it('fits an institution by sector, region, theme and future deadline', async () => {
    const r = await t.ask<FundingResult>(FUNDING, {
      institutionId: 'ins-schule',
      today: '2026-01-01',
    });
    // Left out: fp-alt (deadline passed), fp-leipzig (other region), fp-agrar (theme), fp-wirtschaft (sector).
    expect(programmes(r)).toEqual(['fp-klima', 'fp-offen']);
    expect(r.fundingMatches.programmes).toBe(6);
    expect(r.fundingMatches.matches[0]?.explanationDe).toBe(
      'Passt thematisch: Energie & Klimaschutz, offen für Bildung und Zivilgesellschaft, Frist: 31.03.2099.',
    );
    const later = await t.ask<FundingResult>(FUNDING, {
      institutionId: 'ins-schule',
      today: '2100-01-01',
    });
    expect(programmes(later)).toEqual(['fp-offen']);
  });

  it('fits a region by its actors’ themes or by given topics', async () => {
    const r = await t.ask<FundingResult>(FUNDING, { regionId: 'reg-14626', today: '2026-01-01' });
    expect(programmes(r)).toEqual(['fp-agrar', 'fp-wirtschaft', 'fp-klima', 'fp-offen']);
    const leipzig = await t.ask<FundingResult>(FUNDING, {
      regionId: 'reg-14713000',
      topicIds: ['top-energy_climate'],
      today: '2026-01-01',
    });
    expect(programmes(leipzig)).toEqual(['fp-wirtschaft', 'fp-klima', 'fp-leipzig', 'fp-offen']);
  });
});

/** The selections the argument checks ask for. */
const CHECKED_FUNDING = `query ($institutionId: ID, $regionId: ID, $today: String, $topicIds: [ID!]) {
  fundingMatches(institutionId: $institutionId, regionId: $regionId, today: $today, topicIds: $topicIds) { programmes } }`;

describe('bad arguments', () => {
  it.each<BadArguments>([
    ['neither', {}, 'BAD_USER_INPUT'],
    ['bad today', { institutionId: 'ins-schule', today: 'tomorrow' }, 'BAD_USER_INPUT'],
    ['a region as institution', { institutionId: 'reg-14626' }, 'NOT_FOUND'],
    ['bad topic id', { regionId: 'reg-14626', topicIds: ['no such id!'] }, 'BAD_USER_INPUT'],
  ])('fundingMatches: %s', async (_name, variables, code) => {
    expect(await t.codeOf(CHECKED_FUNDING, variables)).toBe(code);
  });
});

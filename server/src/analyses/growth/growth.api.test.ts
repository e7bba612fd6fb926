import 'reflect-metadata';
import { regionId } from '@nzr/graph-schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi } from '../../../test-support/api/test-server.js';
import type { TestApi } from '../../../test-support/api/test-server.js';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

interface Year {
  year: number;
  started: number;
  startedCrossSector: number;
  startedViaIntroduction: number;
  introduced: number;
  activeAtEnd: number;
}
interface Growth {
  networkGrowth: {
    regionId: string;
    years: Year[];
    introductions: number;
    introductionsCooperating: number;
    undated: number;
    truncated: boolean;
  };
}
const GROWTH = `query ($regionId: ID, $today: String) {
  networkGrowth(regionId: $regionId, today: $today) {
    regionId introductions introductionsCooperating undated truncated
    years { year started startedCrossSector startedViaIntroduction introduced activeAtEnd }
  }
}`;
const RECORD = `mutation ($input: RecordIntroductionInput!) { recordIntroduction(input: $input) { id version } }`;
const MOVE = `mutation ($input: MoveIntroductionInput!) { moveIntroduction(input: $input) { version tieId } }`;

const LEIPZIG = regionId('14713');

async function growth(variables: Record<string, unknown>, token: string | null = null) {
  const { data, errors } = await api.gql<Growth>(GROWTH, variables, token);
  expect(errors).toBeUndefined();
  if (!data) throw new Error('no data');
  return data.networkGrowth;
}

describe('networkGrowth', () => {
  it('counts a cooperation that came from an introduction, in the year it began, for the region', async () => {
    const before = await growth({ regionId: LEIPZIG });
    const thisYear = new Date().getUTCFullYear();
    expect(before.regionId).toBe(LEIPZIG);
    expect(before.years.at(-1)?.year).toBe(thisYear);

    const coordinator = await api.tokenFor('coordinator');
    const recorded = await api.gql<{ recordIntroduction: { id: string; version: number } }>(
      RECORD,
      {
        input: {
          fromId: 'ins-energieagentur',
          toId: 'ins-gruene-liga',
          source: 'link_suggestion',
          channel: 'meeting',
        },
      },
      coordinator,
    );
    const intro = recorded.data?.recordIntroduction;
    if (!intro) throw new Error(JSON.stringify(recorded.errors));
    let version = intro.version;
    for (const status of ['in_contact', 'cooperating']) {
      const moved = await api.gql<{ moveIntroduction: { version: number } }>(
        MOVE,
        { input: { id: intro.id, status, expectedVersion: version } },
        coordinator,
      );
      expect(moved.errors).toBeUndefined();
      version = moved.data?.moveIntroduction.version ?? 0;
    }

    const after = await growth({ regionId: LEIPZIG });
    const last = (g: typeof before) => g.years.at(-1) as Year;
    expect(last(after).started).toBe(last(before).started + 1);
    expect(last(after).startedViaIntroduction).toBe(last(before).startedViaIntroduction + 1);
    expect(last(after).introduced).toBe(last(before).introduced + 1);
    expect(last(after).activeAtEnd).toBe(last(before).activeAtEnd + 1);
    expect(after.introductions).toBe(before.introductions + 1);
    expect(after.introductionsCooperating).toBe(before.introductionsCooperating + 1);
    // The state counts it too.
    const state = await growth({});
    expect(state.introductionsCooperating).toBeGreaterThanOrEqual(1);
    expect(last(state).startedViaIntroduction).toBeGreaterThanOrEqual(1);
  });

  it('refuses a bad date and an unknown region with clear codes', async () => {
    const bad = await api.gql(GROWTH, { today: '2026-13-40' });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const missing = await api.gql(GROWTH, { regionId: 'reg-00000' });
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

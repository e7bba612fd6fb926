import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REASONS, startAnalyticsApi } from '../../../test-support/analyses/api.js';
import type { AnalyticsApi, BadArguments } from '../../../test-support/analyses/api.js';

let t: AnalyticsApi;
beforeAll(async () => {
  t = await startAnalyticsApi();
});
afterAll(() => t.close());

interface Cell {
  sectors: string[];
  observed: number;
  expected: number;
  ratio: number | null;
  pValue: number;
  underLinked: boolean;
  explanationDe: string;
  reasons: { kind: string; sectors: string[]; observed: number }[];
}
interface GapResult {
  gapTable: {
    totalTies: number;
    possiblePairs: number;
    sectorSizes: { sector: string; institutions: number }[];
    cells: Cell[];
    truncated: boolean;
  };
}
const GAPS = `query ($regionId: ID, $networkId: ID, $topicId: ID) {
  gapTable(regionId: $regionId, networkId: $networkId, topicId: $topicId) {
    totalTies possiblePairs truncated sectorSizes { sector institutions }
    cells { sectors observed expected ratio pValue underLinked explanationDe ${REASONS} }
  }
}`;
const cell = (r: GapResult, a: string, b: string): Cell | undefined =>
  r.gapTable.cells.find((c) => c.sectors[0] === a && c.sectors[1] === b);

describe('gapTable', () => {
  it('counts the district’s active cooperations per sector pair against chance (hand-checked)', async () => {
    const r = await t.ask<GapResult>(GAPS, { regionId: 'reg-14626' });
    // 10 institutions, 10 active ties inside the district (the ended one and the one to Leipzig are out).
    expect(r.gapTable).toMatchObject({ totalTies: 10, possiblePairs: 45, truncated: false });
    expect(r.gapTable.sectorSizes.map((s) => s.institutions)).toEqual([3, 2, 2, 2, 1, 0]);
    // education × business: 2·2 = 4 pairs, expected 10·4/45, observed 0, p = e^-expected.
    const eduBusiness = cell(r, 'business', 'education');
    expect(eduBusiness?.observed).toBe(0);
    expect(eduBusiness?.expected).toBeCloseTo(40 / 45, 12);
    expect(eduBusiness?.ratio).toBe(0);
    expect(eduBusiness?.pValue).toBeCloseTo(Math.exp(-40 / 45), 12);
    // civil society × administration: 3·2 = 6 pairs, expected 60/45, observed 2.
    const csAdmin = cell(r, 'civil_society', 'administration');
    expect(csAdmin).toMatchObject({ observed: 2, ratio: 1.5, underLinked: false });
    expect(csAdmin?.reasons[0]).toMatchObject({ kind: 'sectorGap', observed: 2 });
    expect(csAdmin?.explanationDe).toBe(
      '2 Kooperationen zwischen Zivilgesellschaft und Verwaltung & Politik, erwartet wären 1,3.',
    );
    expect(r.gapTable.cells).toHaveLength(21);
  });

  it('filters by topic and scopes by network', async () => {
    const energy = await t.ask<GapResult>(GAPS, {
      regionId: 'reg-14626',
      topicId: 'top-energy_climate',
    });
    // Energy: Energieverein, Stadt, Solarhandwerk, Oberschule; ties c1, c3, c4.
    expect(energy.gapTable.sectorSizes.map((s) => s.institutions)).toEqual([1, 1, 1, 1, 0, 0]);
    expect(energy.gapTable.totalTies).toBe(3);
    const network = await t.ask<GapResult>(GAPS, { networkId: 'net-energie' });
    // Members Energieverein, Solarhandwerk, Oberschule: ties c3 and c4.
    expect(network.gapTable).toMatchObject({ totalTies: 2, possiblePairs: 3 });
  });
});

/** The selections the argument checks ask for. */
const CHECKED_GAPS = `query ($regionId: ID, $networkId: ID, $topicId: ID, $asOf: String) {
  gapTable(regionId: $regionId, networkId: $networkId, topicId: $topicId, asOf: $asOf) { totalTies } }`;

describe('bad arguments', () => {
  it.each<BadArguments>([
    ['no scope', {}, 'BAD_USER_INPUT'],
    ['two scopes', { regionId: 'reg-14626', networkId: 'net-energie' }, 'BAD_USER_INPUT'],
    ['unknown region', { regionId: 'reg-99999' }, 'NOT_FOUND'],
    ['a network id as region', { regionId: 'net-energie' }, 'NOT_FOUND'],
    ['unknown topic', { regionId: 'reg-14626', topicId: 'top-nope' }, 'NOT_FOUND'],
    ['bad date', { regionId: 'reg-14626', asOf: '1.1.2025' }, 'BAD_USER_INPUT'],
    ['no such day', { regionId: 'reg-14626', asOf: '2023-02-30' }, 'BAD_USER_INPUT'],
  ])('gapTable: %s', async (_name, variables, code) => {
    expect(await t.codeOf(CHECKED_GAPS, variables)).toBe(code);
  });

  it('says which arguments are missing or wrong', async () => {
    const { errors } = await t.api.gql(CHECKED_GAPS, {});
    expect(errors?.[0]?.message).toBe(
      'regionId|networkId give exactly one of regionId, networkId as scope (got none)',
    );
  });

  it('refuses a request that aliases many analyses', async () => {
    const aliases = Array.from(
      { length: 11 },
      (_, i) => `g${i}: gapTable(regionId: "reg-14626") { totalTies }`,
    );
    expect(await t.codeOf(`{ ${aliases.join(' ')} }`)).toBe('QUERY_TOO_COMPLEX');
  });
});

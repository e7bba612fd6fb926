import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAnalyticsApi } from './test-api.js';
import type { AnalyticsApi } from './test-api.js';

let t: AnalyticsApi;
beforeAll(async () => {
  t = await startAnalyticsApi();
});
afterAll(() => t.close());

type Case = readonly [string, Record<string, unknown>, 'BAD_USER_INPUT' | 'NOT_FOUND'];

const GAPS = `query ($regionId: ID, $networkId: ID, $topicId: ID, $asOf: String) {
  gapTable(regionId: $regionId, networkId: $networkId, topicId: $topicId, asOf: $asOf) { totalTies } }`;
const SUGGESTIONS = `query ($regionId: ID!, $actorId: ID, $limit: Int, $maxDistanceKm: Float) {
  linkSuggestions(regionId: $regionId, actorId: $actorId, limit: $limit, maxDistanceKm: $maxDistanceKm) { institutions } }`;
const ALLIES = `query ($actorId: ID, $regionId: ID, $point: CoordinateInput, $radiusKm: Float!, $limit: Int) {
  alliesNearby(actorId: $actorId, regionId: $regionId, point: $point, radiusKm: $radiusKm, limit: $limit) { candidates } }`;
const RESOURCES = `query ($actorId: ID, $regionId: ID, $maxDistanceKm: Float) {
  resourceMatches(actorId: $actorId, regionId: $regionId, maxDistanceKm: $maxDistanceKm) { truncated } }`;
const FUNDING = `query ($institutionId: ID, $regionId: ID, $today: String, $topicIds: [ID!]) {
  fundingMatches(institutionId: $institutionId, regionId: $regionId, today: $today, topicIds: $topicIds) { programmes } }`;
const CLUSTERS = `query ($regionId: ID, $topicId: ID, $networkId: ID, $limit: Int) {
  topicClusters(regionId: $regionId, topicId: $topicId, networkId: $networkId, limit: $limit) { actors } }`;
const THEMES = `query ($regionId: ID) { themeCooccurrence(regionId: $regionId) { truncated } }`;
const BROKERS = `query ($regionId: ID, $networkId: ID, $limit: Int) {
  brokers(regionId: $regionId, networkId: $networkId, limit: $limit) { actors } }`;
const REGIONS = `query ($since: String, $until: String, $asOf: String) {
  regionComparison(since: $since, until: $until, asOf: $asOf) { actors } }`;
const NETWORKS = `query ($regionId: ID) { networkOfNetworks(regionId: $regionId) { truncated } }`;

const CASES: Record<string, readonly [string, readonly Case[]]> = {
  gapTable: [
    GAPS,
    [
      ['no scope', {}, 'BAD_USER_INPUT'],
      ['two scopes', { regionId: 'reg-14626', networkId: 'net-energie' }, 'BAD_USER_INPUT'],
      ['unknown region', { regionId: 'reg-99999' }, 'NOT_FOUND'],
      ['a network id as region', { regionId: 'net-energie' }, 'NOT_FOUND'],
      ['unknown topic', { regionId: 'reg-14626', topicId: 'top-nope' }, 'NOT_FOUND'],
      ['bad date', { regionId: 'reg-14626', asOf: '1.1.2025' }, 'BAD_USER_INPUT'],
      ['no such day', { regionId: 'reg-14626', asOf: '2023-02-30' }, 'BAD_USER_INPUT'],
    ],
  ],
  linkSuggestions: [
    SUGGESTIONS,
    [
      ['limit 0', { regionId: 'reg-14626', limit: 0 }, 'BAD_USER_INPUT'],
      ['limit 101', { regionId: 'reg-14626', limit: 101 }, 'BAD_USER_INPUT'],
      ['negative distance', { regionId: 'reg-14626', maxDistanceKm: -1 }, 'BAD_USER_INPUT'],
      ['unknown region', { regionId: 'reg-99999' }, 'NOT_FOUND'],
      ['a person as actor', { regionId: 'reg-14626', actorId: 'per-anna' }, 'NOT_FOUND'],
      ['actor outside region', { regionId: 'reg-14626', actorId: 'ins-uni' }, 'BAD_USER_INPUT'],
    ],
  ],
  alliesNearby: [
    ALLIES,
    [
      ['no centre', { radiusKm: 10 }, 'BAD_USER_INPUT'],
      [
        'two centres',
        { actorId: 'per-anna', regionId: 'reg-14626', radiusKm: 10 },
        'BAD_USER_INPUT',
      ],
      ['radius over 100', { actorId: 'per-anna', radiusKm: 150 }, 'BAD_USER_INPUT'],
      ['radius 0', { actorId: 'per-anna', radiusKm: 0 }, 'BAD_USER_INPUT'],
      ['latitude 95', { point: { latitude: 95, longitude: 13 }, radiusKm: 5 }, 'BAD_USER_INPUT'],
      ['limit 0', { actorId: 'per-anna', radiusKm: 5, limit: 0 }, 'BAD_USER_INPUT'],
      ['hidden person', { actorId: 'per-bernd', radiusKm: 5 }, 'NOT_FOUND'],
      ['unknown region', { regionId: 'reg-99999', radiusKm: 5 }, 'NOT_FOUND'],
    ],
  ],
  resourceMatches: [
    RESOURCES,
    [
      ['neither', {}, 'BAD_USER_INPUT'],
      ['both', { actorId: 'per-anna', regionId: 'reg-14626' }, 'BAD_USER_INPUT'],
      ['distance over 100', { actorId: 'per-anna', maxDistanceKm: 500 }, 'BAD_USER_INPUT'],
      ['unknown actor', { actorId: 'per-nobody' }, 'NOT_FOUND'],
    ],
  ],
  fundingMatches: [
    FUNDING,
    [
      ['neither', {}, 'BAD_USER_INPUT'],
      ['bad today', { institutionId: 'ins-schule', today: 'tomorrow' }, 'BAD_USER_INPUT'],
      ['a region as institution', { institutionId: 'reg-14626' }, 'NOT_FOUND'],
      ['bad topic id', { regionId: 'reg-14626', topicIds: ['no such id!'] }, 'BAD_USER_INPUT'],
    ],
  ],
  topicClusters: [
    CLUSTERS,
    [
      ['two scopes', { regionId: 'reg-14626', topicId: 'top-energy_climate' }, 'BAD_USER_INPUT'],
      ['unknown network', { networkId: 'net-nope' }, 'NOT_FOUND'],
      ['limit 0', { regionId: 'reg-14626', limit: 0 }, 'BAD_USER_INPUT'],
    ],
  ],
  themeCooccurrence: [THEMES, [['unknown region', { regionId: 'reg-99999' }, 'NOT_FOUND']]],
  brokers: [
    BROKERS,
    [
      ['no scope', {}, 'BAD_USER_INPUT'],
      ['limit 101', { regionId: 'reg-14626', limit: 101 }, 'BAD_USER_INPUT'],
      ['a topic as network', { networkId: 'top-energy_climate' }, 'NOT_FOUND'],
    ],
  ],
  regionComparison: [
    REGIONS,
    [
      ['until without since', { until: '2025-01-01' }, 'BAD_USER_INPUT'],
      ['until before since', { since: '2025-01-01', until: '2024-01-01' }, 'BAD_USER_INPUT'],
      ['bad since', { since: '2025-13-45' }, 'BAD_USER_INPUT'],
    ],
  ],
  networkOfNetworks: [
    NETWORKS,
    [
      ['unknown region', { regionId: 'reg-99999' }, 'NOT_FOUND'],
      ['malformed id', { regionId: 'bad id' }, 'BAD_USER_INPUT'],
    ],
  ],
};

describe('bad arguments', () => {
  for (const [analysis, [query, cases]] of Object.entries(CASES)) {
    it.each(cases)(`${analysis}: %s`, async (_name, variables, code) => {
      expect(await t.codeOf(query, variables)).toBe(code);
    });
  }

  it('says which arguments are missing or wrong', async () => {
    const { errors } = await t.api.gql(GAPS, {});
    expect(errors?.[0]?.message).toBe(
      'regionId|networkId give exactly one of regionId, networkId as scope (got none)',
    );
    const radius = await t.api.gql(ALLIES, { actorId: 'per-anna', radiusKm: 150 });
    expect(radius.errors?.[0]?.message).toBe('radiusKm must be between 0 and 100 (got 150)');
  });

  it('refuses a request that aliases many analyses', async () => {
    const aliases = Array.from(
      { length: 11 },
      (_, i) => `g${i}: gapTable(regionId: "reg-14626") { totalTies }`,
    );
    expect(await t.codeOf(`{ ${aliases.join(' ')} }`)).toBe('QUERY_TOO_COMPLEX');
  });
});

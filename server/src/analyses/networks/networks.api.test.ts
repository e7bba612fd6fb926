import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAnalyticsApi } from '../../../test-support/analyses/api.js';
import type { AnalyticsApi, BadArguments } from '../../../test-support/analyses/api.js';

let t: AnalyticsApi;
beforeAll(async () => {
  t = await startAnalyticsApi();
});
afterAll(() => t.close());

interface NetworkResult {
  networkOfNetworks: {
    networks: { node: { id: string }; members: number; topicIds: string[] }[];
    links: {
      a: { id: string };
      b: { id: string };
      weight: number;
      sharedMemberIds: string[];
      goodPracticeProjectIds: string[];
      explanationDe: string;
    }[];
  };
}
const NETWORKS = `query ($regionId: ID) {
  networkOfNetworks(regionId: $regionId) {
    networks { node { id } members topicIds }
    links { a { id } b { id } weight sharedMemberIds goodPracticeProjectIds explanationDe }
  }
}`;

describe('networkOfNetworks', () => {
  it('links networks by shared members, themes and good practice; hidden members stay hidden', async () => {
    const r = await t.ask<NetworkResult>(NETWORKS, {});
    expect(r.networkOfNetworks.networks.map((n) => [n.node.id, n.members])).toEqual([
      ['net-bildung', 2],
      ['net-energie', 3],
      ['net-leipzig', 2],
    ]);
    const [strongest, themeOnly] = r.networkOfNetworks.links;
    // 1 shared member (the school) + 2 · 1 good-practice project; Bernd is hidden.
    expect(strongest).toMatchObject({
      a: { id: 'net-bildung' },
      b: { id: 'net-energie' },
      weight: 3,
      sharedMemberIds: ['ins-schule'],
      goodPracticeProjectIds: ['proj-solarschule'],
    });
    expect(themeOnly).toMatchObject({
      a: { id: 'net-energie' },
      b: { id: 'net-leipzig' },
      weight: 0.5,
    });
    const member = await t.ask<NetworkResult>(NETWORKS, {}, 'member');
    expect(member.networkOfNetworks.links[0]).toMatchObject({
      weight: 4,
      sharedMemberIds: ['ins-schule', 'per-bernd'],
    });
    const district = await t.ask<NetworkResult>(NETWORKS, { regionId: 'reg-14626' });
    expect(district.networkOfNetworks.networks.map((n) => n.node.id)).toEqual([
      'net-bildung',
      'net-energie',
    ]);
    expect(district.networkOfNetworks.links).toHaveLength(1);
  });
});

/** The selections the argument checks ask for. */
const CHECKED_NETWORKS = `query ($regionId: ID) { networkOfNetworks(regionId: $regionId) { truncated } }`;

describe('bad arguments', () => {
  it.each<BadArguments>([
    ['unknown region', { regionId: 'reg-99999' }, 'NOT_FOUND'],
    ['malformed id', { regionId: 'bad id' }, 'BAD_USER_INPUT'],
  ])('networkOfNetworks: %s', async (_name, variables, code) => {
    expect(await t.codeOf(CHECKED_NETWORKS, variables)).toBe(code);
  });
});

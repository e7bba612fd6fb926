import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAnalyticsApi } from '../../../test-support/analyses/api.js';
import type { AnalyticsApi, BadArguments } from '../../../test-support/analyses/api.js';

let t: AnalyticsApi;
beforeAll(async () => {
  t = await startAnalyticsApi();
});
afterAll(() => t.close());

interface ClusterResult {
  topicClusters: {
    modularity: number;
    communityCount: number;
    actors: number;
    truncated: boolean;
    clusters: {
      size: number;
      memberIds: string[];
      topMembers: { id: string; name: string }[];
      themes: { topicId: string; count: number; share: number }[];
      sectors: { sector: string; count: number }[];
      regions: { regionId: string; count: number }[];
      explanationDe: string;
      reasons: { kind: string; actors: number | null }[];
    }[];
  };
}
const CLUSTERS = `query ($regionId: ID, $topicId: ID, $networkId: ID, $mode: ClusterMode) {
  topicClusters(regionId: $regionId, topicId: $topicId, networkId: $networkId, mode: $mode) {
    modularity communityCount actors truncated
    clusters { size memberIds topMembers { id name } themes { topicId count share } sectors { sector count } regions { regionId count }
      explanationDe reasons { kind actors } }
  }
}`;

describe('topicClusters', () => {
  it('groups the district’s cooperation network into profiled clusters with modularity', async () => {
    const r = await t.ask<ClusterResult>(CLUSTERS, { regionId: 'reg-14626' });
    const result = r.topicClusters;
    expect(result).toMatchObject({ actors: 10, truncated: false });
    expect(result.modularity).toBeGreaterThan(0.3);
    expect(result.clusters.length).toBeGreaterThan(0);
    for (const c of result.clusters) {
      expect(c.size).toBe(c.memberIds.length);
      expect(c.size).toBeGreaterThanOrEqual(3);
      expect(c.reasons[0]).toEqual({ kind: 'clusterProfile', actors: c.size });
      // Each card names its most connected members (issue 12), members of the cluster, with names.
      expect(c.topMembers.length).toBe(Math.min(3, c.size));
      for (const member of c.topMembers) expect(c.memberIds).toContain(member.id);
      expect(c.topMembers.every((member) => member.name.length > 0)).toBe(true);
    }
    // The Zittau triangle Oberschule – Kirchgemeinde – SoLaWi is one cluster.
    const zittau = result.clusters.find((c) => c.memberIds.includes('ins-kirche'));
    expect(zittau?.memberIds).toEqual(['ins-kirche', 'ins-schule', 'ins-verein-b']);
    expect(zittau?.regions).toEqual([{ regionId: 'reg-14626610', count: 3 }]);
  });

  it('clusters by themes, and by topic or network scope', async () => {
    const themes = await t.ask<ClusterResult>(CLUSTERS, { regionId: 'reg-14626', mode: 'themes' });
    // Anna counts in theme mode (11 actors); hidden Bernd does not.
    expect(themes.topicClusters.actors).toBe(11);
    expect(themes.topicClusters.clusters.length).toBeGreaterThan(0);
    expect(themes.topicClusters.modularity).toBeGreaterThan(0);
    const topic = await t.ask<ClusterResult>(CLUSTERS, {
      topicId: 'top-energy_climate',
      mode: 'themes',
    });
    expect(topic.topicClusters.actors).toBe(7);
    const network = await t.ask<ClusterResult>(CLUSTERS, { networkId: 'net-energie' });
    expect(network.topicClusters.actors).toBe(3);
  });
});

interface ThemeResult {
  themeCooccurrence: {
    nodes: { topicId: string; name: string; actors: number }[];
    edges: { a: string; b: string; weight: number }[];
  };
}
const THEMES = `query ($regionId: ID, $level: ThemeLevel) {
  themeCooccurrence(regionId: $regionId, level: $level) { nodes { topicId name actors } edges { a b weight } }
}`;

describe('themeCooccurrence', () => {
  it('links key themes worked on by the same actors', async () => {
    const r = await t.ask<ThemeResult>(THEMES, { regionId: 'reg-14626', level: 'key' });
    // Energy: Energieverein, Stadt, Solarhandwerk, Oberschule, Anna. Only the school has two key themes.
    expect(r.themeCooccurrence.nodes[0]).toEqual({
      topicId: 'top-energy_climate',
      name: 'Energie & Klimaschutz',
      actors: 5,
    });
    expect(r.themeCooccurrence.edges).toEqual([
      { a: 'top-education_sd', b: 'top-energy_climate', weight: 1 },
    ]);
    const state = await t.ask<ThemeResult>(THEMES, {});
    const energy = state.themeCooccurrence.nodes.find((n) => n.topicId === 'top-renewable_energy');
    expect(energy?.actors).toBe(4);
  });
});

/** The selections the argument checks ask for. */
const CHECKED_CLUSTERS = `query ($regionId: ID, $topicId: ID, $networkId: ID, $limit: Int) {
  topicClusters(regionId: $regionId, topicId: $topicId, networkId: $networkId, limit: $limit) { actors } }`;
const CHECKED_THEMES = `query ($regionId: ID) { themeCooccurrence(regionId: $regionId) { truncated } }`;

describe('bad arguments', () => {
  it.each<BadArguments>([
    ['two scopes', { regionId: 'reg-14626', topicId: 'top-energy_climate' }, 'BAD_USER_INPUT'],
    ['unknown network', { networkId: 'net-nope' }, 'NOT_FOUND'],
    ['limit 0', { regionId: 'reg-14626', limit: 0 }, 'BAD_USER_INPUT'],
  ])('topicClusters: %s', async (_name, variables, code) => {
    expect(await t.codeOf(CHECKED_CLUSTERS, variables)).toBe(code);
  });
  it.each<BadArguments>([['unknown region', { regionId: 'reg-99999' }, 'NOT_FOUND']])(
    'themeCooccurrence: %s',
    async (_name, variables, code) => {
      expect(await t.codeOf(CHECKED_THEMES, variables)).toBe(code);
    },
  );
});

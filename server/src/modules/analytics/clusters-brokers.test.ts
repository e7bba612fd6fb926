import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAnalyticsApi } from './test-api.js';
import type { AnalyticsApi } from './test-api.js';

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
    clusters { size memberIds themes { topicId count share } sectors { sector count } regions { regionId count }
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

interface BrokerResult {
  brokers: {
    sampled: boolean;
    sampleSize: number;
    errorBound: number;
    brokers: {
      node: { id: string };
      betweenness: number;
      constraint: number | null;
      bridges: { sectors: string[]; openPairs: number }[];
    }[];
    cutPoints: { node: { id: string }; cutOff: number; parts: number[]; explanationDe: string }[];
    sectorPairs: { sectors: string[]; brokers: { id: string }[] }[];
  };
}
const BROKERS = `query ($regionId: ID, $networkId: ID, $network: AnalysisNetwork, $limit: Int) {
  brokers(regionId: $regionId, networkId: $networkId, network: $network, limit: $limit) {
    sampled sampleSize errorBound
    brokers { node { id } betweenness constraint bridges { sectors openPairs } }
    cutPoints { node { id } cutOff parts explanationDe }
    sectorPairs { sectors brokers { id } }
  }
}`;
const brokerIds = (r: BrokerResult): string[] => r.brokers.brokers.map((b) => b.node.id);
const cutIds = (r: BrokerResult): string[] => r.brokers.cutPoints.map((c) => c.node.id);

describe('brokers', () => {
  it('finds the obvious bridge of the district with exact betweenness', async () => {
    const r = await t.ask<BrokerResult>(BROKERS, { regionId: 'reg-14626' });
    expect(r.brokers).toMatchObject({ sampled: false, sampleSize: 10, errorBound: 0 });
    const [top] = r.brokers.brokers;
    expect(top?.node.id).toBe('ins-verein-a');
    // Energieverein joins 4 branches of 2, 3, 2 and 2 institutions: (9² - 2² - 3² - 2² - 2²) / 2 = 30 of
    // the 36 pairs of the other 9 lie only on paths through it.
    expect(top?.betweenness).toBeCloseTo(30 / 36, 12);
    expect(r.brokers.cutPoints[0]).toMatchObject({
      node: { id: 'ins-verein-a' },
      cutOff: 6,
      parts: [3, 2, 2, 2],
    });
    const religion = r.brokers.sectorPairs.find(
      (p) => p.sectors.join() === 'civil_society,religion',
    );
    expect(religion?.brokers.map((b) => b.id)).toEqual(['ins-schule']);
  });

  it('never shows or uses a members-only person who is the only bridge for anonymous viewers', async () => {
    const vars = { regionId: 'reg-14713', network: 'social' };
    const anonymous = await t.ask<BrokerResult>(BROKERS, vars);
    expect(JSON.stringify(anonymous)).not.toContain('per-dora');
    // Without Dora, NABU is isolated: only Universität bridges Emil and the Energieagentur.
    expect(brokerIds(anonymous)).toEqual(['ins-uni']);
    expect(cutIds(anonymous)).toEqual(['ins-uni']);
    const member = await t.ask<BrokerResult>(BROKERS, vars, 'member');
    expect(brokerIds(member)).toContain('per-dora');
    expect(member.brokers.cutPoints.find((c) => c.node.id === 'per-dora')?.cutOff).toBe(1);
  });

  it('analyses a network’s members', async () => {
    const r = await t.ask<BrokerResult>(BROKERS, { networkId: 'net-energie', limit: 1 });
    expect(brokerIds(r)).toEqual(['ins-verein-a']);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAnalyticsApi } from '../../../test-support/analyses/api.js';
import type { AnalyticsApi, BadArguments } from '../../../test-support/analyses/api.js';

let t: AnalyticsApi;
beforeAll(async () => {
  t = await startAnalyticsApi();
});
afterAll(() => t.close());

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

/** The selections the argument checks ask for. */
const CHECKED_BROKERS = `query ($regionId: ID, $networkId: ID, $limit: Int) {
  brokers(regionId: $regionId, networkId: $networkId, limit: $limit) { actors } }`;

describe('bad arguments', () => {
  it.each<BadArguments>([
    ['no scope', {}, 'BAD_USER_INPUT'],
    ['limit 101', { regionId: 'reg-14626', limit: 101 }, 'BAD_USER_INPUT'],
    ['a topic as network', { networkId: 'top-energy_climate' }, 'NOT_FOUND'],
  ])('brokers: %s', async (_name, variables, code) => {
    expect(await t.codeOf(CHECKED_BROKERS, variables)).toBe(code);
  });
});

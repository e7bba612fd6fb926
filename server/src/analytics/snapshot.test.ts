import { describe, expect, it } from 'vitest';
import { alliesNearby } from './allies.js';
import { brokerage } from './brokers.js';
import { topicClusters } from './clusters.js';
import { listDe } from './explain.js';
import { fundingFor } from './funding.js';
import { gapTable } from './gaps.js';
import { networkOfNetworks } from './network-of-networks.js';
import { compareRegions } from './regions.js';
import { matchResources } from './resources.js';
import { buildSnapshot, locationOf } from './snapshot.js';
import { suggestLinks } from './suggestions.js';
import { SubgraphBuilder } from './testing/subgraph-builder.js';
import { themeCooccurrence } from './theme-cooccurrence.js';

function withSecrets() {
  const b = new SubgraphBuilder()
    .node('Topic', 'top-citizen_energy', { key: 'citizen_energy' })
    .node('Region', 'pirna', {
      level: 'municipality',
      ags: '14628270',
      location: { latitude: 50.96, longitude: 13.94 },
    })
    .institution('a', 'civil_society', { topics: ['citizen_energy'], region: 'pirna' })
    .institution('b', 'business', { topics: ['citizen_energy'], lat: 51, lon: 13.9 })
    .person('p', { region: 'pirna' })
    .node('Network', 'n', {})
    .coop('a', 'b', '2020-01-01', '2021-01-01');
  // Relationships to nodes the store withheld (invisible persons, unrelated institutions).
  b.rel('KNOWS', 'p', 'secret-person')
    .rel('MEMBER_OF', 'secret-person', 'a')
    .coop('a', 'secret-inst')
    .rel('MEMBER_OF_NETWORK', 'secret-person', 'n', { role: 'member' })
    .rel('OFFERS', 'secret-person', 'secret-resource')
    .rel('WORKS_ON', 'secret-person', 'top-citizen_energy');
  return b.build();
}

describe('buildSnapshot', () => {
  it('expands sub-topics to key themes via the reference tree when PART_OF is missing', () => {
    const snapshot = buildSnapshot(withSecrets());
    expect(snapshot.themesOf.get('a')).toEqual(['top-citizen_energy', 'top-energy_climate']);
  });

  it('drops relationships that leave the snapshot and filters cooperations by date', () => {
    const snapshot = buildSnapshot(withSecrets());
    expect(snapshot.cooperations.map((c) => [c.a, c.b])).toEqual([['a', 'b']]);
    expect(buildSnapshot(withSecrets(), { asOf: '2022-01-01' }).activeCooperations).toEqual([]);
    expect(buildSnapshot(withSecrets(), { asOf: '2020-06-01' }).activeCooperations).toHaveLength(1);
  });

  it('places actors without a location at their region', () => {
    const snapshot = buildSnapshot(withSecrets());
    expect(locationOf(snapshot, 'a')).toEqual({ latitude: 50.96, longitude: 13.94 });
    expect(locationOf(snapshot, 'b')).toEqual({ latitude: 51, longitude: 13.9 });
  });

  it('never lets an analysis return an id from outside the snapshot', () => {
    const snapshot = buildSnapshot(withSecrets());
    const outputs = [
      gapTable(snapshot),
      suggestLinks(snapshot),
      suggestLinks(snapshot, { actorId: 'a' }),
      alliesNearby(snapshot, {
        actorId: 'p',
        candidates: [
          { id: 'secret-person', distanceKm: 1 },
          { id: 'b', distanceKm: 2 },
        ],
      }),
      topicClusters(snapshot, { minSize: 1 }),
      topicClusters(snapshot, { minSize: 1, mode: 'themes' }),
      themeCooccurrence(snapshot),
      brokerage(snapshot, { network: 'social' }),
      compareRegions(snapshot, { since: '2000-01-01' }),
      fundingFor(snapshot, { regionId: 'pirna', today: '2026-01-01' }),
      matchResources(snapshot),
      networkOfNetworks(snapshot),
    ];
    expect(JSON.stringify(outputs)).not.toContain('secret');
  });
});

describe('listDe', () => {
  it('joins German lists', () => {
    expect(listDe([])).toBe('');
    expect(listDe(['A'])).toBe('A');
    expect(listDe(['A', 'B'])).toBe('A und B');
    expect(listDe(['A', 'B', 'C'])).toBe('A, B und C');
    expect(listDe(['A', 'B', 'C', 'D', 'E'])).toBe('A, B, C und 2 weitere');
  });
});

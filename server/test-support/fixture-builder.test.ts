import { STATE_REGION_ID } from '@nzr/graph-schema';
import { describe, expect, it } from 'vitest';
import { TINY_NETWORK, tinyNetwork } from './api/tiny-network.js';
import { FixtureBuilder } from './fixture-builder.js';

describe('FixtureBuilder', () => {
  it('names nodes by their id, regions by their AGS and relationships by its id scheme', () => {
    const b = new FixtureBuilder()
      .region('14', 'Freistaat Sachsen', 'state')
      .institution('ins-a', 'education', { region: STATE_REGION_ID, topics: ['repair'] })
      .rel('KNOWS', 'per-a', 'per-b', {}, 'kn-own');
    expect(b.nodes).toEqual([
      {
        label: 'Region',
        id: STATE_REGION_ID,
        properties: { name: 'Freistaat Sachsen', level: 'state', ags: '14' },
      },
      {
        label: 'Institution',
        id: 'ins-a',
        properties: { name: 'ins-a', sector: 'education', kind: 'association' },
      },
    ]);
    expect(b.relationships.map((r) => [r.id, r.type, r.from, r.to])).toEqual([
      ['rel-1', 'WORKS_ON', 'ins-a', 'top-repair'],
      ['rel-2', 'LOCATED_IN', 'ins-a', STATE_REGION_ID],
      ['kn-own', 'KNOWS', 'per-a', 'per-b'],
    ]);
    expect(b.subgraph().nodes[0]).toMatchObject({ version: 1, id: STATE_REGION_ID });
  });

  it('overrides any property of a network for one test, leaving the shared network as it was', () => {
    const variant = tinyNetwork()
      .set('per-anna', { visibility: 'members' })
      .set('co-1', { from: '2020-01-01' })
      .batch();
    const anna = variant.nodes.find((n) => n.id === 'per-anna');
    expect(anna?.properties).toMatchObject({ name: 'Anna Öztürk', visibility: 'members' });
    expect(variant.relationships.find((r) => r.id === 'co-1')?.properties).toEqual({
      kind: 'project',
      from: '2020-01-01',
    });
    const shared = TINY_NETWORK.nodes.find((n) => n.id === 'per-anna');
    expect(shared?.properties['visibility']).toBe('public');
    expect(() => tinyNetwork().set('per-nobody', {})).toThrow(/per-nobody/);
  });

  it('drops nodes with their relationships', () => {
    const without = tinyNetwork().without(['per-bernd']).batch();
    expect(without.nodes.map((n) => n.id)).not.toContain('per-bernd');
    expect(without.relationships.map((r) => r.id)).not.toContain('kn-1');
    expect(without.relationships).toHaveLength(TINY_NETWORK.relationships.length - 2);
  });
});

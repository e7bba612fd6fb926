/** Contract cases: upsert (imports and the seed). */
import { describe, expect, it } from 'vitest';
import type { GraphStore, UpsertBatch } from '../port.js';
import { expectIssue, expectStoreError } from './expect-error.js';

const TOPIC = { label: 'Topic' as const, id: 'top-t', properties: { name: 'Thema' } };
const WORKS_ON = {
  type: 'WORKS_ON' as const,
  id: 'w1',
  from: 'ins-a',
  to: 'top-t',
  properties: {},
};
const batch: UpsertBatch = {
  nodes: [
    {
      label: 'Institution',
      id: 'ins-a',
      properties: { name: 'A', kind: 'school', sector: 'education', description: 'alt' },
    },
    {
      label: 'Institution',
      id: 'ins-b',
      properties: { name: 'B', kind: 'business', sector: 'business' },
    },
    TOPIC,
  ],
  relationships: [
    {
      type: 'COOPERATES_WITH',
      id: 'c1',
      from: 'ins-a',
      to: 'ins-b',
      properties: { kind: 'service', from: '2021-06-30' },
    },
    WORKS_ON,
  ],
};

export function upsertCases(getStore: () => GraphStore): void {
  describe('upsert', () => {
    it('creates, then replaces properties by id and counts both', async () => {
      const store = getStore();
      expect(await store.upsert(batch)).toEqual({
        nodesCreated: 3,
        nodesUpdated: 0,
        relationshipsCreated: 2,
        relationshipsUpdated: 0,
      });
      const [before] = await store.getNodes(['ins-a']);
      const again = await store.upsert({
        nodes: [
          {
            label: 'Institution',
            id: 'ins-a',
            properties: { name: 'A2', kind: 'school', sector: 'education' },
          },
          {
            label: 'Institution',
            id: 'ins-c',
            properties: { name: 'C', kind: 'parish', sector: 'religion' },
          },
        ],
        relationships: [
          {
            type: 'COOPERATES_WITH',
            id: 'c1',
            from: 'ins-a',
            to: 'ins-b',
            properties: { kind: 'alliance', from: '2021-06-30' },
          },
          {
            type: 'COOPERATES_WITH',
            id: 'c2',
            from: 'ins-c',
            to: 'ins-b',
            properties: { kind: 'exchange', from: '2022-01-01' },
          },
        ],
      });
      expect(again).toEqual({
        nodesCreated: 1,
        nodesUpdated: 1,
        relationshipsCreated: 1,
        relationshipsUpdated: 1,
      });
      const [after] = await store.getNodes(['ins-a']);
      expect(after?.version).toBe(2);
      expect(after?.createdAt).toBe(before?.createdAt);
      // Replaced, not merged: the description is gone.
      expect(after?.properties).toEqual({ name: 'A2', kind: 'school', sector: 'education' });
      const [c1] = await store.getRelationships([{ type: 'COOPERATES_WITH', id: 'c1' }]);
      expect(c1).toMatchObject({
        version: 2,
        from: 'ins-a',
        to: 'ins-b',
        properties: { kind: 'alliance', from: '2021-06-30' },
      });
      // Updating a node keeps its relationships.
      expect(await store.getRelationships([{ type: 'WORKS_ON', id: 'w1' }])).toHaveLength(1);
      const stats = await store.stats();
      expect(stats.nodes.Institution).toBe(3);
      expect(stats.relationships.COOPERATES_WITH).toBe(2);
    });

    it('accepts an empty batch', async () => {
      expect(await getStore().upsert({ nodes: [], relationships: [] })).toEqual({
        nodesCreated: 0,
        nodesUpdated: 0,
        relationshipsCreated: 0,
        relationshipsUpdated: 0,
      });
    });

    it('is all or nothing when a relationship fails', async () => {
      const store = getStore();
      const bad: UpsertBatch = {
        nodes: batch.nodes,
        relationships: [
          ...batch.relationships,
          { type: 'WORKS_ON', id: 'w2', from: 'ins-b', to: 'top-missing', properties: {} },
        ],
      };
      await expectStoreError(store.upsert(bad), 'NOT_FOUND');
      const wrongEnds: UpsertBatch = {
        nodes: batch.nodes,
        relationships: [
          ...batch.relationships,
          { type: 'WORKS_ON', id: 'w2', from: 'top-t', to: 'ins-b', properties: {} },
        ],
      };
      await expectIssue(store.upsert(wrongEnds), 'relationships[2].type');
      const badProps: UpsertBatch = {
        nodes: batch.nodes,
        relationships: [
          {
            type: 'COOPERATES_WITH',
            id: 'c1',
            from: 'ins-a',
            to: 'ins-b',
            properties: { kind: 'merger', from: '2021-06-30' },
          },
        ],
      };
      await expectIssue(store.upsert(badProps), 'relationships[0].properties.kind');
      expect(await store.getNodes(['ins-a', 'ins-b', 'top-t'])).toEqual([]);
      const stats = await store.stats();
      expect(Object.values(stats.nodes).reduce((a, b) => a + b, 0)).toBe(0);
      expect(Object.values(stats.relationships).reduce((a, b) => a + b, 0)).toBe(0);
    });

    it('connects to nodes already in the store', async () => {
      const store = getStore();
      await store.upsert({ nodes: batch.nodes, relationships: [] });
      const result = await store.upsert({ nodes: [], relationships: batch.relationships });
      expect(result.relationshipsCreated).toBe(2);
    });

    it('refuses to change a label or the endpoints of a relationship', async () => {
      const store = getStore();
      await store.upsert(batch);
      await expectIssue(
        store.upsert({
          nodes: [{ label: 'Topic', id: 'ins-a', properties: { name: 'A' } }],
          relationships: [],
        }),
        'nodes[0].label',
      );
      await expectIssue(
        store.upsert({
          nodes: [],
          relationships: [
            { type: 'WORKS_ON', id: 'w1', from: 'ins-b', to: 'top-t', properties: {} },
          ],
        }),
        'relationships[0]',
      );
      const [a] = await store.getNodes(['ins-a']);
      expect(a?.label).toBe('Institution');
    });

    it('validates the batch: incomplete nodes, ids twice, bad ids, too many items', async () => {
      const store = getStore();
      await expectIssue(
        store.upsert({
          nodes: [{ label: 'Institution', id: 'ins-x', properties: { name: 'X' } }],
          relationships: [],
        }),
        'nodes[0].properties.kind',
      );
      await expectIssue(store.upsert({ nodes: [TOPIC, TOPIC], relationships: [] }), 'nodes[1].id');
      await expectIssue(
        store.upsert({ nodes: [{ ...TOPIC, id: '-x' }], relationships: [] }),
        'nodes[0].id',
      );
      await expectIssue(
        store.upsert({
          nodes: [TOPIC],
          relationships: [{ ...WORKS_ON, from: 'top-t' }],
        }),
        'relationships[0].to',
      );
      const many = Array.from({ length: 50_001 }, (_, i) => ({
        label: 'Topic' as const,
        id: `top-${i}`,
        properties: { name: 'T' },
      }));
      await expectIssue(store.upsert({ nodes: many, relationships: [] }), 'batch');
      expect((await store.stats()).nodes.Topic).toBe(0);
    });
  });
}

/** Contract cases: applyChanges on nodes, getNodes, validation, versions, atomicity. */
import { describe, expect, it } from 'vitest';
import type { Change, GraphStore } from '../port.js';
import { expectStoreError } from './expect-error.js';

const verein = (id = 'ins-a', name = 'Verein A'): Change => ({
  op: 'createNode',
  label: 'Institution',
  id,
  properties: { name, kind: 'association', sector: 'civil_society' },
});
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

export function nodesAndChangesCases(getStore: () => GraphStore): void {
  describe('nodes and changes', () => {
    it('creates nodes with version 1 and ISO timestamps, and reads them back in the order asked', async () => {
      const store = getStore();
      const result = await store.applyChanges([verein('ins-a'), verein('ins-b', 'Verein B')]);
      expect(result.nodes.map((n) => n.id)).toEqual(['ins-a', 'ins-b']);
      expect(result.deletedNodeIds).toEqual([]);
      const [a] = result.nodes;
      expect(a).toMatchObject({ id: 'ins-a', label: 'Institution', version: 1 });
      expect(a?.properties).toEqual({
        name: 'Verein A',
        kind: 'association',
        sector: 'civil_society',
      });
      expect(a?.createdAt).toMatch(ISO);
      expect(a?.updatedAt).toMatch(ISO);
      const read = await store.getNodes(['ins-b', 'missing', 'ins-a']);
      expect(read.map((n) => n.id)).toEqual(['ins-b', 'ins-a']);
      expect(read[1]).toEqual(a);
    });

    it('updates properties, removes them with null and counts versions', async () => {
      const store = getStore();
      await store.applyChanges([verein()]);
      await store.applyChanges([
        {
          op: 'updateNode',
          id: 'ins-a',
          properties: { description: 'Solar', url: 'https://a.example' },
        },
      ]);
      const result = await store.applyChanges([
        {
          op: 'updateNode',
          id: 'ins-a',
          properties: { url: null, name: 'Verein Ä' },
          expectedVersion: 2,
        },
      ]);
      const [node] = result.nodes;
      expect(node?.version).toBe(3);
      expect(node?.properties).toEqual({
        name: 'Verein Ä',
        kind: 'association',
        sector: 'civil_society',
        description: 'Solar',
      });
      expect(node && node.updatedAt >= node.createdAt).toBe(true);
      expect(await store.getNodes(['ins-a'])).toEqual([node]);
    });

    it('stores every property type faithfully', async () => {
      const store = getStore();
      const properties = {
        name: 'Förderprogramm Klima',
        funderLevel: 'state',
        eligibleSectors: ['education', 'business'],
        deadline: '2025-03-31',
        maxAmountEur: 50000,
        url: 'https://www.smekul.sachsen.de/',
      };
      await store.applyChanges([
        { op: 'createNode', label: 'FundingProgramme', id: 'fun-1', properties },
      ]);
      const region = {
        name: 'Ort',
        level: 'municipality',
        ags: '14626110',
        urban: false,
        areaKm2: 67.2,
        location: { latitude: 51.15, longitude: 14.99 },
      };
      await store.applyChanges([
        { op: 'createNode', label: 'Region', id: 'reg-1', properties: region },
      ]);
      const [fun, reg] = await store.getNodes(['fun-1', 'reg-1']);
      expect(fun?.properties).toEqual(properties);
      expect(reg?.properties).toEqual(region);
    });

    it('fails with CONFLICT on a stale expectedVersion and changes nothing', async () => {
      const store = getStore();
      await store.applyChanges([verein()]);
      await expectStoreError(
        store.applyChanges([
          { op: 'updateNode', id: 'ins-a', properties: { name: 'X' }, expectedVersion: 2 },
        ]),
        'CONFLICT',
      );
      await expectStoreError(
        store.applyChanges([{ op: 'deleteNode', id: 'ins-a', expectedVersion: 5 }]),
        'CONFLICT',
      );
      const [node] = await store.getNodes(['ins-a']);
      expect(node?.version).toBe(1);
      expect(node?.properties.name).toBe('Verein A');
    });

    it('rejects a duplicate id with DUPLICATE_ID, within a batch and against the store', async () => {
      const store = getStore();
      await store.applyChanges([verein()]);
      await expectStoreError(store.applyChanges([verein('ins-a', 'Other')]), 'DUPLICATE_ID');
      await expectStoreError(
        store.applyChanges([verein('ins-b'), verein('ins-b')]),
        'DUPLICATE_ID',
      );
      // Ids are unique across labels.
      await expectStoreError(
        store.applyChanges([
          { op: 'createNode', label: 'Topic', id: 'ins-a', properties: { name: 'T' } },
        ]),
        'DUPLICATE_ID',
      );
      expect(await store.getNodes(['ins-b'])).toEqual([]);
    });

    it('fails with NOT_FOUND for updates and deletes of unknown nodes', async () => {
      const store = getStore();
      await expectStoreError(
        store.applyChanges([{ op: 'updateNode', id: 'nope', properties: {} }]),
        'NOT_FOUND',
      );
      await expectStoreError(store.applyChanges([{ op: 'deleteNode', id: 'nope' }]), 'NOT_FOUND');
    });

    it('deletes a node with its relationships and reports both', async () => {
      const store = getStore();
      await store.applyChanges([
        verein('ins-a'),
        verein('ins-b'),
        { op: 'createNode', label: 'Topic', id: 'top-x', properties: { name: 'X' } },
        {
          op: 'createRelationship',
          type: 'COOPERATES_WITH',
          id: 'c1',
          from: 'ins-a',
          to: 'ins-b',
          properties: { kind: 'project', from: '2024-01-01' },
        },
        {
          op: 'createRelationship',
          type: 'WORKS_ON',
          id: 'w1',
          from: 'ins-a',
          to: 'top-x',
          properties: {},
        },
        {
          op: 'createRelationship',
          type: 'WORKS_ON',
          id: 'w2',
          from: 'ins-b',
          to: 'top-x',
          properties: {},
        },
      ]);
      const result = await store.applyChanges([
        { op: 'deleteNode', id: 'ins-a', expectedVersion: 1 },
      ]);
      expect(result.deletedNodeIds).toEqual(['ins-a']);
      expect([...result.deletedRelationshipIds].sort()).toEqual(['c1', 'w1']);
      expect(result.nodes).toEqual([]);
      expect(await store.getNodes(['ins-a', 'ins-b'])).toHaveLength(1);
      const left = await store.getRelationships([
        { type: 'COOPERATES_WITH', id: 'c1' },
        { type: 'WORKS_ON', id: 'w1' },
        { type: 'WORKS_ON', id: 'w2' },
      ]);
      expect(left.map((r) => r.id)).toEqual(['w2']);
    });

    it('sees its own earlier changes inside one batch', async () => {
      const store = getStore();
      const result = await store.applyChanges([
        verein('ins-a'),
        { op: 'updateNode', id: 'ins-a', properties: { description: 'neu' }, expectedVersion: 1 },
        verein('ins-b'),
        { op: 'deleteNode', id: 'ins-b' },
      ]);
      expect(result.nodes.map((n) => [n.id, n.version])).toEqual([['ins-a', 2]]);
      expect(result.deletedNodeIds).toEqual(['ins-b']);
      expect((await store.getNodes(['ins-a', 'ins-b'])).map((n) => n.id)).toEqual(['ins-a']);
    });

    it('is all or nothing: a failing last change leaves nothing behind', async () => {
      const store = getStore();
      await store.applyChanges([verein('ins-keep')]);
      await expectStoreError(
        store.applyChanges([
          verein('ins-a'),
          { op: 'updateNode', id: 'ins-keep', properties: { name: 'Geändert' } },
          { op: 'deleteNode', id: 'ins-keep' },
          { op: 'updateNode', id: 'missing', properties: { name: 'X' } },
        ]),
        'NOT_FOUND',
      );
      await expectStoreError(
        store.applyChanges([
          verein('ins-a'),
          { op: 'updateNode', id: 'ins-a', properties: { sector: 'bogus' } },
        ]),
        'VALIDATION',
      );
      expect(await store.getNodes(['ins-a'])).toEqual([]);
      const [keep] = await store.getNodes(['ins-keep']);
      expect(keep?.version).toBe(1);
      expect(keep?.properties.name).toBe('Verein A');
      expect((await store.stats()).nodes.Institution).toBe(1);
    });
  });
}

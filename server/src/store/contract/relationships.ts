/** Contract cases: relationships through applyChanges and getRelationships. */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Change, GraphStore } from '../port.js';
import { expectIssue, expectStoreError } from './expect-error.js';

const setup: Change[] = [
  {
    op: 'createNode',
    label: 'Institution',
    id: 'ins-a',
    properties: { name: 'A', kind: 'school', sector: 'education' },
  },
  {
    op: 'createNode',
    label: 'Institution',
    id: 'ins-b',
    properties: { name: 'B', kind: 'business', sector: 'business' },
  },
  {
    op: 'createNode',
    label: 'Person',
    id: 'per-p',
    properties: { name: 'P', visibility: 'public' },
  },
  { op: 'createNode', label: 'Topic', id: 'top-t', properties: { name: 'T' } },
];
const coop = (id = 'c1', from = 'ins-a', to = 'ins-b'): Change => ({
  op: 'createRelationship',
  type: 'COOPERATES_WITH',
  id,
  from,
  to,
  properties: { kind: 'project', from: '2024-01-01' },
});

export function relationshipCases(getStore: () => GraphStore): void {
  describe('relationships', () => {
    beforeEach(async () => {
      await getStore().applyChanges(setup);
    });

    it('creates, reads, updates and deletes a relationship', async () => {
      const store = getStore();
      const created = await store.applyChanges([coop()]);
      expect(created.relationships).toHaveLength(1);
      expect(created.relationships[0]).toMatchObject({
        id: 'c1',
        type: 'COOPERATES_WITH',
        from: 'ins-a',
        to: 'ins-b',
        version: 1,
        properties: { kind: 'project', from: '2024-01-01' },
      });
      const updated = await store.applyChanges([
        {
          op: 'updateRelationship',
          type: 'COOPERATES_WITH',
          id: 'c1',
          properties: { until: '2024-12-31', kind: 'alliance' },
          expectedVersion: 1,
        },
      ]);
      expect(updated.relationships[0]?.version).toBe(2);
      expect(updated.relationships[0]?.properties).toEqual({
        kind: 'alliance',
        from: '2024-01-01',
        until: '2024-12-31',
      });
      await store.applyChanges([
        {
          op: 'updateRelationship',
          type: 'COOPERATES_WITH',
          id: 'c1',
          properties: { until: null },
        },
      ]);
      const [read] = await store.getRelationships([{ type: 'COOPERATES_WITH', id: 'c1' }]);
      expect(read?.version).toBe(3);
      expect(read?.properties).toEqual({ kind: 'alliance', from: '2024-01-01' });
      const deleted = await store.applyChanges([
        { op: 'deleteRelationship', type: 'COOPERATES_WITH', id: 'c1', expectedVersion: 3 },
      ]);
      expect(deleted.deletedRelationshipIds).toEqual(['c1']);
      expect(await store.getRelationships([{ type: 'COOPERATES_WITH', id: 'c1' }])).toEqual([]);
      expect(await store.getNodes(['ins-a', 'ins-b'])).toHaveLength(2);
    });

    it('returns relationships in the order asked, unknown ones left out; ids are unique per type', async () => {
      const store = getStore();
      await store.applyChanges([
        coop('x1'),
        {
          op: 'createRelationship',
          type: 'WORKS_ON',
          id: 'x1',
          from: 'ins-a',
          to: 'top-t',
          properties: {},
        },
        {
          op: 'createRelationship',
          type: 'MEMBER_OF',
          id: 'm1',
          from: 'per-p',
          to: 'ins-a',
          properties: { role: 'Leitung', since: '2020-02-29' },
        },
      ]);
      const read = await store.getRelationships([
        { type: 'MEMBER_OF', id: 'm1' },
        { type: 'KNOWS', id: 'x1' },
        { type: 'WORKS_ON', id: 'x1' },
        { type: 'COOPERATES_WITH', id: 'x1' },
      ]);
      expect(read.map((r) => `${r.type}:${r.id}`)).toEqual([
        'MEMBER_OF:m1',
        'WORKS_ON:x1',
        'COOPERATES_WITH:x1',
      ]);
      expect(read[0]?.properties).toEqual({ role: 'Leitung', since: '2020-02-29' });
    });

    it('rejects a duplicate relationship id of the same type', async () => {
      const store = getStore();
      await store.applyChanges([coop('c1')]);
      await expectStoreError(store.applyChanges([coop('c1', 'ins-b', 'ins-a')]), 'DUPLICATE_ID');
      await expectStoreError(
        store.applyChanges([coop('c2'), coop('c2', 'ins-b', 'ins-a')]),
        'DUPLICATE_ID',
      );
      expect(await store.getRelationships([{ type: 'COOPERATES_WITH', id: 'c2' }])).toEqual([]);
    });

    it('rejects endpoints the type does not allow', async () => {
      const store = getStore();
      await expectIssue(
        store.applyChanges([
          {
            op: 'createRelationship',
            type: 'MEMBER_OF',
            id: 'm',
            from: 'ins-a',
            to: 'per-p',
            properties: {},
          },
        ]),
        'changes[0].type',
      );
      await expectIssue(
        store.applyChanges([
          {
            op: 'createRelationship',
            type: 'PART_OF',
            id: 'p',
            from: 'top-t',
            to: 'ins-a',
            properties: {},
          },
        ]),
        'changes[0].type',
      );
      await expectIssue(store.applyChanges([coop('c', 'ins-a', 'ins-a')]), 'changes[0].to');
    });

    it('rejects missing endpoints and unknown relationships with NOT_FOUND', async () => {
      const store = getStore();
      await expectStoreError(store.applyChanges([coop('c1', 'ins-a', 'ins-zz')]), 'NOT_FOUND');
      await expectStoreError(
        store.applyChanges([
          { op: 'updateRelationship', type: 'COOPERATES_WITH', id: 'nope', properties: {} },
        ]),
        'NOT_FOUND',
      );
      await expectStoreError(
        store.applyChanges([{ op: 'deleteRelationship', type: 'KNOWS', id: 'nope' }]),
        'NOT_FOUND',
      );
    });

    it('fails with CONFLICT on a stale relationship version', async () => {
      const store = getStore();
      await store.applyChanges([coop()]);
      await expectStoreError(
        store.applyChanges([
          { op: 'deleteRelationship', type: 'COOPERATES_WITH', id: 'c1', expectedVersion: 2 },
        ]),
        'CONFLICT',
      );
      expect(await store.getRelationships([{ type: 'COOPERATES_WITH', id: 'c1' }])).toHaveLength(1);
    });

    it('validates relationship properties and types', async () => {
      const store = getStore();
      await expectIssue(
        store.applyChanges([{ ...coop(), properties: { kind: 'project' } } as Change]),
        'changes[0].properties.from',
      );
      await expectIssue(
        store.applyChanges([
          { ...coop(), properties: { kind: 'project', from: '2023-13-01' } } as Change,
        ]),
        'changes[0].properties.from',
      );
      await expectIssue(
        store.applyChanges([{ ...coop(), type: 'LIKES' } as unknown as Change]),
        'changes[0].type',
      );
      await expectIssue(
        store.applyChanges([
          {
            op: 'createRelationship',
            type: 'FUNDED_BY',
            id: 'f',
            from: 'x',
            to: 'y',
            properties: { year: 1800 },
          },
        ]),
        'changes[0].properties.year',
      );
      await expectStoreError(
        store.getRelationships([{ type: 'KNOWS', id: 'bad id' }]),
        'VALIDATION',
      );
      await expectStoreError(
        store.getRelationships([
          { type: 'LIKES', id: 'x' } as unknown as { type: 'KNOWS'; id: string },
        ]),
        'VALIDATION',
      );
    });
  });
}

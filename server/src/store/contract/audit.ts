/** Contract cases: the audit trail written with applyChanges and upsert, and listAudit. */
import { describe, expect, it } from 'vitest';
import type { AuditEntry, GraphStore } from '../port.js';
import { expectIssue, expectStoreError } from './expect-error.js';
import {
  FIXTURE,
  fixtureRelId,
  loadFixture,
} from '../../../test-support/store/contract-network.js';

const ACTOR = { actorId: 'acc-admin', action: 'node.update' };

/** Every audit entry, newest first, paging through all of them. */
export async function allAudit(store: GraphStore): Promise<AuditEntry[]> {
  const entries: AuditEntry[] = [];
  let after: string | undefined;
  for (;;) {
    const page = await store.listAudit({ first: 100, ...(after ? { after } : {}) });
    entries.push(...page.entries);
    if (!page.hasNextPage || page.endCursor === null) return entries;
    after = page.endCursor;
  }
}

export function auditCases(getStore: () => GraphStore): void {
  describe('audit trail', () => {
    it('writes no entry without audit input, and one entry per audited write', async () => {
      const store = getStore();
      await loadFixture(store);
      expect(await allAudit(store)).toEqual([]);
      await store.applyChanges(
        [{ op: 'updateNode', id: 'ins-verein', properties: { description: 'Neu' } }],
        { ...ACTOR, note: 'Beschreibung ergänzt' },
      );
      const [entry, ...rest] = await allAudit(store);
      expect(rest).toEqual([]);
      expect(entry).toMatchObject({
        actorId: 'acc-admin',
        action: 'node.update',
        note: 'Beschreibung ergänzt',
        items: [
          { op: 'update', kind: 'Institution', id: 'ins-verein', properties: ['description'] },
        ],
        entityIds: ['ins-verein'],
      });
      expect(entry?.id).toMatch(/^aud-/);
      const [node] = await store.getNodes(['ins-verein']);
      expect(entry?.at).toBe(node?.updatedAt);
    });

    it('lists create, update, delete items with cascaded relationships, and no values', async () => {
      const store = getStore();
      await loadFixture(store);
      const memberOf = fixtureRelId('MEMBER_OF', 'per-anna', 'ins-verein');
      const knows = fixtureRelId('KNOWS', 'per-anna', 'per-ben');
      await store.applyChanges(
        [
          { op: 'createNode', label: 'Topic', id: 'top-new', properties: { name: 'Geheimthema' } },
          {
            op: 'createRelationship',
            type: 'WORKS_ON',
            id: 'w-new',
            from: 'ins-firma',
            to: 'top-new',
            properties: {},
          },
          {
            op: 'updateNode',
            id: 'per-ben',
            properties: { name: 'Benjamin Weiß', location: null },
          },
          { op: 'updateNode', id: 'top-new', properties: { description: 'Mehr' } },
          { op: 'deleteNode', id: 'per-anna' },
        ],
        { actorId: null, action: 'person.erase' },
      );
      const [entry] = await allAudit(store);
      if (!entry) throw new Error('no audit entry');
      expect(entry.actorId).toBeNull();
      expect(entry.note).toBeNull();
      const items = new Map(entry.items.map((item) => [`${item.kind}:${item.id}`, item]));
      expect(items.get('Topic:top-new')).toEqual({
        op: 'create',
        kind: 'Topic',
        id: 'top-new',
        properties: ['name', 'description'],
      });
      expect(items.get('WORKS_ON:w-new')).toMatchObject({ op: 'create', properties: [] });
      expect(items.get('Person:per-ben')).toMatchObject({ op: 'update' });
      expect([...(items.get('Person:per-ben')?.properties ?? [])].sort()).toEqual([
        'location',
        'name',
      ]);
      expect(items.get('Person:per-anna')).toEqual({
        op: 'delete',
        kind: 'Person',
        id: 'per-anna',
        properties: [],
      });
      expect(items.get(`MEMBER_OF:${memberOf}`)).toMatchObject({ op: 'delete', properties: [] });
      expect(items.get(`KNOWS:${knows}`)).toMatchObject({ op: 'delete' });
      const annaRels = FIXTURE.relationships.filter(
        (rel) => rel.from === 'per-anna' || rel.to === 'per-anna',
      );
      expect(entry.items).toHaveLength(4 + annaRels.length);
      expect([...entry.entityIds].sort()).toEqual(
        ['top-new', 'w-new', 'per-ben', 'per-anna', ...annaRels.map((rel) => rel.id)].sort(),
      );
      // No property value, old or new, appears anywhere in the entry.
      const text = JSON.stringify(entry);
      for (const value of ['Geheimthema', 'Benjamin', 'Anna', 'Schröder', 'Mehr', 'Vorstand']) {
        expect(text).not.toContain(value);
      }
    });

    it('writes upsert entries with create and update items, naming removed properties', async () => {
      const store = getStore();
      const topic = { label: 'Topic' as const, id: 'top-y', properties: { name: 'Y' } };
      await store.upsert({
        nodes: [{ ...topic, properties: { name: 'Y', description: 'Privat' } }],
        relationships: [],
      });
      await store.upsert(
        {
          nodes: [topic, { label: 'Topic', id: 'top-x', properties: { name: 'X' } }],
          relationships: [
            { type: 'PART_OF', id: 'p-1', from: 'top-x', to: 'top-y', properties: {} },
          ],
        },
        { actorId: 'acc-1', action: 'import.apply', note: 'CSV import: 2 rows' },
      );
      const entries = await allAudit(store);
      expect(entries).toHaveLength(1);
      expect(entries[0]?.items).toEqual([
        { op: 'update', kind: 'Topic', id: 'top-y', properties: ['name', 'description'] },
        { op: 'create', kind: 'Topic', id: 'top-x', properties: ['name'] },
        { op: 'create', kind: 'PART_OF', id: 'p-1', properties: [] },
      ]);
      expect(entries[0]?.entityIds).toEqual(['top-y', 'top-x', 'p-1']);
      expect(entries[0]?.note).toBe('CSV import: 2 rows');
      expect(JSON.stringify(entries)).not.toContain('Privat');
    });

    it('writes no entry when the write fails (same transaction)', async () => {
      const store = getStore();
      await loadFixture(store);
      await expectStoreError(
        store.applyChanges(
          [
            { op: 'updateNode', id: 'ins-verein', properties: { description: 'x' } },
            { op: 'deleteNode', id: 'ins-missing' },
          ],
          ACTOR,
        ),
        'NOT_FOUND',
      );
      await expectStoreError(
        store.applyChanges(
          [{ op: 'updateNode', id: 'ins-verein', properties: {}, expectedVersion: 99 }],
          ACTOR,
        ),
        'CONFLICT',
      );
      await expectStoreError(
        store.upsert(
          {
            nodes: [],
            relationships: [
              { type: 'KNOWS', id: 'k-x', from: 'per-anna', to: 'per-nobody', properties: {} },
            ],
          },
          ACTOR,
        ),
        'NOT_FOUND',
      );
      expect(await allAudit(store)).toEqual([]);
      const [node] = await store.getNodes(['ins-verein']);
      expect(node?.properties.description).not.toBe('x');
      expect(node?.version).toBe(1);
    });

    it('rejects bad audit input and bad list queries with VALIDATION', async () => {
      const store = getStore();
      await loadFixture(store);
      const change = [{ op: 'deleteNode' as const, id: 'per-anna' }];
      await expectIssue(
        store.applyChanges(change, { actorId: 'bad id!', action: 'x' }),
        'audit.actorId',
      );
      await expectIssue(store.applyChanges(change, { actorId: null, action: '' }), 'audit.action');
      await expectIssue(
        store.applyChanges(change, { actorId: null, action: 'a', note: 'x'.repeat(5000) }),
        'audit.note',
      );
      expect(await store.getNodes(['per-anna'])).toHaveLength(1);
      await expectIssue(store.listAudit({ first: 0 }), 'first');
      await expectIssue(store.listAudit({ first: 101 }), 'first');
      await expectIssue(store.listAudit({ first: 1, entityId: 'no good' }), 'entityId');
      await expectIssue(store.listAudit({ first: 1, actorId: '' }), 'actorId');
      await expectStoreError(store.listAudit({ first: 1, after: 'garbage' }), 'VALIDATION');
    });
  });
}

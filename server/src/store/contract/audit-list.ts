/** Contract cases: listAudit order, keyset paging and filters. */
import { describe, expect, it } from 'vitest';
import type { AuditEntry, GraphStore } from '../port.js';
import { allAudit } from './audit.js';

const TOPICS = ['top-a', 'top-b', 'top-c'];

/** Seven audited writes: create three topics, then four updates by two actors. Returns actions in order. */
async function writeHistory(store: GraphStore): Promise<string[]> {
  const actions: string[] = [];
  const audited = async (actorId: string, id: string, create: boolean): Promise<void> => {
    const action = `step.${actions.length}`;
    actions.push(action);
    await store.applyChanges(
      [
        create
          ? { op: 'createNode', label: 'Topic', id, properties: { name: id } }
          : { op: 'updateNode', id, properties: { description: action } },
      ],
      { actorId, action },
    );
  };
  for (const id of TOPICS) await audited('acc-x', id, true);
  await audited('acc-y', 'top-a', false);
  await audited('acc-x', 'top-b', false);
  await audited('acc-y', 'top-a', false);
  await audited('acc-y', 'top-c', false);
  return actions;
}

async function pages(
  store: GraphStore,
  filter: { entityId?: string; actorId?: string },
  first: number,
): Promise<AuditEntry[][]> {
  const result: AuditEntry[][] = [];
  let after: string | undefined;
  for (;;) {
    const page = await store.listAudit({ first, ...filter, ...(after ? { after } : {}) });
    result.push(page.entries);
    if (!page.hasNextPage) {
      expect(page.endCursor === null).toBe(page.entries.length === 0);
      return result;
    }
    if (page.endCursor === null) throw new Error('a page with a next page has no endCursor');
    after = page.endCursor;
  }
}

export function auditListCases(getStore: () => GraphStore): void {
  describe('listAudit', () => {
    it('lists newest first (at desc, then id desc)', async () => {
      const store = getStore();
      const actions = await writeHistory(store);
      const entries = await allAudit(store);
      expect(entries.map((entry) => entry.action)).toEqual([...actions].reverse());
      for (let i = 1; i < entries.length; i++) {
        const [newer, older] = [entries[i - 1] as AuditEntry, entries[i] as AuditEntry];
        expect(newer.at > older.at || (newer.at === older.at && newer.id > older.id)).toBe(true);
      }
      expect(new Set(entries.map((entry) => entry.id)).size).toBe(entries.length);
    });

    it('pages with cursors that stay valid while new entries arrive', async () => {
      const store = getStore();
      const actions = await writeHistory(store);
      const expected = [...actions].reverse();
      const split = await pages(store, {}, 2);
      expect(split.map((page) => page.length)).toEqual([2, 2, 2, 1]);
      expect(split.flat().map((entry) => entry.action)).toEqual(expected);

      const first = await store.listAudit({ first: 3 });
      expect(first.hasNextPage).toBe(true);
      await store.applyChanges([{ op: 'deleteNode', id: 'top-c' }], {
        actorId: null,
        action: 'late',
      });
      const rest = await store.listAudit({ first: 100, after: first.endCursor ?? '' });
      expect(rest.entries.map((entry) => entry.action)).toEqual(expected.slice(3));
      expect(rest.hasNextPage).toBe(false);
      expect((await store.listAudit({ first: 1 })).entries[0]?.action).toBe('late');
    });

    it('filters by entity id and by actor, alone and together', async () => {
      const store = getStore();
      const actions = await writeHistory(store);
      const byEntity = (await pages(store, { entityId: 'top-a' }, 1)).flat();
      expect(byEntity.map((entry) => entry.action)).toEqual([actions[5], actions[3], actions[0]]);
      const byActor = (await pages(store, { actorId: 'acc-y' }, 2)).flat();
      expect(byActor.map((entry) => entry.action)).toEqual([actions[6], actions[5], actions[3]]);
      const both = (await pages(store, { entityId: 'top-b', actorId: 'acc-x' }, 5)).flat();
      expect(both.map((entry) => entry.action)).toEqual([actions[4], actions[1]]);
      const none = await store.listAudit({ first: 5, entityId: 'top-none' });
      expect(none).toEqual({ entries: [], endCursor: null, hasNextPage: false });
      expect((await store.listAudit({ first: 5, actorId: 'acc-z' })).entries).toEqual([]);
    });
  });
}

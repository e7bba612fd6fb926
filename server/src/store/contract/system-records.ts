/** Contract cases: system records live beside the graph: clear() keeps them unless asked, queries never see them. */
import { describe, expect, it } from 'vitest';
import type { GraphStore } from '../port.js';
import { account } from './accounts.js';
import { allAudit } from './audit.js';
import { loadFixture } from '../../../test-support/store/contract-network.js';

export function systemRecordCases(getStore: () => GraphStore): void {
  describe('system records', () => {
    it('are kept by clear() and removed by clear({ system: true })', async () => {
      const store = getStore();
      await store.saveAccount(account('acc-1', 'a@example.org'));
      await store.upsert(
        { nodes: [{ label: 'Topic', id: 'top-1', properties: { name: 'T' } }], relationships: [] },
        {
          actorId: 'acc-1',
          action: 'import.apply',
        },
      );
      await store.clear();
      expect(await store.getNodes(['top-1'])).toEqual([]);
      expect(await store.getAccount({ id: 'acc-1' })).not.toBeNull();
      expect(await allAudit(store)).toHaveLength(1);
      await store.clear({ system: true });
      expect(await store.getAccount({ id: 'acc-1' })).toBeNull();
      expect(await store.getAccount({ email: 'a@example.org' })).toBeNull();
      expect(await store.listAccounts({ first: 10 })).toEqual({
        accounts: [],
        endCursor: null,
        hasNextPage: false,
      });
      expect(await allAudit(store)).toEqual([]);
      await store.saveAccount(account('acc-1', 'a@example.org'));
    });

    it('never appear in getNodes, search, radius, neighbourhood, subgraph or stats', async () => {
      const store = getStore();
      await loadFixture(store);
      const statsBefore = await store.stats();
      await store.saveAccount(
        account('acc-1', 'anna@example.org', { displayName: 'Anna Görlitz' }),
      );
      await store.applyChanges(
        [{ op: 'updateNode', id: 'per-anna', properties: { description: 'x' } }],
        {
          actorId: 'acc-1',
          action: 'node.update',
          note: 'Görlitz',
        },
      );
      const [entry] = await allAudit(store);
      if (!entry) throw new Error('no audit entry');
      expect(await store.getNodes(['acc-1', entry.id])).toEqual([]);
      expect(await store.stats()).toEqual(statsBefore);
      const search = await store.search({ text: 'Görlitz', first: 100 });
      const found = search.hits.map((hit) => hit.node.id);
      expect(found).not.toContain('acc-1');
      expect(found.some((id) => id.startsWith('aud-'))).toBe(false);
      const all = await store.search({ text: '', first: 100 });
      expect(
        all.hits.every((hit) => !hit.node.id.startsWith('acc-') && !hit.node.id.startsWith('aud-')),
      ).toBe(true);
      const near = await store.withinRadius({
        center: { latitude: 51.15, longitude: 14.98 },
        radiusKm: 500,
        limit: 100,
      });
      expect(near.every((hit) => !hit.node.id.startsWith('acc-'))).toBe(true);
      const around = await store.neighbourhood({
        ids: ['per-anna', 'acc-1'],
        depth: 3,
        limit: 1000,
      });
      expect(around.nodes.map((node) => node.id)).not.toContain('acc-1');
      const sub = await store.subgraph({
        scope: { regionId: 'reg-14' },
        limit: 1000,
        attachLabels: ['Topic'],
      });
      expect(
        sub.nodes.every((node) => !node.id.startsWith('acc-') && !node.id.startsWith('aud-')),
      ).toBe(true);
    });
  });
}

/** Contract cases: stats, setupSchema, health and clear. */
import { describe, expect, it } from 'vitest';
import { NODE_LABEL_NAMES, RELATIONSHIP_TYPE_NAMES } from '@nzr/graph-schema';
import type { GraphStore } from '../port.js';
import { FIXTURE, loadFixture } from '../../../test-support/store/contract-network.js';

export function statsSchemaHealthCases(getStore: () => GraphStore): void {
  describe('stats, schema, health, clear', () => {
    it('counts every label and relationship type, zeros included', async () => {
      const store = getStore();
      const empty = await store.stats();
      expect(Object.keys(empty.nodes).sort()).toEqual([...NODE_LABEL_NAMES].sort());
      expect(Object.keys(empty.relationships).sort()).toEqual([...RELATIONSHIP_TYPE_NAMES].sort());
      expect(Object.values(empty.nodes).every((count) => count === 0)).toBe(true);
      await loadFixture(store);
      const stats = await store.stats();
      expect(stats.nodes).toEqual({
        Person: 3,
        Institution: 5,
        Topic: 3,
        Region: 6,
        Network: 1,
        FundingProgramme: 0,
        Resource: 0,
        Project: 0,
      });
      expect(stats.relationships).toEqual({
        MEMBER_OF: 2,
        WORKS_ON: 5,
        LOCATED_IN: 8,
        PART_OF: 6,
        COOPERATES_WITH: 3,
        KNOWS: 2,
        MEMBER_OF_NETWORK: 3,
        OFFERS: 0,
        NEEDS: 0,
        RUNS: 0,
        FUNDED_BY: 0,
        ELIGIBLE_IN: 0,
      });
      expect(stats.personsByVisibility).toEqual({ public: 1, members: 1, coordinators: 1 });
      expect(empty.personsByVisibility).toEqual({ public: 0, members: 0, coordinators: 0 });
      const total = Object.values(stats.relationships).reduce((a, b) => a + b, 0);
      expect(total).toBe(FIXTURE.relationships.length);
    });

    it('sets up the schema idempotently', async () => {
      const store = getStore();
      const first = await store.setupSchema();
      const second = await store.setupSchema();
      expect(first.items).toContain('entity_id_unique');
      expect(first.items).toContain('entity_text');
      expect(first.items).toContain('entity_location');
      expect([...second.items].sort()).toEqual([...first.items].sort());
    });

    it('reports health', async () => {
      const health = await getStore().health();
      expect(health.ok).toBe(true);
      expect(health.store).toBe(getStore().kind);
      expect(typeof health.message).toBe('string');
    });

    it('clears everything, and ids can be reused afterwards', async () => {
      const store = getStore();
      await loadFixture(store);
      await store.clear();
      const stats = await store.stats();
      expect(Object.values(stats.nodes).every((count) => count === 0)).toBe(true);
      expect(Object.values(stats.relationships).every((count) => count === 0)).toBe(true);
      expect(await store.getNodes(['per-anna'])).toEqual([]);
      expect((await store.search({ text: 'görlitz', first: 10 })).hits).toEqual([]);
      expect(
        await store.withinRadius({
          center: { latitude: 51.15, longitude: 14.98 },
          radiusKm: 50,
          limit: 10,
        }),
      ).toEqual([]);
      await loadFixture(store);
      expect((await store.stats()).nodes.Person).toBe(3);
      const [anna] = await store.getNodes(['per-anna']);
      expect(anna?.version).toBe(1);
    });
  });
}

/**
 * Contract cases: the visibility filter hides persons without valid consent (never given, or withdrawn) from
 * every filtered read, and `stats` counts only persons with valid consent, on every store alike. Unfiltered
 * (trusted) reads still reach them, so they can be listed for coordinators and erased.
 */
import { describe, expect, it } from 'vitest';
import type { Change, GraphStore } from '../port.js';

const VISIBLE = ['public', 'members', 'coordinators'] as const;
const near = { latitude: 51.15, longitude: 14.98 };

const person = (id: string, extra: Record<string, string>): Change => ({
  op: 'createNode',
  label: 'Person',
  id,
  properties: { name: `Consent ${id}`, visibility: 'public', location: near, ...extra },
});

export function consentCases(getStore: () => GraphStore): void {
  describe('consent in the visibility filter', () => {
    it('hides persons without valid consent from filtered reads, counts and traversal', async () => {
      const store = getStore();
      await store.applyChanges([
        {
          op: 'createNode',
          label: 'Region',
          id: 'reg-c',
          properties: { name: 'Ort', level: 'municipality', ags: '14626999' },
        },
        person('per-ok', { consentDate: '2025-01-01' }),
        person('per-none', {}),
        person('per-gone', { consentDate: '2025-01-01', consentWithdrawnOn: '2026-11-01' }),
        ...['per-ok', 'per-none', 'per-gone'].map((id, i): Change => ({
          op: 'createRelationship',
          type: 'LOCATED_IN',
          id: `loc-${i}`,
          from: id,
          to: 'reg-c',
          properties: {},
        })),
      ]);
      const filter = { labels: ['Person' as const], visibilities: VISIBLE };
      const ids = (nodes: readonly { id: string }[]) => nodes.map((node) => node.id).sort();
      const search = await store.search({ text: 'Consent', filter, first: 10 });
      expect(ids(search.hits.map((hit) => hit.node))).toEqual(['per-ok']);
      const radius = await store.withinRadius({ center: near, radiusKm: 1, filter, limit: 10 });
      expect(ids(radius.map((hit) => hit.node))).toEqual(['per-ok']);
      const around = await store.neighbourhood({
        ids: ['reg-c', 'per-gone'],
        depth: 1,
        filter: { visibilities: VISIBLE },
        limit: 10,
      });
      expect(ids(around.nodes)).toEqual(['per-ok', 'reg-c']);
      const scoped = await store.subgraph({
        scope: { regionId: 'reg-c' },
        visibilities: VISIBLE,
        limit: 10,
      });
      expect(ids(scoped.nodes.filter((node) => node.label === 'Person'))).toEqual(['per-ok']);
      const stats = await store.stats();
      expect(stats.personsByVisibility.public).toBe(1);
      expect(stats.nodes.Person).toBe(3);
      // Trusted (unfiltered) reads reach them: coordinators' consent list, erasure.
      const all = await store.search({
        text: 'Consent',
        filter: { labels: ['Person'] },
        first: 10,
      });
      expect(ids(all.hits.map((hit) => hit.node))).toEqual(['per-gone', 'per-none', 'per-ok']);
      // Withdrawing is one property: hidden at once; recording consent again lists the person again.
      await store.applyChanges([
        { op: 'updateNode', id: 'per-ok', properties: { consentWithdrawnOn: '2026-12-07' } },
      ]);
      expect((await store.search({ text: 'Consent', filter, first: 10 })).hits).toEqual([]);
      await store.applyChanges([
        { op: 'updateNode', id: 'per-gone', properties: { consentWithdrawnOn: null } },
      ]);
      const back = await store.search({ text: 'Consent', filter, first: 10 });
      expect(ids(back.hits.map((hit) => hit.node))).toEqual(['per-gone']);
    });
  });
}

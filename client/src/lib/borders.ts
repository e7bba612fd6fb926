/**
 * The only module that imports topojson-client: loads Saxony's district and municipality borders (the static
 * asset /geo/saxony-borders.topo.json, built from seed/data by client/vite.config.ts) once per page, lazily, and
 * decodes them into plain rings. Source and licence: seed/data/SOURCES.md; BORDERS_ATTRIBUTION must be shown
 * wherever they are drawn.
 */
import type { GeometryCollection, Topology } from 'topojson-specification';

/** A longitude, latitude pair (GeoJSON order). */
export type LonLat = readonly [number, number];
export type Ring = readonly LonLat[];

export interface BorderArea {
  readonly ags: string;
  readonly name: string;
  /** Outer rings and holes of every part; the even-odd rule tells them apart. */
  readonly rings: readonly Ring[];
}

export interface Borders {
  readonly districts: readonly BorderArea[];
  readonly municipalities: readonly BorderArea[];
  /** Lines between municipalities (each shared border once), for a light inner grid. */
  readonly municipalityLines: readonly Ring[];
  /** Lines between districts and the state's outline. */
  readonly districtLines: readonly Ring[];
}

export const BORDERS_ATTRIBUTION = '© GeoBasis-DE / BKG (2016), dl-de/by-2-0 (Daten verändert)';
export const BORDERS_URL = `${import.meta.env.BASE_URL}geo/saxony-borders.topo.json`;

interface AreaProperties {
  readonly ags: string;
  readonly name: string;
}

let loading: Promise<Borders> | null = null;

/** The borders, fetched and decoded once; a failed load is retried on the next call. */
export function loadBorders(): Promise<Borders> {
  loading ??= fetchBorders().catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}

async function fetchBorders(): Promise<Borders> {
  const [client, response] = await Promise.all([import('topojson-client'), fetch(BORDERS_URL)]);
  if (!response.ok) throw new Error(`borders: HTTP ${response.status}`);
  const topo = (await response.json()) as Topology;
  const collection = (name: string) => topo.objects[name] as GeometryCollection<AreaProperties>;
  const areas = (name: string): BorderArea[] =>
    client.feature(topo, collection(name)).features.map((feature) => ({
      ags: feature.properties.ags,
      name: feature.properties.name,
      rings: (feature.geometry.type === 'Polygon'
        ? feature.geometry.coordinates
        : feature.geometry.type === 'MultiPolygon'
          ? feature.geometry.coordinates.flat()
          : []) as unknown as Ring[],
    }));
  const lines = (name: string, inner: boolean): Ring[] =>
    client.mesh(topo, collection(name), inner ? (a, b) => a !== b : undefined)
      .coordinates as unknown as Ring[];
  return {
    districts: areas('districts'),
    municipalities: areas('municipalities'),
    municipalityLines: lines('municipalities', true),
    districtLines: lines('districts', false),
  };
}

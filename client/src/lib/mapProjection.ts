/**
 * The one projection of every geographic map in the client: graph-schema's projectToMap around a fixed centre
 * (the middle of Saxony's bounding box), scaled by GEO_SCALE. A fixed centre keeps nodes, borders, radius circles
 * and district labels in one coordinate system whatever the graph holds. The scale makes a district fill the view
 * at a zoom near 1, so node sizes (in map pixels) look right when the map is fitted to a district.
 */
import { MAP_PIXELS_PER_DEGREE, projectToMap } from '@nzr/graph-schema';
import type { MapPosition } from '@nzr/graph-schema';
import type { LonLat, Ring } from './borders';
import type { FitBox } from './viewport';

export interface GeoPoint {
  readonly latitude: number;
  readonly longitude: number;
}

/** A rectangle in map coordinates (x to the east, y to the south). */
export type Box = FitBox;

export const MAP_CENTRE: GeoPoint = { latitude: 50.93, longitude: 13.46 };
export const GEO_SCALE = 1.5;

/** Screen pixels per degree of latitude at a cytoscape zoom level. */
export function pixelsPerDegree(zoom: number): number {
  return zoom * GEO_SCALE * MAP_PIXELS_PER_DEGREE;
}

export function toMap(point: GeoPoint): MapPosition {
  const p = projectToMap(point, MAP_CENTRE);
  return { x: p.x * GEO_SCALE, y: p.y * GEO_SCALE };
}

/** The inverse of toMap. */
export function fromMap({ x, y }: MapPosition): GeoPoint {
  const cos = Math.cos((MAP_CENTRE.latitude * Math.PI) / 180);
  return {
    latitude: MAP_CENTRE.latitude - y / (GEO_SCALE * MAP_PIXELS_PER_DEGREE),
    longitude: MAP_CENTRE.longitude + x / (GEO_SCALE * MAP_PIXELS_PER_DEGREE * cos),
  };
}

export function lonLatToMap([longitude, latitude]: LonLat): MapPosition {
  return toMap({ latitude, longitude });
}

/** SVG path data of rings in map coordinates, to 0.1 map pixels. */
export function ringsPath(rings: readonly Ring[], closed = true): string {
  return rings
    .map((ring) => {
      const points = ring.map((p) => {
        const { x, y } = lonLatToMap(p);
        return `${x.toFixed(1)},${y.toFixed(1)}`;
      });
      return `M${points.join('L')}${closed ? 'Z' : ''}`;
    })
    .join('');
}

export function boxOf(rings: readonly Ring[]): Box | null {
  const points = rings.flat().map(lonLatToMap);
  if (points.length === 0) return null;
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  return { x1: Math.min(...xs), y1: Math.min(...ys), x2: Math.max(...xs), y2: Math.max(...ys) };
}

const KM_PER_DEGREE_LATITUDE = 111.32;

/** A circle of `radiusKm` on the ground around `centre`, as a closed ring of longitude/latitude points. */
export function circleRing(centre: GeoPoint, radiusKm: number, steps = 72): Ring {
  const cos = Math.cos((centre.latitude * Math.PI) / 180);
  const ring: LonLat[] = [];
  for (let i = 0; i <= steps; i++) {
    const angle = (2 * Math.PI * (i % steps)) / steps;
    const north = (radiusKm * Math.cos(angle)) / KM_PER_DEGREE_LATITUDE;
    const east = (radiusKm * Math.sin(angle)) / (KM_PER_DEGREE_LATITUDE * cos);
    ring.push([centre.longitude + east, centre.latitude + north]);
  }
  return ring;
}

/** Where to put a name in an area: the centroid of its largest ring, in map coordinates. */
export function labelPoint(rings: readonly Ring[]): MapPosition | null {
  let best: { area: number; x: number; y: number } | null = null;
  for (const ring of rings) {
    const points = ring.map(lonLatToMap);
    let area = 0;
    let cx = 0;
    let cy = 0;
    for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
      const a = points[j] as MapPosition;
      const b = points[i] as MapPosition;
      const cross = a.x * b.y - b.x * a.y;
      area += cross;
      cx += (a.x + b.x) * cross;
      cy += (a.y + b.y) * cross;
    }
    if (area !== 0 && (!best || Math.abs(area) > best.area)) {
      best = { area: Math.abs(area), x: cx / (3 * area), y: cy / (3 * area) };
    }
  }
  return best && { x: best.x, y: best.y };
}

/**
 * Blocks for duplicate detection: ids filed by block word, then by place (a spatial cell, or the region for
 * entries without a location; "contact" blocks use a place of their own). A block holds at most MAX_BLOCK ids
 * (the first by id), so the work per entry is bounded however dense a city is.
 */
import type { GeoPoint } from '@nzr/graph-schema';

export const MAX_BLOCK = 50;
/**
 * Cell size in degrees: 0.05° latitude ≈ 5.6 km, 0.08° longitude ≈ 5.5 km in Saxony (50–52° N), so the 3×3
 * cells around an entry hold everything within 5 km (NEAR_KM).
 */
const CELL_LAT = 0.05;
const CELL_LON = 0.08;
const ROW = 100_000;

export type Place = number | string;

export interface Placed {
  readonly point: GeoPoint | null;
  readonly region: string | null;
}

/** The place an entry is filed under; null when it has neither location nor region. */
export function ownPlace(entry: Placed): Place | null {
  if (!entry.point) return entry.region === null ? null : `r:${entry.region}`;
  return (
    Math.floor(entry.point.latitude / CELL_LAT) * ROW + Math.floor(entry.point.longitude / CELL_LON)
  );
}

/** The places an entry looks in: the 3×3 cells around its own, or its region. */
export function placesAround(entry: Placed): Place[] {
  const own = ownPlace(entry);
  if (typeof own !== 'number') return own === null ? [] : [own];
  const out: number[] = [];
  for (let dy = -1; dy <= 1; dy++) for (let dx = -1; dx <= 1; dx++) out.push(own + dy * ROW + dx);
  return out;
}

export class Blocks {
  private readonly byWord = new Map<string, Map<Place, string[]>>();

  /** Files the id; false when the block was full. */
  file(word: string, place: Place, id: string): boolean {
    let places = this.byWord.get(word);
    if (!places) this.byWord.set(word, (places = new Map()));
    const list = places.get(place);
    if (!list) places.set(place, [id]);
    else if (list.length < MAX_BLOCK) list.push(id);
    else return false;
    return true;
  }

  get(word: string, place: Place): readonly string[] {
    return this.byWord.get(word)?.get(place) ?? [];
  }
}

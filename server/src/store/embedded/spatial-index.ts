/**
 * Spatial index over node locations (an R-tree, rbush, on longitude/latitude). Radius queries pre-select the
 * bounding box of the circle here and then keep only nodes within the exact haversine distance (shared/geo.ts).
 */
import RBush from 'rbush';
import type { GeoPoint } from '@nzr/graph-schema';
import { boundingBox } from '../shared/geo.js';

interface Entry {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
  readonly id: string;
}

export class SpatialIndex {
  private tree = new RBush<Entry>();
  private readonly entries = new Map<string, Entry>();

  private static entry(id: string, point: GeoPoint): Entry {
    return {
      minX: point.longitude,
      minY: point.latitude,
      maxX: point.longitude,
      maxY: point.latitude,
      id,
    };
  }

  set(id: string, point: GeoPoint | undefined): void {
    this.remove(id);
    if (!point) return;
    const entry = SpatialIndex.entry(id, point);
    this.entries.set(id, entry);
    this.tree.insert(entry);
  }

  /** Bulk load into an empty index (opening a snapshot); much faster than one insert per point. */
  load(points: readonly { id: string; point: GeoPoint }[]): void {
    const entries = points.map(({ id, point }) => SpatialIndex.entry(id, point));
    for (const entry of entries) this.entries.set(entry.id, entry);
    this.tree.load(entries);
  }

  remove(id: string): void {
    const entry = this.entries.get(id);
    if (!entry) return;
    this.tree.remove(entry);
    this.entries.delete(id);
  }

  clear(): void {
    this.tree = new RBush<Entry>();
    this.entries.clear();
  }

  /** Ids of the nodes inside the bounding box of the circle (a superset of the circle). */
  candidates(center: GeoPoint, radiusKm: number): string[] {
    const box = boundingBox(center, radiusKm);
    const ranges: [number, number][] = [[Math.max(-180, box.minLon), Math.min(180, box.maxLon)]];
    // Boxes that cross the antimeridian wrap around to the other side of the map.
    if (box.minLon < -180) ranges.push([box.minLon + 360, 180]);
    if (box.maxLon > 180) ranges.push([-180, box.maxLon - 360]);
    const ids = new Set<string>();
    for (const [minX, maxX] of ranges) {
      for (const entry of this.tree.search({ minX, maxX, minY: box.minLat, maxY: box.maxLat })) {
        ids.add(entry.id);
      }
    }
    return [...ids];
  }
}

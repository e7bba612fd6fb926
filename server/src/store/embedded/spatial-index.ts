/**
 * Spatial index over node locations (an R-tree, rbush, on longitude/latitude). Radius queries pre-select the
 * bounding box of the circle here and then keep only nodes within the exact haversine distance (shared/geo.ts).
 * Entries carry their node and the cosine of their latitude: a city's box holds tens of thousands of nodes,
 * and looking each one up by id and recomputing both cosines took most of a radius query. The distance is
 * shared/geo.ts's haversineMeters with those cosines reused, so it is the same to the bit as everywhere else.
 */
import RBush from 'rbush';
import type { GeoPoint } from '@nzr/graph-schema';
import type { GraphNode } from '../port.js';
import { boundingBox, cosLatitude, haversineMeters } from '../shared/geo.js';

interface Entry {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
  readonly node: GraphNode;
  readonly point: GeoPoint;
  readonly cosLat: number;
}

export interface Nearby {
  readonly node: GraphNode;
  readonly distanceKm: number;
}

export class SpatialIndex {
  private tree = new RBush<Entry>();
  private readonly entries = new Map<string, Entry>();

  private static entry(node: GraphNode, point: GeoPoint): Entry {
    return {
      minX: point.longitude,
      minY: point.latitude,
      maxX: point.longitude,
      maxY: point.latitude,
      node,
      point,
      cosLat: cosLatitude(point.latitude),
    };
  }

  /** Indexes (or re-indexes) the node at `point`; every put of a node must pass through here. */
  set(node: GraphNode, point: GeoPoint | undefined): void {
    this.remove(node.id);
    if (!point) return;
    const entry = SpatialIndex.entry(node, point);
    this.entries.set(node.id, entry);
    this.tree.insert(entry);
  }

  /** Bulk load into an empty index (opening a snapshot); much faster than one insert per point. */
  load(points: readonly { node: GraphNode; point: GeoPoint }[]): void {
    const entries = points.map(({ node, point }) => SpatialIndex.entry(node, point));
    for (const entry of entries) this.entries.set(entry.node.id, entry);
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

  /** The nodes within `radiusKm` of `center` (exact haversine, shared/geo.ts), in no particular order. */
  within(center: GeoPoint, radiusKm: number): Nearby[] {
    const box = boundingBox(center, radiusKm);
    const ranges: [number, number][] = [[Math.max(-180, box.minLon), Math.min(180, box.maxLon)]];
    // Boxes that cross the antimeridian wrap around to the other side of the map (the ranges are disjoint).
    if (box.minLon < -180) ranges.push([box.minLon + 360, 180]);
    if (box.maxLon > 180) ranges.push([-180, box.maxLon - 360]);
    const cosCenter = cosLatitude(center.latitude);
    const found: Nearby[] = [];
    for (const [minX, maxX] of ranges) {
      for (const entry of this.tree.search({ minX, maxX, minY: box.minLat, maxY: box.maxLat })) {
        const distance = haversineMeters(center, cosCenter, entry.point, entry.cosLat) / 1000;
        if (distance <= radiusKm) found.push({ node: entry.node, distanceKm: distance });
      }
    }
    return found;
  }
}

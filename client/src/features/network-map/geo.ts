/**
 * Geographic placement: the client's one map projection (lib/mapProjection: graph-schema's projectToMap around a
 * fixed centre), shared with the borders, radius circles and district labels drawn with it. Nodes at the same
 * place are spread on a small spiral; nodes without a location sit at the mean position of their placed neighbours, or in a row below the map.
 */
import { projectToMap } from '@nzr/graph-schema';
import type { MapPosition } from '@nzr/graph-schema';
import { toMap } from '../../lib/mapProjection';
import type { DistrictLabel, GeoPoint, NetworkMapGraph } from './graph.fragment';

export type Position = MapPosition;
export const project = projectToMap;

const SPREAD = 20;

/** Positions of the graph's nodes and of the district labels, keyed by id. */
export function geoPositions(
  graph: NetworkMapGraph,
  districts: readonly DistrictLabel[] = [],
): Map<string, Position> {
  const located = graph.nodes.filter((node) => node.location);
  const positions = new Map<string, Position>();
  const taken = new Map<string, number>();
  for (const node of located) {
    const base = toMap(node.location as GeoPoint);
    const key = `${Math.round(base.x / 4)}:${Math.round(base.y / 4)}`;
    const index = taken.get(key) ?? 0;
    taken.set(key, index + 1);
    // Golden-angle spiral around the shared place.
    const angle = index * 2.39996;
    const radius = SPREAD * Math.sqrt(index);
    positions.set(node.id, {
      x: base.x + radius * Math.cos(angle),
      y: base.y + radius * Math.sin(angle),
    });
  }
  for (const district of districts) positions.set(district.id, toMap(district.location));
  placeUnlocated(graph, positions);
  return positions;
}

function placeUnlocated(graph: NetworkMapGraph, positions: Map<string, Position>): void {
  const ys = [...positions.values()].map((p) => p.y);
  const minX = Math.min(0, ...[...positions.values()].map((p) => p.x));
  const bottom = (ys.length > 0 ? Math.max(...ys) : 0) + 80;
  let row = 0;
  for (const node of graph.nodes) {
    if (positions.has(node.id)) continue;
    const neighbours = graph.edges
      .flatMap((e) => (e.source === node.id ? [e.target] : e.target === node.id ? [e.source] : []))
      .map((id) => positions.get(id))
      .filter((p): p is Position => p !== undefined);
    if (neighbours.length > 0) {
      const x = neighbours.reduce((sum, p) => sum + p.x, 0) / neighbours.length;
      const y = neighbours.reduce((sum, p) => sum + p.y, 0) / neighbours.length;
      positions.set(node.id, { x: x + 20, y: y + 20 });
    } else {
      positions.set(node.id, { x: minX + (row % 20) * 40, y: bottom + Math.floor(row / 20) * 40 });
      row++;
    }
  }
}

/**
 * Which districts a sparse district may be pooled with, in the order they are added: the districts of the
 * same kind (rural with rural, kreisfreie Städte with each other), nearest centre first. In Saxony the
 * nearest rural district is a neighbour (Görlitz: Bautzen, then Sächsische Schweiz-Osterzgebirge, …).
 */
import type { GeoPoint } from '@nzr/graph-schema';
import { distanceKm } from '../../store/shared/geo.js';
import type { GraphNode } from '../../store/port.js';
import { isPoint } from '../kernel/snapshot.js';

const pointOf = (node: GraphNode): GeoPoint | null => {
  const value = node.properties['location'];
  return isPoint(value) ? value : null;
};

export function poolPartners(
  district: GraphNode,
  districts: readonly GraphNode[],
  count = Number.POSITIVE_INFINITY,
): GraphNode[] {
  const home = pointOf(district);
  if (!home) return [];
  const urban = district.properties['urban'] === true;
  return districts
    .flatMap((other) => {
      const point = pointOf(other);
      const sameKind = (other.properties['urban'] === true) === urban;
      return other.id !== district.id && point && sameKind
        ? [{ other, km: distanceKm(home, point) }]
        : [];
    })
    .sort((a, b) => a.km - b.km || a.other.id.localeCompare(b.other.id))
    .slice(0, count)
    .map(({ other }) => other);
}

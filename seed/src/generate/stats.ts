/**
 * Statistics of a generated graph, computed from its nodes and relationships only (not from generator
 * internals), so tests and the bench check what analytics will actually see.
 */
import type { GeoPoint, NodeLabel, RelationshipType } from '@nzr/graph-schema';
import { distanceKm } from './geo.js';
import type { GeneratedGraph } from './types.js';
import { NEAR_KM } from './world.js';

export interface DistrictStats {
  readonly id: string;
  readonly name: string;
  readonly urban: boolean;
  readonly actors: number;
  /** Actors per 10,000 inhabitants. */
  readonly density: number;
}

export interface GraphStats {
  readonly nodes: Partial<Record<NodeLabel, number>>;
  readonly relationships: Partial<Record<RelationshipType, number>>;
  readonly relationshipsPerActor: number;
  readonly districts: DistrictStats[];
  /** Share of cooperations between institutions of the same sector. */
  readonly sameSectorShare: number;
  /** Share of cooperations within NEAR_KM or inside one district. */
  readonly localShare: number;
  /** Institution id → number of cooperations with other sectors, and distinct other sectors. */
  readonly crossSector: Map<string, { ties: number; sectors: number }>;
  /** `district|sectorA|sectorB` (sorted sectors) → cooperations touching an institution of that district. */
  readonly sectorPairsByDistrict: Map<string, number>;
}

export const pairKey = (district: string, a: string, b: string): string =>
  a < b ? `${district}|${a}|${b}` : `${district}|${b}|${a}`;

function increment<K>(map: Map<K, number>, key: K, by = 1): void {
  map.set(key, (map.get(key) ?? 0) + by);
}

export function computeStats(graph: GeneratedGraph): GraphStats {
  const nodes: Partial<Record<NodeLabel, number>> = {};
  const relationships: Partial<Record<RelationshipType, number>> = {};
  const nodeById = new Map(graph.nodes.map((n) => [n.id, n]));
  for (const n of graph.nodes) nodes[n.label] = (nodes[n.label] ?? 0) + 1;
  const districtOfRegion = new Map<string, string>();
  const districtOfNode = new Map<string, string>();
  for (const r of graph.relationships) {
    relationships[r.type] = (relationships[r.type] ?? 0) + 1;
    if (r.type === 'PART_OF' && nodeById.get(r.to)?.properties.level === 'district')
      districtOfRegion.set(r.from, r.to);
  }
  const actorsByDistrict = new Map<string, number>();
  for (const r of graph.relationships) {
    const label = nodeById.get(r.from)?.label;
    if (r.type !== 'LOCATED_IN' || (label !== 'Person' && label !== 'Institution')) continue;
    const district = districtOfRegion.get(r.to) ?? '';
    districtOfNode.set(r.from, district);
    increment(actorsByDistrict, district);
  }
  const districts = graph.nodes
    .filter((n) => n.label === 'Region' && n.properties.level === 'district')
    .map((n) => {
      const actors = actorsByDistrict.get(n.id) ?? 0;
      const population = Number(n.properties.population);
      return {
        id: n.id,
        name: String(n.properties.name),
        urban: n.properties.urban === true,
        actors,
        density: (actors / population) * 10_000,
      };
    });
  let same = 0,
    local = 0,
    total = 0;
  const crossSector = new Map<string, { ties: number; sectors: number }>();
  const partnerSectors = new Map<string, Set<string>>();
  const sectorPairsByDistrict = new Map<string, number>();
  for (const r of graph.relationships) {
    if (r.type !== 'COOPERATES_WITH') continue;
    const a = nodeById.get(r.from);
    const b = nodeById.get(r.to);
    if (!a || !b) continue;
    total++;
    const sa = String(a.properties.sector),
      sb = String(b.properties.sector);
    const da = districtOfNode.get(a.id) ?? '',
      db = districtOfNode.get(b.id) ?? '';
    if (sa === sb) same++;
    const km = distanceKm(a.properties.location as GeoPoint, b.properties.location as GeoPoint);
    if (da === db || km <= NEAR_KM) local++;
    increment(sectorPairsByDistrict, pairKey(da, sa, sb));
    if (db !== da) increment(sectorPairsByDistrict, pairKey(db, sa, sb));
    if (sa === sb) continue;
    for (const [x, other] of [
      [a.id, sb],
      [b.id, sa],
    ] as const) {
      const set = partnerSectors.get(x) ?? new Set<string>();
      set.add(other);
      partnerSectors.set(x, set);
      crossSector.set(x, { ties: (crossSector.get(x)?.ties ?? 0) + 1, sectors: set.size });
    }
  }
  const actors = (nodes.Person ?? 0) + (nodes.Institution ?? 0);
  return {
    nodes,
    relationships,
    relationshipsPerActor: graph.relationships.length / actors,
    districts,
    sameSectorShare: same / Math.max(1, total),
    localShare: local / Math.max(1, total),
    crossSector,
    sectorPairsByDistrict,
  };
}

/** Mean density of the urban and the rural districts. */
export function densityByKind(stats: GraphStats): { urban: number; rural: number } {
  const mean = (list: DistrictStats[]): number =>
    list.reduce((s, d) => s + d.density, 0) / Math.max(1, list.length);
  return {
    urban: mean(stats.districts.filter((d) => d.urban)),
    rural: mean(stats.districts.filter((d) => !d.urban)),
  };
}

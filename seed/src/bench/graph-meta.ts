/**
 * What the bench needs to know about a generated graph without keeping it in memory: sample actors, the
 * districts with their actor counts, topics. Computed once when a dataset is seeded and cached as meta.json.
 */
import { Random } from '../generate/random.js';
import type { GeneratedGraph } from '../generate/types.js';

export interface DistrictInfo {
  readonly id: string;
  readonly name: string;
  readonly actors: number;
  /** Up to 50 institutions located in the district, drawn with a fixed seed. */
  readonly sampleInstitutionIds: readonly string[];
}

export interface GraphMeta {
  readonly actors: number;
  readonly seed: number;
  readonly nodes: number;
  readonly relationships: number;
  readonly cooperations: number;
  readonly stateId: string;
  /** Random actors anyone may see (institutions and public persons), drawn with a fixed seed. */
  readonly sampleActorIds: readonly string[];
  readonly sampleTopicIds: readonly string[];
  /** Districts, most actors first. */
  readonly districts: readonly DistrictInfo[];
}

const SAMPLE_SIZE = 400;
/** Bump when GraphMeta changes: part of the cache key, so old caches are seeded again. */
export const META_VERSION = 2;

export function describeGraph(graph: GeneratedGraph): GraphMeta {
  const label = new Map(graph.nodes.map((n) => [n.id, n.label]));
  const actorIds = graph.nodes
    .filter((n) => n.label === 'Person' || n.label === 'Institution')
    .map((n) => n.id);
  const visibleIds = graph.nodes
    .filter(
      (n) =>
        n.label === 'Institution' || (n.label === 'Person' && n.properties.visibility === 'public'),
    )
    .map((n) => n.id);
  const parent = new Map<string, string>();
  const located = new Map<string, string>();
  let cooperations = 0;
  for (const rel of graph.relationships) {
    if (rel.type === 'PART_OF' && label.get(rel.from) === 'Region') parent.set(rel.from, rel.to);
    if (rel.type === 'LOCATED_IN') located.set(rel.from, rel.to);
    if (rel.type === 'COOPERATES_WITH') cooperations++;
  }
  const regions = graph.nodes.filter((n) => n.label === 'Region');
  const levelOf = new Map(regions.map((r) => [r.id, r.properties.level]));
  const level = (id: string): unknown => levelOf.get(id);
  const districtCounts = new Map<string, number>();
  const districtInstitutions = new Map<string, string[]>();
  for (const id of actorIds) {
    let region = located.get(id);
    while (region !== undefined && level(region) === 'municipality') region = parent.get(region);
    if (region === undefined) continue;
    districtCounts.set(region, (districtCounts.get(region) ?? 0) + 1);
    if (label.get(id) !== 'Institution') continue;
    const list = districtInstitutions.get(region);
    if (list) list.push(id);
    else districtInstitutions.set(region, [id]);
  }
  const random = new Random(7);
  const districts = regions
    .filter((r) => r.properties.level === 'district')
    .map((r) => {
      const institutions = districtInstitutions.get(r.id) ?? [];
      const sample =
        institutions.length === 0
          ? []
          : Array.from({ length: 50 }, () => random.pick(institutions));
      return {
        id: r.id,
        name: String(r.properties.name),
        actors: districtCounts.get(r.id) ?? 0,
        sampleInstitutionIds: sample,
      };
    })
    .sort((a, b) => b.actors - a.actors || a.id.localeCompare(b.id));
  const topics = graph.nodes.filter((n) => n.label === 'Topic').map((n) => n.id);
  return {
    actors: graph.meta.actors,
    seed: graph.meta.seed,
    nodes: graph.nodes.length,
    relationships: graph.relationships.length,
    cooperations,
    stateId: regions.find((r) => r.properties.level === 'state')?.id ?? '',
    sampleActorIds: Array.from({ length: SAMPLE_SIZE }, () => random.pick(visibleIds)),
    sampleTopicIds: Array.from({ length: 20 }, () => random.pick(topics)),
    districts,
  };
}

/** The district whose actor count is nearest to `target` (the bench's "region of ~10k actors"). */
export function districtNear(meta: GraphMeta, target: number): DistrictInfo {
  const sorted = [...meta.districts].sort(
    (a, b) => Math.abs(a.actors - target) - Math.abs(b.actors - target),
  );
  const found = sorted[0];
  if (!found) throw new Error('the graph has no districts');
  return found;
}

/**
 * Inputs around one actor or a set of nearby actors, for allies and resource matches: the actor's topics,
 * region and needs (with the needed resources' topics), candidates within a radius, and the candidates'
 * topics, regions and offers. Every call is bounded (radius limit, chunked neighbour queries) and filtered by
 * the viewer's visibilities.
 */
import type { GeoPoint } from '@nzr/graph-schema';
import type { GraphNode, RadiusHit, Subgraph } from '../../store/port.js';
import type { AnalyticsDeps } from './deps.js';
import { mergeSubgraphs, neighboursOf } from './subgraphs.js';
import { invalid, requireNode } from './validate.js';

/** Nearest candidates taken from a radius query. */
export const CANDIDATE_LIMIT = 1000;

const isPoint = (value: unknown): value is GeoPoint =>
  typeof value === 'object' && value !== null && 'latitude' in value && 'longitude' in value;

/** Resources of the given owners (over `type`) plus those resources' topics and regions. */
async function withResources(
  deps: AnalyticsDeps,
  ids: readonly string[],
  type: 'OFFERS' | 'NEEDS',
): Promise<Subgraph> {
  const visibilities = deps.nodes.viewer.visibilities;
  const owners = await neighboursOf(deps.store, {
    ids,
    relationshipTypes: ['WORKS_ON', 'LOCATED_IN', type],
    labels: ['Topic', 'Region', 'Resource'],
    visibilities,
  });
  const resources = owners.nodes.filter((n) => n.label === 'Resource').map((n) => n.id);
  const details = await neighboursOf(deps.store, {
    ids: resources,
    relationshipTypes: ['WORKS_ON', 'LOCATED_IN'],
    labels: ['Topic', 'Region'],
    visibilities,
  });
  return mergeSubgraphs([owners, details]);
}

export interface Asker {
  readonly node: GraphNode;
  /** The asker, its topics, region, needs and the needed resources' topics. */
  readonly subgraph: Subgraph;
  /** Own location, else the location of its region; null when neither is known. */
  readonly location: GeoPoint | null;
}

export async function askerOf(deps: AnalyticsDeps, actorId: string): Promise<Asker> {
  const node = await requireNode(deps.store, deps.nodes, 'actorId', actorId, [
    'Person',
    'Institution',
  ]);
  const subgraph = await withResources(deps, [actorId], 'NEEDS');
  const own = node.properties['location'];
  const regionId = subgraph.relationships.find(
    (rel) => rel.type === 'LOCATED_IN' && rel.from === actorId,
  )?.to;
  const regionLocation = subgraph.nodes.find((n) => n.id === regionId)?.properties['location'];
  const location = isPoint(own) ? own : isPoint(regionLocation) ? regionLocation : null;
  return { node, subgraph, location };
}

export function locationOrFail(asker: Asker): GeoPoint {
  if (asker.location) return asker.location;
  return invalid('actorId', `actor ${asker.node.id} has no location and no located region`);
}

export interface Candidates {
  readonly hits: readonly RadiusHit[];
  /** The candidates with their topics, regions and offered resources (with topics and regions). */
  readonly subgraph: Subgraph;
  /** True when more actors were within the radius than CANDIDATE_LIMIT. */
  readonly truncated: boolean;
}

export async function candidatesNear(
  deps: AnalyticsDeps,
  center: GeoPoint,
  radiusKm: number,
  topicIds?: readonly string[],
): Promise<Candidates> {
  const hits = await deps.store.withinRadius({
    center,
    radiusKm,
    filter: {
      labels: ['Person', 'Institution'],
      visibilities: deps.nodes.viewer.visibilities,
      ...(topicIds ? { topicIds } : {}),
    },
    limit: CANDIDATE_LIMIT,
  });
  const attached = await withResources(
    deps,
    hits.map((hit) => hit.node.id),
    'OFFERS',
  );
  const own: Subgraph = { nodes: hits.map((hit) => hit.node), relationships: [], truncated: false };
  return {
    hits,
    subgraph: mergeSubgraphs([own, attached]),
    truncated: hits.length >= CANDIDATE_LIMIT,
  };
}

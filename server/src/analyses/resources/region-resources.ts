/**
 * The input of a region's resource matching: the needs and offers of the region's actors (one scoped subgraph)
 * and the offers of actors just across its border. Matching is bounded by distance, not by district, so an
 * offer 5 km away in the next district meets a need near the border: the actors within `radiusKm` of the
 * region's needs are fetched with the allies' radius path (candidatesNear, then actorFeed for their offers),
 * around one centre (the needs' centroid) whose reach covers every need plus the radius.
 */
import { STATE_REGION_ID } from '@nzr/graph-schema';
import type { GeoPoint } from '@nzr/graph-schema';
import { distanceKm } from '../../store/shared/geo.js';
import type { Subgraph } from '../../store/port.js';
import { actorFeed, candidatesNear } from '../kernel/actor-feed.js';
import type { AnalysisDeps } from '../kernel/deps.js';
import { scopedSubgraph } from '../kernel/scoped-snapshot.js';
import { buildSnapshot, locationOf } from '../kernel/snapshot.js';
import { mergeSubgraphs, neighboursOf } from '../kernel/subgraphs.js';

/** Resources of a region whose topics are fetched (chunked neighbour queries). */
export const REGION_RESOURCE_LIMIT = 2000;
/** Largest reach of the cross-border search (Saxony is about 250 km wide). */
export const MAX_REACH_KM = 250;

export interface RegionResources {
  readonly input: Subgraph;
  /** Persons, institutions and networks located in the region (with sub-regions). */
  readonly regionActorIds: readonly string[];
}

const ACTOR_LABELS = new Set(['Person', 'Institution', 'Network']);

async function regionCore(deps: AnalysisDeps, regionId: string): Promise<Subgraph> {
  const core = await scopedSubgraph(
    deps.store,
    deps.nodes,
    { regionId },
    {
      labels: ['Person', 'Institution', 'Network'],
      relationshipTypes: ['OFFERS', 'NEEDS', 'LOCATED_IN'],
      attachLabels: ['Resource', 'Region'],
    },
  );
  const resources = core.nodes.filter((n) => n.label === 'Resource').map((n) => n.id);
  const details = await neighboursOf(deps.store, {
    ids: resources.slice(0, REGION_RESOURCE_LIMIT),
    relationshipTypes: ['WORKS_ON', 'LOCATED_IN'],
    labels: ['Topic', 'Region'],
    visibilities: deps.nodes.viewer.visibilities,
  });
  const merged = mergeSubgraphs([core, details]);
  return { ...merged, truncated: merged.truncated || resources.length > REGION_RESOURCE_LIMIT };
}

/** The centroid of the points and the distance from it to the farthest one. */
function spanOf(points: readonly GeoPoint[]): { center: GeoPoint; radiusKm: number } {
  const center = {
    latitude: points.reduce((sum, p) => sum + p.latitude, 0) / points.length,
    longitude: points.reduce((sum, p) => sum + p.longitude, 0) / points.length,
  };
  return { center, radiusKm: Math.max(...points.map((p) => distanceKm(center, p))) };
}

export async function regionResources(
  deps: AnalysisDeps,
  regionId: string,
  radiusKm: number,
): Promise<RegionResources> {
  const core = await regionCore(deps, regionId);
  const regionActorIds = core.nodes.filter((n) => ACTOR_LABELS.has(n.label)).map((n) => n.id);
  // The whole state has no border within reach of its own actors.
  if (regionId === STATE_REGION_ID) return { input: core, regionActorIds };
  const snapshot = buildSnapshot(core);
  const needPoints = core.relationships
    .filter((rel) => rel.type === 'NEEDS')
    .map((rel) => locationOf(snapshot, rel.to) ?? locationOf(snapshot, rel.from))
    .filter((p): p is GeoPoint => p !== null);
  if (needPoints.length === 0) return { input: core, regionActorIds };
  const span = spanOf(needPoints);
  const reach = Math.min(span.radiusKm + radiusKm, MAX_REACH_KM);
  const near = await candidatesNear(deps, span.center, reach);
  const inRegion = new Set(regionActorIds);
  const hits = near.hits.filter((hit) => !inRegion.has(hit.node.id));
  const outside = { ...near, hits, subgraph: { ...near.subgraph, nodes: hits.map((h) => h.node) } };
  const feed = await actorFeed(deps, null, outside, { themes: false, offers: true });
  const merged = mergeSubgraphs([core, outside.subgraph, ...feed]);
  return {
    input: { ...merged, truncated: core.truncated || near.truncated },
    regionActorIds,
  };
}

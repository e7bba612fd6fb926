/**
 * Resource matches (Angebot ↔ Bedarf) for one actor (its needs against offers of actors within the radius)
 * or for a region (needs and offers of the region's persons, institutions and networks).
 */
import { buildSnapshot } from '../kernel/snapshot.js';
import { matchResources } from '../kernel/resource-matching.js';
import type { ResourceMatchOptions } from '../kernel/resource-matching.js';
import type { Subgraph } from '../../store/port.js';
import { actorFeed, askerOf, candidatesNear, locationOrFail } from '../kernel/actor-feed.js';
import type { AnalysisDeps } from '../kernel/deps.js';
import { resourceMatchView } from '../kernel/resource-match.type.js';
import type { ResourceMatchesArgs } from './resources.input.js';
import type { ResourceMatchesView } from './resources.type.js';
import { scopedSubgraph } from '../kernel/scoped-snapshot.js';
import { mergeSubgraphs, neighboursOf } from '../kernel/subgraphs.js';
import { checkRange, exactlyOne } from '../kernel/validate.js';

export const DEFAULT_RESOURCE_RADIUS_KM = 50;
export const MAX_RESOURCE_RADIUS_KM = 100;
/** Resources of a region whose topics are fetched (chunked neighbour queries). */
export const REGION_RESOURCE_LIMIT = 2000;

async function regionInput(deps: AnalysisDeps, regionId: string): Promise<Subgraph> {
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

export async function resourceMatchesQuery(
  deps: AnalysisDeps,
  args: ResourceMatchesArgs,
): Promise<ResourceMatchesView> {
  exactlyOne({ actorId: args.actorId, regionId: args.regionId });
  checkRange('limit', args.limit, 1, 100);
  const maxDistanceKm = args.maxDistanceKm ?? undefined;
  if (maxDistanceKm !== undefined) {
    checkRange('maxDistanceKm', maxDistanceKm, 0, MAX_RESOURCE_RADIUS_KM);
  }
  let options: ResourceMatchOptions = {
    limit: args.limit,
    ...(maxDistanceKm !== undefined ? { maxDistanceKm } : {}),
  };
  let input: Subgraph;
  if (args.actorId != null) {
    const asker = await askerOf(deps, args.actorId);
    const radius = maxDistanceKm ?? DEFAULT_RESOURCE_RADIUS_KM;
    const candidates = await candidatesNear(deps, locationOrFail(asker), radius);
    const feed = await actorFeed(deps, asker, candidates, { themes: false });
    const merged = mergeSubgraphs([asker.subgraph, candidates.subgraph, ...feed]);
    input = { ...merged, truncated: candidates.truncated };
    options = {
      ...options,
      needOwnerId: asker.node.id,
      offerOwnerIds: candidates.hits.map((hit) => hit.node.id),
    };
  } else {
    input = await regionInput(deps, args.regionId ?? '');
  }
  const snapshot = buildSnapshot(input);
  return {
    matches: matchResources(snapshot, options).map((m) => resourceMatchView(deps, snapshot, m)),
    truncated: input.truncated,
  };
}

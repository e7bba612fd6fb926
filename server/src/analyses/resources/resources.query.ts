/**
 * Resource matches (Angebot ↔ Bedarf) for one actor (its needs against offers of actors within the radius)
 * or for a region (the needs of the region's actors against offers within the distance, across the border
 * too), with the needs and offers that nothing meets.
 */
import { buildSnapshot } from '../kernel/snapshot.js';
import { allResourceMatches, rankMatches } from '../kernel/resource-matching.js';
import type { ResourceMatchOptions } from '../kernel/resource-matching.js';
import type { Subgraph } from '../../store/port.js';
import { actorFeed, askerOf, candidatesNear, locationOrFail } from '../kernel/actor-feed.js';
import type { AnalysisDeps } from '../kernel/deps.js';
import { resourceMatchView } from '../kernel/resource-match.type.js';
import { unmatchedResources } from '../kernel/unmatched-resources.js';
import type { UnmatchedScope } from '../kernel/unmatched-resources.js';
import type { ResourceMatchesArgs } from './resources.input.js';
import type { ResourceMatchesView } from './resources.type.js';
import { regionResources } from './region-resources.js';
import { unmatchedResourceView } from './unmatched-resource.type.js';
import { mergeSubgraphs } from '../kernel/subgraphs.js';
import { checkRange, exactlyOne } from '../kernel/validate.js';

export const DEFAULT_RESOURCE_RADIUS_KM = 50;
export const MAX_RESOURCE_RADIUS_KM = 100;

interface MatchingInput {
  readonly input: Subgraph;
  readonly options: Omit<ResourceMatchOptions, 'limit'>;
  readonly unmatchedScope: UnmatchedScope;
}

async function actorInput(
  deps: AnalysisDeps,
  actorId: string,
  maxDistanceKm: number | undefined,
): Promise<MatchingInput> {
  const asker = await askerOf(deps, actorId);
  const radius = maxDistanceKm ?? DEFAULT_RESOURCE_RADIUS_KM;
  const candidates = await candidatesNear(deps, locationOrFail(asker), radius);
  const feed = await actorFeed(deps, asker, candidates, { themes: false });
  const merged = mergeSubgraphs([asker.subgraph, candidates.subgraph, ...feed]);
  return {
    input: { ...merged, truncated: candidates.truncated },
    options: {
      ...(maxDistanceKm !== undefined ? { maxDistanceKm } : {}),
      needOwnerId: asker.node.id,
      offerOwnerIds: candidates.hits.map((hit) => hit.node.id),
    },
    // The needs of others are not read around one actor, so its offers cannot be called unmatched.
    unmatchedScope: { needOwnerIds: [asker.node.id], offerOwnerIds: [] },
  };
}

async function regionInput(
  deps: AnalysisDeps,
  regionId: string,
  maxDistanceKm: number | undefined,
): Promise<MatchingInput> {
  const radius = maxDistanceKm ?? DEFAULT_RESOURCE_RADIUS_KM;
  const { input, regionActorIds } = await regionResources(deps, regionId, radius);
  // Every need in the input is a region actor's (the cross-border feed brings offers only).
  return {
    input,
    options: { maxDistanceKm: radius },
    unmatchedScope: { offerOwnerIds: regionActorIds },
  };
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
  const { input, options, unmatchedScope } =
    args.actorId != null
      ? await actorInput(deps, args.actorId, maxDistanceKm)
      : await regionInput(deps, args.regionId ?? '', maxDistanceKm);
  const snapshot = buildSnapshot(input);
  const all = allResourceMatches(snapshot, options);
  const unmatched = unmatchedResources(snapshot, all, unmatchedScope);
  const view = (list: typeof unmatched.needs) =>
    list.slice(0, args.limit).map((item) => unmatchedResourceView(deps, snapshot, item));
  return {
    matches: rankMatches(all, args.limit).map((m) => resourceMatchView(deps, snapshot, m)),
    unmatchedNeeds: view(unmatched.needs),
    unmatchedNeedCount: unmatched.needs.length,
    unmatchedOffers: view(unmatched.offers),
    unmatchedOfferCount: unmatched.offers.length,
    truncated: input.truncated,
  };
}

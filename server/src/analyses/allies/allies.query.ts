/**
 * Allies nearby: candidates from a radius query, the asker's network to depth 3 (KNOWS, MEMBER_OF,
 * COOPERATES_WITH) for friend-of-a-friend paths, and the feed of actor-feed.ts (themes of both, the asker's
 * needs, the candidates' offers), merged once into one Subgraph for buildSnapshot.
 * The asker's network is fetched whole to depth 3 rather than met half-way from the candidates (depth 2 from
 * the asker against the candidates' direct ties): an actor's 3-hop network is small (tens to a few hundred
 * actors in the 100k bench graph) while the direct ties of a thousand candidates are thousands of nodes, and
 * the one query gives the exact paths the breadth-first search of alliesNearby reports.
 */
import type { GeoPoint } from '@nzr/graph-schema';
import { alliesNearby } from './allies.js';
import { buildSnapshot } from '../kernel/snapshot.js';
import { LIMITS } from '../../store/port.js';
import type { Subgraph } from '../../store/port.js';
import { actorFeed, askerOf, candidatesNear, locationOrFail } from '../kernel/actor-feed.js';
import type { Asker } from '../kernel/actor-feed.js';
import type { AlliesNearbyArgs } from './allies.input.js';
import type { AlliesView } from './allies.type.js';
import type { AnalysisDeps } from '../kernel/deps.js';
import { requiredView } from '../kernel/deps.js';
import { toReasonViews } from '../kernel/reason.type.js';
import { resourceMatchView } from '../kernel/resource-match.type.js';
import { EMPTY, mergeSubgraphs } from '../kernel/subgraphs.js';
import {
  checkIds,
  checkRange,
  exactlyOne,
  invalid,
  requireNode,
  todayIso,
} from '../kernel/validate.js';

export const MAX_ALLY_RADIUS_KM = 100;

async function centerOf(
  deps: AnalysisDeps,
  args: AlliesNearbyArgs,
  asker: Asker | null,
): Promise<GeoPoint> {
  if (asker) return locationOrFail(asker);
  if (args.point) {
    checkRange('point.latitude', args.point.latitude, -90, 90);
    checkRange('point.longitude', args.point.longitude, -180, 180);
    return { latitude: args.point.latitude, longitude: args.point.longitude };
  }
  const region = await requireNode(deps.store, deps.nodes, 'regionId', args.regionId ?? '', [
    'Region',
  ]);
  const location = region.properties['location'];
  if (typeof location === 'object' && !Array.isArray(location)) return location;
  return invalid('regionId', `region ${region.id} has no location`);
}

function socialNetwork(deps: AnalysisDeps, actorId: string): Promise<Subgraph> {
  return deps.store.neighbourhood({
    ids: [actorId],
    depth: 3,
    relationshipTypes: ['KNOWS', 'MEMBER_OF', 'COOPERATES_WITH'],
    filter: { labels: ['Person', 'Institution'], visibilities: deps.nodes.viewer.visibilities },
    limit: LIMITS.MAX_LIMIT,
  });
}

export async function alliesQuery(deps: AnalysisDeps, args: AlliesNearbyArgs): Promise<AlliesView> {
  exactlyOne({ actorId: args.actorId, regionId: args.regionId, point: args.point }, 'centre');
  if (!(args.radiusKm > 0)) invalid('radiusKm', `must be more than 0 (got ${args.radiusKm})`);
  checkRange('radiusKm', args.radiusKm, 0, MAX_ALLY_RADIUS_KM);
  checkRange('limit', args.limit, 1, 100);
  if (args.topicIds) checkIds('topicIds', args.topicIds);
  const topicIds = args.topicIds ?? undefined;
  const asker = args.actorId != null ? await askerOf(deps, args.actorId) : null;
  const center = await centerOf(deps, args, asker);
  const candidates = await candidatesNear(deps, center, args.radiusKm, topicIds);
  const social = asker ? await socialNetwork(deps, asker.node.id) : EMPTY;
  const feed = await actorFeed(deps, asker, candidates, { themes: true });
  const snapshot = buildSnapshot(
    mergeSubgraphs([asker?.subgraph ?? EMPTY, social, candidates.subgraph, ...feed]),
    { asOf: todayIso() },
  );
  const allies = alliesNearby(snapshot, {
    candidates: candidates.hits.map((hit) => ({ id: hit.node.id, distanceKm: hit.distanceKm })),
    limit: args.limit,
    ...(asker ? { actorId: asker.node.id } : {}),
    ...(topicIds ? { topicIds } : {}),
  });
  return {
    allies: allies.map((ally) => ({
      node: requiredView(deps, snapshot, ally.id),
      score: ally.score,
      distanceKm: ally.distanceKm,
      sharedTopicIds: [...ally.sharedTopicIds],
      hops: ally.hops,
      via: [...ally.via],
      offers: ally.offers.map((m) => resourceMatchView(deps, snapshot, m)),
      reasons: toReasonViews(ally.reasons),
      explanationDe: ally.explanationDe,
    })),
    center,
    radiusKm: args.radiusKm,
    candidates: candidates.hits.length,
    truncated: candidates.truncated || social.truncated,
  };
}

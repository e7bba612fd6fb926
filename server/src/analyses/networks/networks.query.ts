/**
 * Network of networks: the networks located in a region with their topics and projects (one subgraph query),
 * then per network its visible members with their projects and other memberships (one subgraph query per
 * network, at most NETWORK_LIMIT networks of MEMBER_LIMIT members). Networks outside the region that members
 * also belong to are kept as neighbours (with their own members and themes, fetched the same way): a
 * region's networks are mostly linked across its border, and dropping those links left a district with
 * none (issue 12). Links between two networks outside the region are not shown.
 */
import { buildSnapshot } from '../kernel/snapshot.js';
import { networkOfNetworks } from './networks.js';
import { LIMITS } from '../../store/port.js';
import type { Subgraph } from '../../store/port.js';
import type { AnalysisDeps } from '../kernel/deps.js';
import { requiredView } from '../kernel/deps.js';
import type { NetworkOfNetworksArgs } from './networks.input.js';
import type { NetworkOfNetworksView } from './networks.type.js';
import { toReasonViews } from '../kernel/reason.type.js';
import { scopedSubgraph, STATE_REGION_ID } from '../kernel/scoped-snapshot.js';
import { mergeSubgraphs } from '../kernel/subgraphs.js';

export const NETWORK_LIMIT = 200;
export const MEMBER_LIMIT = 5000;

/** The themes (WORKS_ON topics with their parents) of these networks. */
function themesOf(deps: AnalysisDeps, networkIds: readonly string[]): Promise<Subgraph> {
  return deps.store.neighbourhood({
    ids: networkIds,
    depth: 2,
    relationshipTypes: ['WORKS_ON', 'PART_OF'],
    filter: { labels: ['Topic'] },
    limit: LIMITS.MAX_LIMIT,
  });
}

export async function networkOfNetworksQuery(
  deps: AnalysisDeps,
  args: NetworkOfNetworksArgs,
): Promise<NetworkOfNetworksView> {
  const regionId = args.regionId ?? STATE_REGION_ID;
  const core = await scopedSubgraph(
    deps.store,
    deps.nodes,
    { regionId },
    {
      labels: ['Network'],
      relationshipTypes: ['WORKS_ON', 'RUNS'],
      attachLabels: ['Topic', 'Project'],
    },
    NETWORK_LIMIT,
  );
  const regional = new Set(core.nodes.filter((n) => n.label === 'Network').map((n) => n.id));
  const members = (networkId: string) =>
    deps.store.subgraph({
      scope: { networkId },
      labels: ['Person', 'Institution'],
      relationshipTypes: ['MEMBER_OF_NETWORK', 'RUNS'],
      attachLabels: ['Network', 'Project'],
      visibilities: deps.nodes.viewer.visibilities,
      limit: MEMBER_LIMIT,
    });
  const parts: Subgraph[] = [core];
  for (const networkId of regional) parts.push(await members(networkId));
  // Networks outside the region that share a member with one of its networks: its neighbours.
  const neighbours = [
    ...new Set(
      parts.flatMap((part) =>
        part.nodes.filter((n) => n.label === 'Network' && !regional.has(n.id)).map((n) => n.id),
      ),
    ),
  ]
    .sort()
    .slice(0, Math.max(0, Math.min(NETWORK_LIMIT - regional.size, LIMITS.MAX_START_IDS)));
  for (const networkId of neighbours) parts.push(await members(networkId));
  if (neighbours.length > 0) parts.push(await themesOf(deps, neighbours));
  const included = new Set([...regional, ...neighbours]);
  const merged = mergeSubgraphs(parts);
  const snapshot = buildSnapshot({
    ...merged,
    nodes: merged.nodes.filter((n) => n.label !== 'Network' || included.has(n.id)),
  });
  const all = networkOfNetworks(snapshot);
  const links = all.links.filter((l) => regional.has(l.ids[0]) || regional.has(l.ids[1]));
  const linked = new Set(links.flatMap((l) => l.ids));
  const result = {
    networks: all.networks.filter((n) => regional.has(n.id) || linked.has(n.id)),
    links,
  };
  return {
    networks: result.networks.map((n) => ({
      node: requiredView(deps, snapshot, n.id),
      members: n.members,
      topicIds: [...n.topicIds],
    })),
    links: result.links.map((link) => ({
      a: requiredView(deps, snapshot, link.ids[0]),
      b: requiredView(deps, snapshot, link.ids[1]),
      weight: link.weight,
      sharedMemberIds: [...link.sharedMemberIds],
      sharedTopicIds: [...link.sharedTopicIds],
      goodPracticeProjectIds: [...link.goodPracticeProjectIds],
      reasons: toReasonViews(link.reasons),
      explanationDe: link.explanationDe,
    })),
    truncated: merged.truncated,
  };
}

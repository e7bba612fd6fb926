/**
 * Network of networks: the networks located in a region with their topics and projects (one subgraph query),
 * then per network its visible members with their projects and other memberships (one subgraph query per
 * network, at most NETWORK_LIMIT networks of MEMBER_LIMIT members). Networks outside the region that members
 * also belong to are dropped, so only the region's networks are linked.
 */
import { buildSnapshot } from '../kernel/snapshot.js';
import { networkOfNetworks } from './networks.js';
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
  const networkIds = new Set(core.nodes.filter((n) => n.label === 'Network').map((n) => n.id));
  const parts: Subgraph[] = [core];
  for (const networkId of networkIds) {
    parts.push(
      await deps.store.subgraph({
        scope: { networkId },
        labels: ['Person', 'Institution'],
        relationshipTypes: ['MEMBER_OF_NETWORK', 'RUNS'],
        attachLabels: ['Network', 'Project'],
        visibilities: deps.nodes.viewer.visibilities,
        limit: MEMBER_LIMIT,
      }),
    );
  }
  const merged = mergeSubgraphs(parts);
  const snapshot = buildSnapshot({
    ...merged,
    nodes: merged.nodes.filter((n) => n.label !== 'Network' || networkIds.has(n.id)),
  });
  const result = networkOfNetworks(snapshot);
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

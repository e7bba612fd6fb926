import { gql } from '@apollo/client';
import { CLUSTER_COLOURS } from '@nzr/graph-schema';
import type {
  ClusterCard_ClusterFragment,
  ThemeGraph_NetworkFragment,
} from '../../generated/graphql';
import { EXPLANATION_REASON } from '../../lib/reasons';

export const CLUSTER_CARD_CLUSTER = gql`
  fragment ClusterCard_cluster on TopicCluster {
    id
    size
    regionCount
    memberIds
    topMembers {
      id
      name
    }
    explanationDe
    reasons {
      ...Explanation_reason
    }
    themes {
      topicId
      share
    }
    sectors {
      sector
      share
    }
    regions {
      regionId
      share
    }
  }
  ${EXPLANATION_REASON}
`;

export type ClusterData = ClusterCard_ClusterFragment;

export const THEME_GRAPH_NETWORK = gql`
  fragment ThemeGraph_network on ThemeNetwork {
    truncated
    nodes {
      topicId
      name
      actors
    }
    edges {
      a
      b
      weight
    }
  }
`;

export type ThemeNetworkData = ThemeGraph_NetworkFragment;

/** Distinct colours for clusters 0…11 (colour-blind friendly order first); later clusters repeat. */
/** The palette is graph-schema's (map-colours.ts): distinct from the sector and label colours. */
export { CLUSTER_COLOURS };

export function clusterColour(index: number): string {
  return CLUSTER_COLOURS[index % CLUSTER_COLOURS.length] ?? '#666666';
}

/** Node id → colour of its cluster, for the map's colour-by. */
export function clusterColouring(
  clusters: readonly Pick<ClusterData, 'memberIds'>[],
): Map<string, string> {
  const colours = new Map<string, string>();
  clusters.forEach((cluster, index) => {
    for (const id of cluster.memberIds) colours.set(id, clusterColour(index));
  });
  return colours;
}

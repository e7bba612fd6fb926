import { gql } from '@apollo/client';
import type { Sector } from '@nzr/graph-schema';
import { EXPLANATION_REASON } from '../../lib/reasons';
import type { Reason } from '../../lib/reasons';

export const CLUSTER_CARD_CLUSTER = gql`
  fragment ClusterCard_cluster on TopicCluster {
    id
    size
    regionCount
    memberIds
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

export interface ClusterData {
  readonly id: number;
  readonly size: number;
  readonly regionCount: number;
  readonly memberIds: readonly string[];
  readonly explanationDe: string;
  readonly reasons: readonly Reason[];
  readonly themes: readonly { readonly topicId: string; readonly share: number }[];
  readonly sectors: readonly { readonly sector: Sector; readonly share: number }[];
  readonly regions: readonly { readonly regionId: string; readonly share: number }[];
}

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

export interface ThemeNetworkData {
  readonly truncated: boolean;
  readonly nodes: readonly {
    readonly topicId: string;
    readonly name: string;
    readonly actors: number;
  }[];
  readonly edges: readonly { readonly a: string; readonly b: string; readonly weight: number }[];
}

/** Distinct colours for clusters 0…11 (colour-blind friendly order first); later clusters repeat. */
export const CLUSTER_COLOURS = [
  '#1b9e77',
  '#d95f02',
  '#7570b3',
  '#e7298a',
  '#66a61e',
  '#e6ab02',
  '#a6761d',
  '#1f78b4',
  '#b15928',
  '#6a3d9a',
  '#33a02c',
  '#fb9a99',
] as const;

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

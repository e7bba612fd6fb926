import { gql } from '@apollo/client';
import type { TypedDocumentNode } from '@apollo/client';
import {
  CLUSTER_CARD_CLUSTER,
  THEME_GRAPH_NETWORK,
} from '../../../features/clusters/clusters.fragment';
import type { ClusterData, ThemeNetworkData } from '../../../features/clusters/clusters.fragment';
import { NETWORK_MAP_GRAPH } from '../../../features/network-map/graph.fragment';
import type { NetworkMapGraph } from '../../../features/network-map/graph.fragment';

export interface ClustersViewData {
  readonly topicClusters: {
    readonly actors: number;
    readonly communityCount: number;
    readonly modularity: number;
    readonly truncated: boolean;
    readonly clusters: readonly ClusterData[];
  };
  readonly themeCooccurrence: ThemeNetworkData;
}

export interface ClustersViewVariables {
  readonly regionId: string | null;
  readonly topicId: string | null;
  readonly mode: 'cooperation' | 'themes';
  /** Cooperations in force on this ISO date; null: today (the API's default). */
  readonly asOf: string | null;
}

/** Clusters of a region or a theme, and the theme co-occurrence network of the region. */
export const CLUSTERS_VIEW: TypedDocumentNode<ClustersViewData, ClustersViewVariables> = gql`
  query ClustersView($regionId: ID, $topicId: ID, $mode: ClusterMode!, $asOf: String) {
    topicClusters(regionId: $regionId, topicId: $topicId, mode: $mode, asOf: $asOf, limit: 12) {
      actors
      communityCount
      modularity
      truncated
      clusters {
        ...ClusterCard_cluster
      }
    }
    themeCooccurrence(regionId: $regionId, level: topic) {
      ...ThemeGraph_network
    }
  }
  ${CLUSTER_CARD_CLUSTER}
  ${THEME_GRAPH_NETWORK}
`;

/** The clusters' members and the ties between them on the clusters' day (null: all), for the map. */
export const CLUSTERS_MAP: TypedDocumentNode<
  { neighbourhood: NetworkMapGraph; regions: readonly ({ id: string; name: string } | null)[] },
  { ids: readonly string[]; regionIds: readonly string[]; activeOn: string | null }
> = gql`
  query ClustersMap($ids: [ID!]!, $regionIds: [ID!]!, $activeOn: String) {
    neighbourhood(
      ids: $ids
      depth: 1
      limit: 400
      relationshipTypes: [COOPERATES_WITH, KNOWS, MEMBER_OF]
      activeOn: $activeOn
    ) {
      ...NetworkMap_graph
    }
    regions: nodes(ids: $regionIds) {
      id
      name
    }
  }
  ${NETWORK_MAP_GRAPH}
`;

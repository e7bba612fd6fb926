import { gql } from '@apollo/client';
import type { TypedDocumentNode } from '@apollo/client';
import {
  CLUSTER_CARD_CLUSTER,
  THEME_GRAPH_NETWORK,
} from '../../../features/clusters/clusters.fragment';
import { NETWORK_MAP_GRAPH } from '../../../features/network-map/graph.fragment';
import type {
  ClustersMapQuery,
  ClustersMapQueryVariables,
  ClustersViewQuery,
  ClustersViewQueryVariables,
} from '../../../generated/graphql';

/** Clusters of a region or a theme, and the theme co-occurrence network of the region. */
export const CLUSTERS_VIEW: TypedDocumentNode<ClustersViewQuery, ClustersViewQueryVariables> = gql`
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
export const CLUSTERS_MAP: TypedDocumentNode<ClustersMapQuery, ClustersMapQueryVariables> = gql`
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

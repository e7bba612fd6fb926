/**
 * The map route's queries. The route owns them; each feature contributes the fragment it renders
 * (NetworkMap_graph, NodeTable_node, NodeDetails_*, FilterPanel_options).
 */
import { gql } from '@apollo/client';
import type { TypedDocumentNode } from '@apollo/client';
import { FILTER_PANEL_OPTIONS } from '../../../features/filters/options.fragment';
import { NETWORK_MAP_GRAPH } from '../../../features/network-map/graph.fragment';
import {
  NODE_DETAILS_GRAPH,
  NODE_DETAILS_NODE,
} from '../../../features/node-details/details.fragment';
import { NODE_TABLE_NODE } from '../../../features/node-table/NodeTable';
import type {
  MapDetailsQuery,
  MapDetailsQueryVariables,
  MapGraphQuery,
  MapGraphQueryVariables,
  MapOptionsQuery,
  MapOptionsQueryVariables,
  MapOverviewStartQuery,
  MapOverviewStartQueryVariables,
} from '../../../generated/graphql';

/** Nodes per map request; above WEBGL_THRESHOLD elements the map switches to WebGL. */
export const MAP_NODE_LIMIT = 1500;
/** Start nodes of an overview (the API takes up to 100 start nodes). */
export const OVERVIEW_START_COUNT = 100;

export const MAP_GRAPH: TypedDocumentNode<MapGraphQuery, MapGraphQueryVariables> = gql`
  query MapGraph(
    $ids: [ID!]!
    $depth: Int!
    $limit: Int!
    $filter: NodeFilter
    $relationshipTypes: [RelationshipType!]
    $activeOn: String
  ) {
    neighbourhood(
      ids: $ids
      depth: $depth
      limit: $limit
      filter: $filter
      relationshipTypes: $relationshipTypes
      activeOn: $activeOn
    ) {
      ...NetworkMap_graph
      nodes {
        ...NodeTable_node
      }
    }
  }
  ${NETWORK_MAP_GRAPH}
  ${NODE_TABLE_NODE}
`;

export const MAP_OVERVIEW_START: TypedDocumentNode<
  MapOverviewStartQuery,
  MapOverviewStartQueryVariables
> = gql`
  query MapOverviewStart($text: String!, $first: Int!, $filter: NodeFilter) {
    search(text: $text, first: $first, filter: $filter) {
      edges {
        node {
          id
        }
      }
    }
  }
`;

export const MAP_DETAILS: TypedDocumentNode<MapDetailsQuery, MapDetailsQueryVariables> = gql`
  query MapDetails($id: ID!) {
    node(id: $id) {
      ...NodeDetails_node
    }
    neighbourhood(ids: [$id], depth: 1, limit: 300) {
      ...NodeDetails_graph
    }
  }
  ${NODE_DETAILS_NODE}
  ${NODE_DETAILS_GRAPH}
`;

export const MAP_OPTIONS: TypedDocumentNode<MapOptionsQuery, MapOptionsQueryVariables> = gql`
  query MapOptions {
    ...FilterPanel_options
  }
  ${FILTER_PANEL_OPTIONS}
`;

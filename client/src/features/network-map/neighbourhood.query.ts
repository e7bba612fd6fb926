import { gql } from '@apollo/client';
import type { TypedDocumentNode } from '@apollo/client';
import type { NodeLabel } from '@nzr/graph-schema';
import { NETWORK_MAP_GRAPH } from './graph.fragment';
import type { NetworkMapGraph } from './graph.fragment';

export const MAX_MAP_NODES = 300;

export interface NeighbourhoodViewData {
  readonly node: { readonly id: string; readonly name: string; readonly label: NodeLabel } | null;
  readonly neighbourhood: NetworkMapGraph;
}

export interface NeighbourhoodViewVariables {
  readonly id: string;
  readonly depth: number;
  readonly limit: number;
}

export const NEIGHBOURHOOD_VIEW: TypedDocumentNode<
  NeighbourhoodViewData,
  NeighbourhoodViewVariables
> = gql`
  query NeighbourhoodView($id: ID!, $depth: Int!, $limit: Int!) {
    node(id: $id) {
      id
      name
      label
    }
    neighbourhood(ids: [$id], depth: $depth, limit: $limit) {
      ...NetworkMap_graph
    }
  }
  ${NETWORK_MAP_GRAPH}
`;

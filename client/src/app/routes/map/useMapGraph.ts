import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import {
  OVERVIEW_RELATIONSHIP_TYPES,
  toNeighbourhoodVariables,
  toOverviewSearchVariables,
} from '../../../features/filters/filters';
import type { NetworkMapGraph } from '../../../features/network-map/graph.fragment';
import { degrees, mergeGraphs } from '../../../lib/graph';
import type { ExplorerState } from '../../urlState';
import { MAP_GRAPH, MAP_NODE_LIMIT, MAP_OVERVIEW_START, OVERVIEW_START_COUNT } from './map.queries';

const EMPTY: NetworkMapGraph = { truncated: false, nodes: [], edges: [] };

/**
 * The graph on the map: the focus nodes' neighbourhood (or, without focus, the neighbourhood of the actors
 * matching the filters), plus the one-step neighbourhood of every expanded node, merged.
 */
export function useMapGraph(state: ExplorerState) {
  const { filters, focus, expand, depth } = state;
  const overview = focus.length === 0;
  const start = useQuery(MAP_OVERVIEW_START, {
    variables: toOverviewSearchVariables(filters, OVERVIEW_START_COUNT),
    skip: !overview,
  });
  const startIds = overview ? (start.data?.search.edges.map((edge) => edge.node.id) ?? []) : focus;
  const main = useQuery(MAP_GRAPH, {
    variables: overview
      ? toNeighbourhoodVariables(filters, startIds, 1, MAP_NODE_LIMIT, OVERVIEW_RELATIONSHIP_TYPES)
      : toNeighbourhoodVariables(filters, startIds, depth, MAP_NODE_LIMIT),
    skip: startIds.length === 0,
  });
  const expansion = useQuery(MAP_GRAPH, {
    variables: toNeighbourhoodVariables(filters, expand, 1, MAP_NODE_LIMIT),
    skip: expand.length === 0,
  });
  const mainGraph =
    startIds.length === 0 ? undefined : (main.data ?? main.previousData)?.neighbourhood;
  const expansionGraph =
    expand.length === 0 ? undefined : (expansion.data ?? expansion.previousData)?.neighbourhood;
  const graph = useMemo(
    () => mergeGraphs([mainGraph ?? EMPTY, expansionGraph ?? EMPTY]),
    [mainGraph, expansionGraph],
  );
  return {
    graph,
    degrees: useMemo(() => degrees(graph), [graph]),
    loading: start.loading || main.loading || expansion.loading,
    error: start.error ?? main.error ?? expansion.error,
    empty: !start.loading && overview && startIds.length === 0,
  };
}

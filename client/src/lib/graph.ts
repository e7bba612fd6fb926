/** Small pure helpers over API graphs (nodes with ids, edges with type, id, source, target). */

export interface GraphLike<N extends { readonly id: string }, E extends EdgeLike> {
  readonly truncated: boolean;
  readonly nodes: readonly N[];
  readonly edges: readonly E[];
}

export interface EdgeLike {
  readonly id: string;
  readonly type: string;
  readonly source: string;
  readonly target: string;
}

/** Relationship ids are unique per type only. */
export const edgeKey = (edge: EdgeLike): string => `${edge.type}:${edge.id}`;

/** Union of graphs: nodes by id, edges by type and id (first occurrence wins); truncated if any was. */
export function mergeGraphs<N extends { readonly id: string }, E extends EdgeLike>(
  graphs: readonly GraphLike<N, E>[],
): GraphLike<N, E> {
  const nodes = new Map<string, N>();
  const edges = new Map<string, E>();
  for (const graph of graphs) {
    for (const node of graph.nodes) if (!nodes.has(node.id)) nodes.set(node.id, node);
    for (const edge of graph.edges) if (!edges.has(edgeKey(edge))) edges.set(edgeKey(edge), edge);
  }
  return {
    truncated: graphs.some((graph) => graph.truncated),
    nodes: [...nodes.values()],
    edges: [...edges.values()],
  };
}

/** Degree of every node: number of edges in the graph that touch it (edges to absent nodes do not count). */
export function degrees(graph: GraphLike<{ readonly id: string }, EdgeLike>): Map<string, number> {
  const result = new Map(graph.nodes.map((node) => [node.id, 0]));
  for (const edge of graph.edges) {
    if (!result.has(edge.source) || !result.has(edge.target)) continue;
    result.set(edge.source, (result.get(edge.source) ?? 0) + 1);
    if (edge.target !== edge.source) result.set(edge.target, (result.get(edge.target) ?? 0) + 1);
  }
  return result;
}

/**
 * GEXF export through graphology-gexf: a mixed multigraph (symmetric relationships undirected), node label =
 * display name (what Gephi shows), graph label in the attribute `nodeLabel`, relationship type in `type`.
 */
import { RELATIONSHIP_TYPES } from '@nzr/graph-schema';
import Graph from 'graphology';
import { write } from 'graphology-gexf';
import { edgeKeys, flatProperties } from './columns.js';
import type { ExportGraph, FlatValue } from './columns.js';

type Attributes = Record<string, FlatValue>;

export function toGexf(graph: ExportGraph): string {
  const g = new Graph<Attributes, Attributes>({
    type: 'mixed',
    multi: true,
    allowSelfLoops: false,
  });
  for (const node of graph.nodes) {
    g.addNode(node.id, { nodeLabel: node.label, ...flatProperties(node.properties) });
  }
  const keys = edgeKeys(graph.relationships);
  graph.relationships.forEach((rel, index) => {
    const attributes = { type: rel.type, id: rel.id, ...flatProperties(rel.properties) };
    const key = keys[index] ?? rel.id;
    if (RELATIONSHIP_TYPES[rel.type].symmetric)
      g.addUndirectedEdgeWithKey(key, rel.from, rel.to, attributes);
    else g.addDirectedEdgeWithKey(key, rel.from, rel.to, attributes);
  });
  return write(g, {
    version: '1.3',
    formatNode: (_key, attributes) => ({ label: String(attributes.name ?? ''), attributes }),
    formatEdge: (_key, attributes) => ({ label: String(attributes.type ?? ''), attributes }),
  });
}

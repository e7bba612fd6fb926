import { gql } from '@apollo/client';
import type { RelationshipType } from '@nzr/graph-schema';
import type { NodeDetails_GraphFragment, NodeDetails_NodeFragment } from '../../generated/graphql';

export const NODE_DETAILS_NODE = gql`
  fragment NodeDetails_node on GraphNode {
    id
    name
    label
    sector
    description
    properties
  }
`;

/** The node's direct neighbourhood: themes, offers/needs and relations are read from it. */
export const NODE_DETAILS_GRAPH = gql`
  fragment NodeDetails_graph on Graph {
    truncated
    nodes {
      id
      name
      label
      sector
      properties
    }
    edges {
      id
      type
      source
      target
      properties
    }
  }
`;

export type NodeDetailsNode = NodeDetails_NodeFragment;
export type NodeDetailsGraph = NodeDetails_GraphFragment;

export interface Relation {
  readonly key: string;
  readonly type: RelationshipType;
  readonly other: NodeDetailsGraph['nodes'][number];
  readonly properties: Readonly<Record<string, unknown>>;
}

/** The node's relations, split into themes, offers, needs and the rest (sorted by type, then name). */
export function relationsOf(id: string, graph: NodeDetailsGraph) {
  const byId = new Map(graph.nodes.map((node) => [node.id, node]));
  const relations: Relation[] = [];
  for (const edge of graph.edges) {
    if (edge.source !== id && edge.target !== id) continue;
    const other = byId.get(edge.source === id ? edge.target : edge.source);
    if (!other) continue;
    relations.push({
      key: `${edge.type}:${edge.id}`,
      type: edge.type,
      other,
      properties: edge.properties,
    });
  }
  const collator = new Intl.Collator('de');
  relations.sort(
    (a, b) => a.type.localeCompare(b.type) || collator.compare(a.other.name, b.other.name),
  );
  const of = (type: RelationshipType) => relations.filter((relation) => relation.type === type);
  const themed = new Set<RelationshipType>(['WORKS_ON', 'OFFERS', 'NEEDS']);
  return {
    themes: of('WORKS_ON').filter((relation) => relation.other.label === 'Topic'),
    offers: of('OFFERS'),
    needs: of('NEEDS'),
    others: relations.filter((relation) => !themed.has(relation.type)),
  };
}

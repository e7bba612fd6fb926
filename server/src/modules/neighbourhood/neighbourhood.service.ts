/** The neighbourhood of some nodes as a bounded graph, with what the viewer may not see left out. */
import type { GraphRelationship, GraphStore } from '../../store/port.js';
import { toNodeFilter } from '../common/node-filter.js';
import type { NodeService } from '../node/node.service.js';
import type { NeighbourhoodArgs } from './neighbourhood.input.js';
import type { Graph, GraphEdge } from './neighbourhood.type.js';

export class NeighbourhoodService {
  constructor(
    private readonly store: GraphStore,
    private readonly nodes: NodeService,
  ) {}

  async neighbourhood(args: NeighbourhoodArgs): Promise<Graph> {
    const subgraph = await this.store.neighbourhood({
      ids: args.ids,
      depth: args.depth,
      limit: args.limit,
      filter: toNodeFilter(args.filter, this.nodes.viewer),
      ...(args.relationshipTypes ? { relationshipTypes: args.relationshipTypes } : {}),
      // Checked by the store (shared/query-checks.ts): a malformed date becomes BAD_USER_INPUT.
      ...(args.activeOn != null ? { activeOn: args.activeOn } : {}),
    });
    // The store already applies the visibility filter; checking again keeps the rule in one obvious place.
    const visible = subgraph.nodes.filter((node) => this.nodes.isVisible(node));
    this.nodes.remember(visible);
    const ids = new Set(visible.map((node) => node.id));
    return {
      nodes: visible.map((node) => this.nodes.toView(node)),
      edges: subgraph.relationships
        .filter((rel) => ids.has(rel.from) && ids.has(rel.to))
        .map(toEdge),
      truncated: subgraph.truncated,
    };
  }
}

export function toEdge(rel: GraphRelationship): GraphEdge {
  return {
    id: rel.id,
    type: rel.type,
    version: rel.version,
    source: rel.from,
    target: rel.to,
    properties: rel.properties,
  };
}

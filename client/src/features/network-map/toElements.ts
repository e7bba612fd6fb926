/**
 * Pure conversion of an API graph into cytoscape elements. Edges whose ends are missing are dropped (cytoscape
 * throws on them), and edge ids get the type as prefix because relationship ids are unique per type only.
 */
import type { ElementDefinition } from '../../lib/cytoscape.js';
import { colourOf } from './colours';
import type { NetworkMapGraph } from './graph.fragment';

export interface ToElementsOptions {
  /** Node to highlight, usually the one the neighbourhood was asked for. */
  readonly focusId?: string | null;
}

export function toElements(
  graph: NetworkMapGraph,
  options: ToElementsOptions = {},
): ElementDefinition[] {
  const nodeIds = new Set<string>();
  const elements: ElementDefinition[] = [];
  for (const node of graph.nodes) {
    if (nodeIds.has(node.id)) continue;
    nodeIds.add(node.id);
    elements.push({
      group: 'nodes',
      data: {
        id: node.id,
        name: node.name,
        label: node.label,
        sector: node.sector,
        colour: colourOf(node.label, node.sector),
      },
      classes: node.id === options.focusId ? 'focus' : '',
    });
  }
  const edgeIds = new Set<string>();
  for (const edge of graph.edges) {
    const id = `${edge.type}:${edge.id}`;
    if (edgeIds.has(id) || !nodeIds.has(edge.source) || !nodeIds.has(edge.target)) continue;
    edgeIds.add(id);
    elements.push({
      group: 'edges',
      data: { id, source: edge.source, target: edge.target, type: edge.type },
    });
  }
  return elements;
}

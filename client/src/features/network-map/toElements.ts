/**
 * Pure conversion of an API graph into cytoscape elements. Nodes are coloured by sector (institutions) or by
 * label and sized by their degree in the current view; edges whose ends are missing are dropped (cytoscape
 * throws on them), and edge ids get the type as prefix because relationship ids are unique per type only.
 */
import type { ElementDefinition } from '../../lib/cytoscape';
import { SECTOR_VALUES } from '../../lib/domain';
import { degrees } from '../../lib/graph';
import { SCREEN_LABEL } from '../../lib/screenLabels';
import { colourOf } from '@nzr/graph-schema';
import type { DistrictLabel, NetworkMapGraph, NetworkMapNode } from './graph.fragment';

export interface ToElementsOptions {
  /** Start nodes of the view, drawn emphasised. */
  readonly focusIds?: readonly string[];
  /** Nodes whose neighbourhood was expanded. */
  readonly expandedIds?: readonly string[];
  /** Place labels (districts) to add, e.g. for the geographic layout. */
  readonly districts?: readonly DistrictLabel[];
  /** Colour per node id (e.g. by topic cluster), instead of the colour by sector or label. */
  readonly colours?: ReadonlyMap<string, string>;
}

const MIN_SIZE = 16;
/** This many best-connected nodes keep a legible label at every zoom (lib/screenLabels). */
export const LABELLED_HUBS = 10;
const MAX_SIZE = 64;

/** Node diameter for a degree: grows with the square root, so hubs stand out without swamping the map. */
export function sizeForDegree(degree: number): number {
  return Math.min(MAX_SIZE, Math.round(MIN_SIZE + 6 * Math.sqrt(degree)));
}

/** Ring of the concentric layout: one ring per sector (institutions inside), then persons, then the rest. */
export function ringOf(node: Pick<NetworkMapNode, 'label' | 'sector'>): number {
  if (node.label === 'Institution' && node.sector) {
    return 10 + SECTOR_VALUES.length - SECTOR_VALUES.indexOf(node.sector);
  }
  return node.label === 'Person' ? 5 : 1;
}

export function toElements(
  graph: NetworkMapGraph,
  options: ToElementsOptions = {},
): ElementDefinition[] {
  const focus = new Set(options.focusIds ?? []);
  const expanded = new Set(options.expandedIds ?? []);
  const degreeOf = degrees(graph);
  // The best connected first; ties (e.g. allies, which have no links on their map) in the graph's order.
  const hubs = new Set(
    graph.nodes
      .map((node, index) => ({ id: node.id, index, degree: degreeOf.get(node.id) ?? 0 }))
      .sort((a, b) => b.degree - a.degree || a.index - b.index)
      .slice(0, LABELLED_HUBS)
      .map((node) => node.id),
  );
  const nodeIds = new Set<string>();
  const elements: ElementDefinition[] = [];
  for (const node of graph.nodes) {
    if (nodeIds.has(node.id)) continue;
    nodeIds.add(node.id);
    const degree = degreeOf.get(node.id) ?? 0;
    const classes = [
      focus.has(node.id) && 'focus',
      expanded.has(node.id) && 'expanded',
      (hubs.has(node.id) || focus.has(node.id)) && SCREEN_LABEL,
    ];
    elements.push({
      group: 'nodes',
      data: {
        id: node.id,
        name: node.name,
        label: node.label,
        sector: node.sector,
        colour: options.colours?.get(node.id) ?? colourOf(node.label, node.sector),
        degree,
        size: sizeForDegree(degree),
        ring: ringOf(node),
      },
      classes: classes.filter(Boolean).join(' '),
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
  for (const district of options.districts ?? []) {
    if (nodeIds.has(district.id)) continue;
    elements.push({
      group: 'nodes',
      data: { id: district.id, name: district.name },
      classes: `district-label ${SCREEN_LABEL}`,
      selectable: false,
      grabbable: false,
    });
  }
  return elements;
}

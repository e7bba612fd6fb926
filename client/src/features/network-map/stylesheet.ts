/**
 * The cytoscape stylesheet of the network map: colour and size from the element data, edges by relation kind,
 * focus and selection emphasised. Labels disappear when zoomed out (min-zoomed-font-size) to keep large views
 * readable and fast.
 */
import type { RelationshipType } from '@nzr/graph-schema';
import type { StylesheetJson } from '../../lib/cytoscape';
import { EDGE_STYLES } from './edgeStyles';

const edgeRules: StylesheetJson = (
  Object.entries(EDGE_STYLES) as [RelationshipType, (typeof EDGE_STYLES)[RelationshipType]][]
).map(([type, style]) => ({
  selector: `edge[type = "${type}"]`,
  style: {
    'line-color': style.colour,
    'target-arrow-color': style.colour,
    width: style.width,
    'line-style': style.line,
    'target-arrow-shape': style.arrow ? 'triangle' : 'none',
  },
}));

export const NETWORK_MAP_STYLE: StylesheetJson = [
  {
    selector: 'node',
    style: {
      'background-color': 'data(colour)',
      label: 'data(name)',
      width: 'data(size)',
      height: 'data(size)',
      'font-size': 11,
      // Other labels only when zoomed in well: cytoscape does not avoid overlaps, and a heap of half-hidden names
      // says less than the few names of the best-connected nodes, which always show (lib/screenLabels).
      'min-zoomed-font-size': 22,
      color: '#1d2327',
      'text-valign': 'bottom',
      'text-margin-y': 4,
      'text-wrap': 'ellipsis',
      'text-max-width': '130px',
      'text-outline-color': '#ffffff',
      'text-outline-width': 2,
      'border-width': 1.5,
      'border-color': '#ffffff',
    },
  },
  { selector: 'node[label = "Person"]', style: { shape: 'ellipse' } },
  { selector: 'node[label = "Institution"]', style: { shape: 'round-rectangle' } },
  { selector: 'node[label = "Topic"], node[label = "Region"]', style: { shape: 'diamond' } },
  { selector: 'node[label = "Network"]', style: { shape: 'hexagon' } },
  { selector: 'node[label = "Resource"]', style: { shape: 'triangle' } },
  {
    selector: 'node[label = "Project"], node[label = "FundingProgramme"]',
    style: { shape: 'star' },
  },
  {
    selector: 'edge',
    style: {
      width: 1,
      'line-color': '#c8c8c8',
      'curve-style': 'straight',
      'arrow-scale': 0.7,
      opacity: 0.85,
    },
  },
  ...edgeRules,
  { selector: 'node.expanded', style: { 'border-width': 3, 'border-color': '#1f5f3f' } },
  {
    selector: 'node.focus',
    style: { 'border-width': 4, 'border-color': '#1d2327', 'font-weight': 'bold' },
  },
  {
    selector: 'node.selected',
    style: {
      'border-width': 5,
      'border-color': '#f0b400',
      'font-weight': 'bold',
      'min-zoomed-font-size': 0,
      'z-index': 10,
    },
  },
  { selector: 'edge.selected-edge', style: { opacity: 1, 'z-index': 9 } },
  {
    selector: 'node.district-label',
    style: {
      'background-opacity': 0,
      'border-width': 0,
      width: 1,
      height: 1,
      label: 'data(name)',
      'text-valign': 'center',
      'font-size': 34,
      'min-zoomed-font-size': 5,
      'font-weight': 'bold',
      color: '#6b7b70',
      'text-outline-width': 0,
      'text-wrap': 'none',
      events: 'no',
      'z-index': 0,
    },
  },
];

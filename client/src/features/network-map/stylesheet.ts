/** The cytoscape stylesheet of the network map: colour from the element data, the focus node emphasised. */
import type { StylesheetJson } from '../../lib/cytoscape.js';

export const NETWORK_MAP_STYLE: StylesheetJson = [
  {
    selector: 'node',
    style: {
      'background-color': 'data(colour)',
      label: 'data(name)',
      'font-size': 10,
      'text-valign': 'bottom',
      'text-margin-y': 4,
      'text-wrap': 'ellipsis',
      'text-max-width': '120px',
      width: 22,
      height: 22,
      'border-width': 1,
      'border-color': '#ffffff',
    },
  },
  { selector: 'node[label = "Person"]', style: { shape: 'ellipse' } },
  { selector: 'node[label = "Institution"]', style: { shape: 'round-rectangle' } },
  {
    selector: 'node[label = "Topic"], node[label = "Region"]',
    style: { shape: 'diamond', width: 16, height: 16 },
  },
  {
    selector: 'node.focus',
    style: {
      width: 34,
      height: 34,
      'border-width': 3,
      'border-color': '#222222',
      'font-weight': 'bold',
    },
  },
  {
    selector: 'edge',
    style: { width: 1.5, 'line-color': '#c8c8c8', 'curve-style': 'haystack', opacity: 0.9 },
  },
  { selector: 'edge[type = "COOPERATES_WITH"]', style: { width: 3, 'line-color': '#888888' } },
  { selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#000000' } },
];

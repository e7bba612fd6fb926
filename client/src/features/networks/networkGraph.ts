/**
 * The network of networks as cytoscape elements and stylesheet: regional networks as hexagons sized by their
 * members, links as lines as wide as their weight, dashed when the two share no member (themes or projects
 * only). Each link carries its counts as a label, read when zoomed in or when one of its networks is selected.
 */
import type { ElementDefinition, StylesheetJson } from '../../lib/cytoscape';
import type { NetworkLinkData, NetworkSummaryData } from './networks.fragment';

const NETWORK_COLOUR = '#2c3e50';
const LINK_COLOUR = '#5b7f95';
const SELECTED_COLOUR = '#f0b400';

export const linkId = (link: Pick<NetworkLinkData, 'a' | 'b'>) => `${link.a.id}~${link.b.id}`;

/** The links of one network (all links when none is chosen), heaviest first as the API sends them. */
export function linksOf<T extends Pick<NetworkLinkData, 'a' | 'b'>>(
  links: readonly T[],
  networkId: string | null,
): readonly T[] {
  return networkId ? links.filter((l) => l.a.id === networkId || l.b.id === networkId) : links;
}

/** How many links each network has. */
export function linkCounts(
  links: readonly Pick<NetworkLinkData, 'a' | 'b'>[],
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { a, b } of links) {
    counts.set(a.id, (counts.get(a.id) ?? 0) + 1);
    counts.set(b.id, (counts.get(b.id) ?? 0) + 1);
  }
  return counts;
}

export function networkElements(
  networks: readonly NetworkSummaryData[],
  links: readonly NetworkLinkData[],
  linkLabel: (link: NetworkLinkData) => string,
): ElementDefinition[] {
  const ids = new Set(networks.map((network) => network.node.id));
  const maxMembers = Math.max(1, ...networks.map((network) => network.members));
  const maxWeight = Math.max(1, ...links.map((link) => link.weight));
  return [
    ...networks.map((network): ElementDefinition => ({
      group: 'nodes',
      data: {
        id: network.node.id,
        name: network.node.name,
        size: Math.round(22 + 34 * Math.sqrt(network.members / maxMembers)),
      },
    })),
    // A link whose network was cut by a limit has no node to attach to (cytoscape throws on such edges).
    ...links
      .filter((link) => ids.has(link.a.id) && ids.has(link.b.id))
      .map((link): ElementDefinition => ({
        group: 'edges',
        data: {
          id: linkId(link),
          source: link.a.id,
          target: link.b.id,
          width: Math.round((1 + 9 * (link.weight / maxWeight)) * 10) / 10,
          label: linkLabel(link),
        },
        classes: link.sharedMemberIds.length > 0 ? undefined : 'no-shared-members',
      })),
  ];
}

export const NETWORK_GRAPH_STYLE: StylesheetJson = [
  {
    selector: 'node',
    style: {
      shape: 'hexagon',
      'background-color': NETWORK_COLOUR,
      width: 'data(size)',
      height: 'data(size)',
      label: 'data(name)',
      'font-size': 13,
      color: '#1d2327',
      'text-valign': 'bottom',
      'text-margin-y': 4,
      'text-wrap': 'wrap',
      'text-max-width': '160px',
      'text-outline-color': '#ffffff',
      'text-outline-width': 2,
      'border-width': 2,
      'border-color': '#ffffff',
    },
  },
  {
    selector: 'edge',
    style: {
      width: 'data(width)',
      'line-color': LINK_COLOUR,
      'curve-style': 'straight',
      // Lines keep at least 3:1 against the background (WCAG 1.4.11) where they do not overlap.
      opacity: 0.9,
      label: 'data(label)',
      'font-size': 10,
      // Counts on every link would cover the graph; they appear when zoomed in (or on selection, below).
      'min-zoomed-font-size': 14,
      color: '#1d2327',
      'text-rotation': 'autorotate',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.9,
      'text-background-padding': '2px',
    },
  },
  { selector: 'edge.no-shared-members', style: { 'line-style': 'dashed' } },
  {
    selector: 'node.selected',
    style: {
      'border-width': 5,
      'border-color': SELECTED_COLOUR,
      'font-weight': 'bold',
      'z-index': 10,
    },
  },
  {
    selector: 'edge.selected-edge',
    style: { opacity: 1, 'line-color': NETWORK_COLOUR, 'min-zoomed-font-size': 0, 'z-index': 9 },
  },
];

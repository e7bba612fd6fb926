/**
 * GEXF 1.3 export written with xmlbuilder2, valid against the GEXF 1.3 schema (test-support/import-export/
 * schemas) and read by networkx, Gephi and Cytoscape. Node label = display name (what Gephi shows), graph
 * label in the attribute `nodeLabel`; every edge is directed (from → to as stored) with the relationship
 * type as its label and the attributes `type`, `id` and `symmetric` (see EDGE_HEAD_COLUMNS). The viz module
 * makes it open looking like the map: `viz:color` is the map's colour (graph-schema's palette) and
 * `viz:position` the map's geographic projection of the node's location (nodes without one get none).
 */
import { SECTORS, colourOf, projectToMap } from '@nzr/graph-schema';
import type { GeoPoint, Sector } from '@nzr/graph-schema';
import { create } from 'xmlbuilder2';
import type { GraphNode, PropertyValue } from '../../../store/port.js';
import {
  EDGE_HEAD_COLUMNS,
  edgeHead,
  edgeKeys,
  flatProperties,
  nodeColumns,
  relationshipColumns,
} from './columns.js';
import type { Column, ExportGraph, FlatValue } from './columns.js';

type XMLBuilder = ReturnType<typeof create>;

const NS = 'http://gexf.net/1.3';
const VIZ = 'http://gexf.net/1.3/viz';

interface Keyed extends Column {
  readonly id: string;
}

function declare(graph: XMLBuilder, kind: 'node' | 'edge', columns: readonly Column[]): Keyed[] {
  // The id is the title: graphology reads attributes by id, networkx and Gephi by title.
  const keyed = columns.map((column) => ({ ...column, id: column.name }));
  const list = graph.ele(NS, 'attributes', { class: kind });
  for (const key of keyed)
    list.ele(NS, 'attribute', { id: key.id, title: key.name, type: key.type });
  return keyed;
}

function attvalues(element: XMLBuilder, keys: Keyed[], values: Record<string, FlatValue>): void {
  const present = keys.filter((key) => values[key.name] !== undefined);
  if (present.length === 0) return;
  const list = element.ele(NS, 'attvalues');
  for (const key of present)
    list.ele(NS, 'attvalue', { for: key.id, value: String(values[key.name]) });
}

function isPoint(value: PropertyValue | undefined): value is GeoPoint {
  return typeof value === 'object' && !Array.isArray(value);
}

/** The mean of the exported locations, as the map centres its geographic layout. */
function centreOf(nodes: readonly GraphNode[]): GeoPoint | null {
  const points = nodes.map((node) => node.properties.location).filter(isPoint);
  if (points.length === 0) return null;
  const sum = (pick: (p: GeoPoint) => number): number =>
    points.reduce((total, point) => total + pick(point), 0) / points.length;
  return { latitude: sum((p) => p.latitude), longitude: sum((p) => p.longitude) };
}

function sectorOf(node: GraphNode): Sector | null {
  return SECTORS.find((entry) => entry.value === node.properties.sector)?.value ?? null;
}

function viz(element: XMLBuilder, node: GraphNode, centre: GeoPoint | null): void {
  const hex = colourOf(node.label, sectorOf(node));
  const channel = (at: number): string => String(parseInt(hex.slice(at, at + 2), 16));
  element.ele(VIZ, 'viz:color', { r: channel(1), g: channel(3), b: channel(5) });
  const location = node.properties.location;
  if (!isPoint(location) || centre === null) return;
  const { x, y } = projectToMap(location, centre);
  // The map's y grows downwards (screen); Gephi's grows upwards, so north stays up.
  element.ele(VIZ, 'viz:position', { x: x.toFixed(2), y: (-y).toFixed(2), z: '0' });
}

export function toGexf(graph: ExportGraph): string {
  const root = create({ version: '1.0', encoding: 'UTF-8' })
    .ele(NS, 'gexf', { version: '1.3' })
    .att('http://www.w3.org/2000/xmlns/', 'xmlns:viz', VIZ);
  root.ele(NS, 'meta').ele(NS, 'creator').txt('Netzwerk Zukunft Regional Explorer');
  const body = root.ele(NS, 'graph', { defaultedgetype: 'directed', mode: 'static' });
  const nodeKeys = declare(body, 'node', [
    { name: 'nodeLabel', type: 'string' },
    ...nodeColumns(graph),
  ]);
  const edgeKeysDeclared = declare(body, 'edge', [
    ...EDGE_HEAD_COLUMNS,
    ...relationshipColumns(graph.relationships),
  ]);
  const centre = centreOf(graph.nodes);
  const nodes = body.ele(NS, 'nodes', { count: graph.nodes.length });
  for (const node of graph.nodes) {
    const name = node.properties.name;
    const element = nodes.ele(NS, 'node', {
      id: node.id,
      label: typeof name === 'string' ? name : node.id,
    });
    attvalues(element, nodeKeys, { nodeLabel: node.label, ...flatProperties(node.properties) });
    viz(element, node, centre);
  }
  const edges = body.ele(NS, 'edges', { count: graph.relationships.length });
  const ids = edgeKeys(graph.relationships);
  graph.relationships.forEach((rel, index) => {
    const element = edges.ele(NS, 'edge', {
      id: ids[index] ?? rel.id,
      source: rel.from,
      target: rel.to,
      type: 'directed',
      label: rel.type,
    });
    attvalues(element, edgeKeysDeclared, { ...flatProperties(rel.properties), ...edgeHead(rel) });
  });
  return root.end({ prettyPrint: true });
}

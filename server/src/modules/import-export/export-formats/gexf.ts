/**
 * GEXF 1.3 export, written as a stream of pieces (chunks.ts), valid against the GEXF 1.3 schema (test-support/import-export/
 * schemas) and read by networkx, Gephi and Cytoscape. Node label = display name (what Gephi shows), graph
 * label in the attribute `nodeLabel`; every edge is directed (from → to as stored) with the relationship
 * type as its label and the attributes `type`, `id` and `symmetric` (see EDGE_HEAD_COLUMNS). The viz module
 * makes it open looking like the map: `viz:color` is the map's colour (graph-schema's palette) and
 * `viz:position` the map's geographic projection of the node's location (nodes without one get none).
 */
import { SECTORS, colourOf, projectToMap } from '@nzr/graph-schema';
import type { GeoPoint, Sector } from '@nzr/graph-schema';
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
import { whole } from './chunks.js';
import { tag } from './xml-text.js';

const NS = 'http://gexf.net/1.3';
const VIZ = 'http://gexf.net/1.3/viz';

interface Keyed extends Column {
  readonly id: string;
}

function* declare(
  kind: 'node' | 'edge',
  columns: readonly Column[],
  out: Keyed[],
): Generator<string> {
  // The id is the title: graphology reads attributes by id, networkx and Gephi by title.
  for (const column of columns) out.push({ ...column, id: column.name });
  yield `    ${tag('attributes', { class: kind }, '>')}\n`;
  for (const key of out)
    yield `      ${tag('attribute', { id: key.id, title: key.name, type: key.type }, '/>')}\n`;
  yield '    </attributes>\n';
}

function* attvalues(keys: Keyed[], values: Record<string, FlatValue>): Generator<string> {
  const present = keys.filter((key) => values[key.name] !== undefined);
  if (present.length === 0) return;
  yield '        <attvalues>\n';
  for (const key of present)
    yield `          ${tag('attvalue', { for: key.id, value: String(values[key.name]) }, '/>')}\n`;
  yield '        </attvalues>\n';
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

function* viz(node: GraphNode, centre: GeoPoint | null): Generator<string> {
  const hex = colourOf(node.label, sectorOf(node));
  const channel = (at: number): string => String(parseInt(hex.slice(at, at + 2), 16));
  yield `        ${tag('viz:color', { r: channel(1), g: channel(3), b: channel(5) }, '/>')}\n`;
  const location = node.properties.location;
  if (!isPoint(location) || centre === null) return;
  const { x, y } = projectToMap(location, centre);
  // The map's y grows downwards (screen); Gephi's grows upwards, so north stays up.
  const position = { x: x.toFixed(2), y: (-y).toFixed(2), z: '0' };
  yield `        ${tag('viz:position', position, '/>')}\n`;
}

export function* gexfPieces(graph: ExportGraph): Generator<string> {
  yield `<?xml version="1.0" encoding="UTF-8"?>\n${tag('gexf', { xmlns: NS, version: '1.3', 'xmlns:viz': VIZ }, '>')}\n`;
  yield '  <meta>\n    <creator>Netzwerk Zukunft Regional Explorer</creator>\n  </meta>\n';
  yield `  ${tag('graph', { defaultedgetype: 'directed', mode: 'static' }, '>')}\n`;
  const nodeKeys: Keyed[] = [];
  yield* declare('node', [{ name: 'nodeLabel', type: 'string' }, ...nodeColumns(graph)], nodeKeys);
  const edgeKeysDeclared: Keyed[] = [];
  yield* declare(
    'edge',
    [...EDGE_HEAD_COLUMNS, ...relationshipColumns(graph.relationships)],
    edgeKeysDeclared,
  );
  const centre = centreOf(graph.nodes);
  yield `    ${tag('nodes', { count: graph.nodes.length }, '>')}\n`;
  for (const node of graph.nodes) {
    const name = node.properties.name;
    const label = typeof name === 'string' ? name : node.id;
    yield `      ${tag('node', { id: node.id, label }, '>')}\n`;
    yield* attvalues(nodeKeys, { nodeLabel: node.label, ...flatProperties(node.properties) });
    yield* viz(node, centre);
    yield '      </node>\n';
  }
  yield '    </nodes>\n';
  yield `    ${tag('edges', { count: graph.relationships.length }, '>')}\n`;
  const ids = edgeKeys(graph.relationships);
  for (const [index, rel] of graph.relationships.entries()) {
    const head = {
      id: ids[index] ?? rel.id,
      source: rel.from,
      target: rel.to,
      type: 'directed',
      label: rel.type,
    };
    yield `      ${tag('edge', head, '>')}\n`;
    yield* attvalues(edgeKeysDeclared, { ...flatProperties(rel.properties), ...edgeHead(rel) });
    yield '      </edge>\n';
  }
  yield '    </edges>\n  </graph>\n</gexf>\n';
}

export const toGexf = (graph: ExportGraph): string => whole(gexfPieces(graph));

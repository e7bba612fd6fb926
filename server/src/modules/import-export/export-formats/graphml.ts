/**
 * GraphML export, valid against the GraphML 1.0 schema (test-support/import-export/schemas): every node and
 * edge attribute declared once with a typed <key>. The graph is directed (`edgedefault="directed"`) and every
 * edge says so itself (`directed="true"`): symmetric relationships (cooperation, acquaintance) are directed
 * edges from → to as stored with the boolean attribute `symmetric=true`, so networkx, Cytoscape, yEd and
 * Gephi all read one consistent graph. Written as a stream of pieces (chunks.ts), one element at a time.
 */
import { whole } from './chunks.js';
import {
  EDGE_HEAD_COLUMNS,
  edgeHead,
  edgeKeys,
  flatProperties,
  nodeColumns,
  relationshipColumns,
} from './columns.js';
import type { Column, ExportGraph, FlatValue } from './columns.js';
import { tag, text } from './xml-text.js';

const NS = 'http://graphml.graphdrawing.org/xmlns';

interface Keyed extends Column {
  readonly id: string;
}

function keys(prefix: string, columns: readonly Column[]): Keyed[] {
  return columns.map((column, index) => ({ ...column, id: `${prefix}${index}` }));
}

function* data(declared: Keyed[], values: Record<string, FlatValue>): Generator<string> {
  for (const key of declared) {
    const value = values[key.name];
    if (value !== undefined)
      yield `      ${tag('data', { key: key.id }, '>')}${text(value)}</data>\n`;
  }
}

export function* graphmlPieces(graph: ExportGraph): Generator<string> {
  const nodeKeys = keys('n', [{ name: 'label', type: 'string' }, ...nodeColumns(graph)]);
  const edgeKeysDeclared = keys('e', [
    ...EDGE_HEAD_COLUMNS,
    ...relationshipColumns(graph.relationships),
  ]);
  yield `<?xml version="1.0" encoding="UTF-8"?>\n${tag('graphml', { xmlns: NS }, '>')}\n`;
  for (const [target, list] of [
    ['node', nodeKeys],
    ['edge', edgeKeysDeclared],
  ] as const) {
    for (const key of list) {
      const attributes = { id: key.id, for: target, 'attr.name': key.name, 'attr.type': key.type };
      yield `  ${tag('key', attributes, '/>')}\n`;
    }
  }
  yield `  ${tag('graph', { id: 'G', edgedefault: 'directed' }, '>')}\n`;
  for (const node of graph.nodes) {
    yield `    ${tag('node', { id: node.id }, '>')}\n`;
    yield* data(nodeKeys, { label: node.label, ...flatProperties(node.properties) });
    yield '    </node>\n';
  }
  const ids = edgeKeys(graph.relationships);
  for (const [index, rel] of graph.relationships.entries()) {
    const head = { id: ids[index] ?? rel.id, source: rel.from, target: rel.to, directed: 'true' };
    yield `    ${tag('edge', head, '>')}\n`;
    yield* data(edgeKeysDeclared, { ...flatProperties(rel.properties), ...edgeHead(rel) });
    yield '    </edge>\n';
  }
  yield '  </graph>\n</graphml>\n';
}

export const toGraphml = (graph: ExportGraph): string => whole(graphmlPieces(graph));

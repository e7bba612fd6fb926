/**
 * GraphML export written with xmlbuilder2, valid against the GraphML 1.0 schema (test-support/import-export/
 * schemas): every node and edge attribute declared once with a typed <key>. The graph is directed
 * (`edgedefault="directed"`) and every edge says so itself (`directed="true"`): symmetric relationships
 * (cooperation, acquaintance) are directed edges from → to as stored with the boolean attribute
 * `symmetric=true`, so networkx, Cytoscape, yEd and Gephi all read one consistent graph.
 */
import { create } from 'xmlbuilder2';
import {
  EDGE_HEAD_COLUMNS,
  edgeHead,
  edgeKeys,
  flatProperties,
  nodeColumns,
  relationshipColumns,
} from './columns.js';
import type { Column, ExportGraph, FlatValue } from './columns.js';

const NS = 'http://graphml.graphdrawing.org/xmlns';

interface Keyed extends Column {
  readonly id: string;
}

function keys(prefix: string, columns: readonly Column[]): Keyed[] {
  return columns.map((column, index) => ({ ...column, id: `${prefix}${index}` }));
}

export function toGraphml(graph: ExportGraph): string {
  const nodeKeys = keys('n', [{ name: 'label', type: 'string' }, ...nodeColumns(graph)]);
  const edgeKeysDeclared = keys('e', [
    ...EDGE_HEAD_COLUMNS,
    ...relationshipColumns(graph.relationships),
  ]);
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele(NS, 'graphml');
  for (const [target, list] of [
    ['node', nodeKeys],
    ['edge', edgeKeysDeclared],
  ] as const) {
    for (const key of list) {
      root.ele(NS, 'key', {
        id: key.id,
        for: target,
        'attr.name': key.name,
        'attr.type': key.type,
      });
    }
  }
  const body = root.ele(NS, 'graph', { id: 'G', edgedefault: 'directed' });
  const data = (
    element: typeof body,
    declared: Keyed[],
    values: Record<string, FlatValue>,
  ): void => {
    for (const key of declared) {
      const value = values[key.name];
      if (value !== undefined) element.ele(NS, 'data', { key: key.id }).txt(String(value));
    }
  };
  for (const node of graph.nodes) {
    const element = body.ele(NS, 'node', { id: node.id });
    data(element, nodeKeys, { label: node.label, ...flatProperties(node.properties) });
  }
  const ids = edgeKeys(graph.relationships);
  graph.relationships.forEach((rel, index) => {
    const element = body.ele(NS, 'edge', {
      id: ids[index] ?? rel.id,
      source: rel.from,
      target: rel.to,
      directed: 'true',
    });
    data(element, edgeKeysDeclared, { ...flatProperties(rel.properties), ...edgeHead(rel) });
  });
  return root.end({ prettyPrint: true });
}

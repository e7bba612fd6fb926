/**
 * GraphML export written with xmlbuilder2: every node and edge attribute declared once with a typed <key>.
 * `edgedefault="undirected"` with an explicit `directed` on every edge, so that symmetric relationships
 * (cooperation, acquaintance) stay undirected and readers that only honour `directed="true"` agree.
 */
import { RELATIONSHIP_TYPES } from '@nzr/graph-schema';
import { create } from 'xmlbuilder2';
import { edgeKeys, flatProperties, nodeColumns, relationshipColumns } from './columns.js';
import type { Column, ExportGraph, FlatValue } from './columns.js';

const NS = 'http://graphml.graphdrawing.org/xmlns';

interface Keyed extends Column {
  readonly id: string;
}

function keys(prefix: string, fixed: Column[], columns: Column[]): Keyed[] {
  return [...fixed, ...columns].map((column, index) => ({ ...column, id: `${prefix}${index}` }));
}

export function toGraphml(graph: ExportGraph): string {
  const nodeKeys = keys('n', [{ name: 'label', type: 'string' }], nodeColumns(graph.nodes));
  const edgeKeysDeclared = keys(
    'e',
    [
      { name: 'type', type: 'string' },
      { name: 'id', type: 'string' },
    ],
    relationshipColumns(graph.relationships),
  );
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
  const body = root.ele(NS, 'graph', { id: 'G', edgedefault: 'undirected' });
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
      directed: RELATIONSHIP_TYPES[rel.type].symmetric ? 'false' : 'true',
    });
    data(element, edgeKeysDeclared, {
      type: rel.type,
      id: rel.id,
      ...flatProperties(rel.properties),
    });
  });
  return root.end({ prettyPrint: true });
}

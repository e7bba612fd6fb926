/**
 * CSV export: nodes.csv (id, label, properties) or edges.csv (id, type, source, target, properties;
 * `source`/`target` because cooperations have a `from` date property), UTF-8 with a
 * byte order mark so spreadsheets detect the encoding. Text cells that a spreadsheet would run as a formula
 * get a leading apostrophe, which the import takes off again (../csv-formula.ts). The columns are those of
 * the import's `nodes` and `edges` files, so an export imports as it is.
 */
import { stringify } from 'csv-stringify/sync';
import { escapeFormula } from '../csv-formula.js';
import type { GraphNode, GraphRelationship } from '../../../store/port.js';
import { flatProperties, nodeColumns, relationshipColumns } from './columns.js';
import type { ExportGraph, FlatValue } from './columns.js';

export type CsvPart = 'nodes' | 'edges';
export type CsvDelimiter = ',' | ';';

function cell(value: FlatValue | undefined): string {
  if (value === undefined) return '';
  if (typeof value !== 'string') return String(value);
  return escapeFormula(value);
}

function table(header: string[], rows: FlatValue[][], delimiter: CsvDelimiter): string {
  return stringify([header, ...rows.map((row) => row.map(cell))], { bom: true, delimiter });
}

function nodeRows(nodes: readonly GraphNode[], names: string[]): FlatValue[][] {
  return nodes.map((node) => {
    const flat = flatProperties(node.properties);
    return [node.id, node.label, ...names.map((name) => flat[name] ?? '')];
  });
}

function edgeRows(rels: readonly GraphRelationship[], names: string[]): FlatValue[][] {
  return rels.map((rel) => {
    const flat = flatProperties(rel.properties);
    return [rel.id, rel.type, rel.from, rel.to, ...names.map((name) => flat[name] ?? '')];
  });
}

export function toCsv(graph: ExportGraph, part: CsvPart, delimiter: CsvDelimiter = ','): string {
  if (part === 'nodes') {
    const names = nodeColumns(graph).map((column) => column.name);
    return table(['id', 'label', ...names], nodeRows(graph.nodes, names), delimiter);
  }
  const names = relationshipColumns(graph.relationships).map((column) => column.name);
  return table(
    ['id', 'type', 'source', 'target', ...names],
    edgeRows(graph.relationships, names),
    delimiter,
  );
}

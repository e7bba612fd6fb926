/**
 * CSV export: nodes.csv (id, label, properties) or edges.csv (id, type, source, target, properties;
 * `source`/`target` because cooperations have a `from` date property), UTF-8 with a
 * byte order mark, written as a stream of pieces (chunks.ts), so spreadsheets detect the encoding. Text cells that a spreadsheet would run as a formula
 * get a leading apostrophe, which the import takes off again (../csv-formula.ts). The columns are those of
 * the import's `nodes` and `edges` files, so an export imports as it is.
 */
import { stringify } from 'csv-stringify/sync';
import { escapeFormula } from '../csv-formula.js';
import type { GraphNode, GraphRelationship } from '../../../store/port.js';
import { flatProperties, nodeColumns, relationshipColumns } from './columns.js';
import type { ExportGraph, FlatValue } from './columns.js';
import { whole } from './chunks.js';

export type CsvPart = 'nodes' | 'edges';
export type CsvDelimiter = ',' | ';';

function cell(value: FlatValue | undefined): string {
  if (value === undefined) return '';
  if (typeof value !== 'string') return String(value);
  return escapeFormula(value);
}

/** Rows per stringify call: bounded pieces, each a few KB. */
const ROWS_PER_PIECE = 200;

/**
 * One CSV table as pieces: the header with the byte order mark, then the rows in bounded batches, every text
 * cell through the formula guard. Also used by the exports of system records (../record-export.router.ts).
 */
export function* csvTable(
  header: string[],
  rows: Iterable<FlatValue[]>,
  delimiter: CsvDelimiter,
): Generator<string> {
  yield stringify([header.map(cell)], { bom: true, delimiter });
  let batch: string[][] = [];
  for (const row of rows) {
    batch.push(row.map(cell));
    if (batch.length < ROWS_PER_PIECE) continue;
    yield stringify(batch, { delimiter });
    batch = [];
  }
  if (batch.length > 0) yield stringify(batch, { delimiter });
}

function* nodeRows(nodes: readonly GraphNode[], names: string[]): Generator<FlatValue[]> {
  for (const node of nodes) {
    const flat = flatProperties(node.properties);
    yield [node.id, node.label, ...names.map((name) => flat[name] ?? '')];
  }
}

function* edgeRows(rels: readonly GraphRelationship[], names: string[]): Generator<FlatValue[]> {
  for (const rel of rels) {
    const flat = flatProperties(rel.properties);
    yield [rel.id, rel.type, rel.from, rel.to, ...names.map((name) => flat[name] ?? '')];
  }
}

export function csvPieces(
  graph: ExportGraph,
  part: CsvPart,
  delimiter: CsvDelimiter = ',',
): Generator<string> {
  if (part === 'nodes') {
    const names = nodeColumns(graph).map((column) => column.name);
    return csvTable(['id', 'label', ...names], nodeRows(graph.nodes, names), delimiter);
  }
  const names = relationshipColumns(graph.relationships).map((column) => column.name);
  return csvTable(
    ['id', 'type', 'source', 'target', ...names],
    edgeRows(graph.relationships, names),
    delimiter,
  );
}

export const toCsv = (graph: ExportGraph, part: CsvPart, delimiter: CsvDelimiter = ','): string =>
  whole(csvPieces(graph, part, delimiter));

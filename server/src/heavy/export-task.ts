/** The export task as the heavy-work thread runs it: a graph in, the chosen format out as flow-controlled chunks. */
import type { MessagePort } from 'node:worker_threads';
import { batched } from '../modules/import-export/export-formats/chunks.js';
import type { ExportGraph } from '../modules/import-export/export-formats/columns.js';
import { csvPieces } from '../modules/import-export/export-formats/csv.js';
import type { CsvDelimiter, CsvPart } from '../modules/import-export/export-formats/csv.js';
import { gexfPieces } from '../modules/import-export/export-formats/gexf.js';
import { graphmlPieces } from '../modules/import-export/export-formats/graphml.js';
import { jsonPieces } from '../modules/import-export/export-formats/json.js';
import type { FlowControl } from './flow-control.js';
import type { TaskMessage } from './heavy-protocol.js';

export type ExportFormat =
  | { readonly format: 'json' | 'graphml' | 'gexf' }
  | { readonly format: 'csv'; readonly part: CsvPart; readonly delimiter: CsvDelimiter };

export function pieces(graph: ExportGraph, format: ExportFormat): Iterable<string> {
  if (format.format === 'csv') return csvPieces(graph, format.part, format.delimiter);
  if (format.format === 'json') return jsonPieces(graph);
  return format.format === 'graphml' ? graphmlPieces(graph) : gexfPieces(graph);
}

/**
 * Writes the export to `port` chunk by chunk, never more than WINDOW ahead of the socket; `complete` is false
 * when the client went away first.
 */
export function streamExport(
  graph: ExportGraph,
  format: ExportFormat,
  port: MessagePort,
  flow: FlowControl,
): { chunks: number; complete: boolean } {
  let chunks = 0;
  for (const chunk of batched(pieces(graph, format))) {
    if (!flow.acquire()) return { chunks, complete: false };
    port.postMessage({ chunk } satisfies TaskMessage);
    chunks++;
  }
  return { chunks, complete: true };
}

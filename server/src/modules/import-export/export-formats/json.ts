/**
 * JSON export: `{ nodes, relationships }` in the port's shape (ids, labels/types, ends and properties),
 * written as a stream of pieces (chunks.ts), one node or relationship per line.
 */
import { whole } from './chunks.js';
import type { ExportGraph } from './columns.js';

function* list<T>(items: readonly T[], shape: (item: T) => object): Generator<string> {
  for (const [index, item] of items.entries()) {
    yield `${index === 0 ? '' : ',\n'}    ${JSON.stringify(shape(item))}`;
  }
}

export function* jsonPieces(graph: ExportGraph): Generator<string> {
  yield '{\n  "nodes": [\n';
  yield* list(graph.nodes, ({ id, label, properties }) => ({ id, label, properties }));
  yield '\n  ],\n  "relationships": [\n';
  yield* list(graph.relationships, ({ id, type, from, to, properties }) => ({
    id,
    type,
    from,
    to,
    properties,
  }));
  yield '\n  ]\n}\n';
}

export const toJson = (graph: ExportGraph): string => whole(jsonPieces(graph));

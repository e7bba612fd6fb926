/** JSON export: `{ nodes, relationships }` in the port's shape (ids, labels/types, ends and properties). */
import type { ExportGraph } from './columns.js';

export function toJson(graph: ExportGraph): string {
  return JSON.stringify(
    {
      nodes: graph.nodes.map(({ id, label, properties }) => ({ id, label, properties })),
      relationships: graph.relationships.map(({ id, type, from, to, properties }) => ({
        id,
        type,
        from,
        to,
        properties,
      })),
    },
    null,
    2,
  );
}

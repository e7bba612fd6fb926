/**
 * The only values ever interpolated into Cypher text: label and relationship type names from graph-schema.
 * The runtime checks guard against a label or type that slipped past validation (it would otherwise end up
 * verbatim in a statement); user values always travel as parameters.
 */
import { ENTITY_LABEL, isNodeLabel, isRelationshipType } from '@nzr/graph-schema';
import type { NodeLabel, RelationshipType } from '@nzr/graph-schema';

export interface Statement {
  /** Stable name for logs and the lint test, e.g. `createNodes:Person`. */
  readonly name: string;
  readonly cypher: string;
}

export const ENTITY = ENTITY_LABEL;

export function label(name: NodeLabel): string {
  if (!isNodeLabel(name)) throw new Error(`not a graph-schema node label: ${String(name)}`);
  return name;
}

export function relType(name: RelationshipType): string {
  if (!isRelationshipType(name))
    throw new Error(`not a graph-schema relationship type: ${String(name)}`);
  return name;
}

/** Joins clause lines; statements are kept multi-line so that Neo4j's error positions stay readable. */
export function lines(...parts: string[]): string {
  return parts.join('\n');
}

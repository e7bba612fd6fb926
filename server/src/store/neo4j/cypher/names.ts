/**
 * The only values ever interpolated into Cypher text: label, relationship type and property names from
 * graph-schema. The runtime checks guard against a name that slipped past validation (it would otherwise end
 * up verbatim in a statement); user values always travel as parameters.
 */
import { ENTITY_LABEL, isNodeLabel, isRelationshipType, propertySpecsOf } from '@nzr/graph-schema';
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

/** A property that graph-schema declares for relationship type `type`. */
export function relProperty(type: RelationshipType, name: string): string {
  relType(type);
  if (!Object.hasOwn(propertySpecsOf(type), name) || !/^\w+$/.test(name)) {
    throw new Error(`not a graph-schema property of ${type}: ${name}`);
  }
  return name;
}

/** Joins clause lines; statements are kept multi-line so that Neo4j's error positions stay readable. */
export function lines(...parts: string[]): string {
  return parts.join('\n');
}

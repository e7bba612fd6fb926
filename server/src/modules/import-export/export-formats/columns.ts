/**
 * Flat attribute columns shared by the tabular and graph formats: every property of the exported labels and
 * types in schema order, with its type; points become `latitude` and `longitude`, lists are joined with `|`.
 */
import { NODE_LABELS, RELATIONSHIP_TYPES } from '@nzr/graph-schema';
import type { PropertySpec } from '@nzr/graph-schema';
import type { GraphNode, GraphRelationship, Properties } from '../../../store/port.js';

export type FlatValue = string | number | boolean;
export type ColumnType = 'string' | 'long' | 'double' | 'boolean';

export interface Column {
  readonly name: string;
  readonly type: ColumnType;
}

/** What every export format receives: visible nodes and the relationships among them. */
export interface ExportGraph {
  readonly nodes: readonly GraphNode[];
  readonly relationships: readonly GraphRelationship[];
  /**
   * Node properties this viewer may not receive (a person's e-mail and consent date for viewers below
   * coordinator): no format declares a column or attribute key for them, not even an empty one.
   */
  readonly withheld?: readonly string[];
}

const LIST_SEPARATOR = '|';

function typeOf(spec: PropertySpec): ColumnType {
  if (spec.type === 'integer') return 'long';
  if (spec.type === 'float' || spec.type === 'point') return 'double';
  if (spec.type === 'boolean') return 'boolean';
  return 'string';
}

function collect(
  specLists: Iterable<Readonly<Record<string, PropertySpec>>>,
  withheld: readonly string[] = [],
): Column[] {
  const columns = new Map<string, ColumnType>();
  const add = (name: string, type: ColumnType): void => {
    const before = columns.get(name);
    columns.set(name, before === undefined || before === type ? type : 'string');
  };
  for (const specs of specLists) {
    for (const [name, spec] of Object.entries(specs)) {
      if (withheld.includes(name)) continue;
      if (spec.type === 'point') {
        add('latitude', 'double');
        add('longitude', 'double');
      } else add(name, typeOf(spec));
    }
  }
  return [...columns].map(([name, type]) => ({ name, type }));
}

/** Property columns of the node labels present, in schema order, without the withheld ones. */
export function nodeColumns(graph: ExportGraph): Column[] {
  const labels = new Set(graph.nodes.map((node) => node.label));
  return collect(
    [...labels].map((label) => NODE_LABELS[label].properties),
    graph.withheld,
  );
}

/** Property columns of the relationship types present, in schema order. */
export function relationshipColumns(relationships: readonly GraphRelationship[]): Column[] {
  const types = new Set(relationships.map((rel) => rel.type));
  return collect([...types].map((type) => RELATIONSHIP_TYPES[type].properties));
}

export function flatProperties(properties: Properties): Record<string, FlatValue> {
  const flat: Record<string, FlatValue> = {};
  for (const [key, value] of Object.entries(properties)) {
    if (Array.isArray(value)) flat[key] = value.join(LIST_SEPARATOR);
    else if (typeof value === 'object') {
      flat.latitude = value.latitude;
      flat.longitude = value.longitude;
    } else flat[key] = value;
  }
  return flat;
}

/** Edge keys: the relationship id, prefixed by its type only where two types share an id. */
export function edgeKeys(relationships: readonly GraphRelationship[]): string[] {
  const counts = new Map<string, number>();
  for (const rel of relationships) counts.set(rel.id, (counts.get(rel.id) ?? 0) + 1);
  return relationships.map((rel) =>
    (counts.get(rel.id) ?? 0) > 1 ? `${rel.type}:${rel.id}` : rel.id,
  );
}

/**
 * The attributes GraphML and GEXF give every edge before its properties: the relationship type, its id in the
 * store, and whether the type is symmetric (cooperation, acquaintance). Both formats write every edge as
 * directed (from → to as stored), because networkx refuses files that mix directed and undirected edges;
 * `symmetric` tells readers which edges to treat as undirected.
 */
export const EDGE_HEAD_COLUMNS: readonly Column[] = [
  { name: 'type', type: 'string' },
  { name: 'id', type: 'string' },
  { name: 'symmetric', type: 'boolean' },
];

export function edgeHead(rel: GraphRelationship): Record<string, FlatValue> {
  return { type: rel.type, id: rel.id, symmetric: RELATIONSHIP_TYPES[rel.type].symmetric === true };
}

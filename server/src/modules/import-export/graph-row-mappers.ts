/**
 * Row mappers of the graph files (`nodes`, `edges`: graph-schema's csv-graph-columns.ts), the CSV export's
 * own format: every node label and relationship type with all its properties, read by the property's type
 * in graph-schema (numbers, booleans, dates, enums, `|`-separated lists, a point from latitude/longitude).
 * A row may fill only the properties of its own label or type; the ids are taken as they are. An empty list
 * cell reads as an empty list (CSV cannot tell it from no list).
 */
import {
  COLUMNS,
  NODE_LABELS,
  RELATIONSHIP_TYPES,
  isNodeLabel,
  isRelationshipType,
} from '@nzr/graph-schema';
import type { PropertySpec, PropertySpecs } from '@nzr/graph-schema';
import type { PropertyValue } from '../../store/port.js';
import type { RowBuilder } from './row-builder.js';
import { location } from './location-cell.js';

const NUMBER = /^[-+]?(?:\d+(?:[.,]\d+)?|\d*\.\d+)(?:[eE][-+]?\d+)?$/;

function cell(b: RowBuilder, column: string, spec: PropertySpec): PropertyValue | undefined {
  const value = b.text(column);
  // CSV cannot tell an empty list from none; lists are read as empty (for eligibleSectors: "empty means all").
  if (spec.type === 'enum[]')
    return value === undefined ? [] : value.split('|').map((v) => v.trim());
  if (value === undefined) return undefined;
  if (spec.type === 'integer' || spec.type === 'float') {
    if (NUMBER.test(value)) return Number(value.replace(',', '.'));
    b.error(column, 'notNumber');
    return undefined;
  }
  if (spec.type === 'boolean') {
    if (/^(true|false)$/i.test(value)) return value.toLowerCase() === 'true';
    b.error(column, 'notBoolean');
    return undefined;
  }
  if (spec.type === 'date') return b.date(column);
  return value;
}

/** The row's properties for these specs; cells of columns the specs do not have are errors. */
function properties(
  b: RowBuilder,
  specs: PropertySpecs,
  fixed: number,
  kind: 'nodes' | 'edges',
  what: string,
): Record<string, PropertyValue | undefined> {
  const values: Record<string, PropertyValue | undefined> = {};
  const own = new Set<string>();
  for (const [name, spec] of Object.entries(specs)) {
    if (spec.type === 'point') {
      values[name] = location(b);
      own.add('latitude').add('longitude');
    } else {
      values[name] = cell(b, name, spec);
      own.add(name);
    }
  }
  for (const column of COLUMNS[kind].slice(fixed)) {
    if (!own.has(column.name) && b.text(column.name) !== undefined)
      b.error(column.name, 'notPropertyOf', { what });
  }
  return values;
}

function node(b: RowBuilder): void {
  const id = b.id('id');
  const label = b.text('label');
  if (!isNodeLabel(label)) {
    if (label === undefined) b.error('label', 'required');
    else b.error('label', 'unknownLabel', { value: label });
    return;
  }
  const values = properties(b, NODE_LABELS[label].properties, 2, 'nodes', label);
  if (id !== undefined) b.node(label, id, values, { location: 'latitude' });
}

function edge(b: RowBuilder): void {
  const id = b.id('id');
  const from = b.id('source');
  const to = b.id('target');
  const type = b.text('type');
  if (!isRelationshipType(type)) {
    if (type === undefined) b.error('type', 'required');
    else b.error('type', 'unknownRelationshipType', { value: type });
    return;
  }
  const spec = RELATIONSHIP_TYPES[type];
  const values = properties(b, spec.properties, 4, 'edges', type);
  if (id === undefined || from === undefined || to === undefined) return;
  b.reference('source', from, spec.from);
  b.reference('target', to, spec.to);
  b.relationship(type, { id, from, to }, values);
}

export const GRAPH_ROW_MAPPERS = { nodes: node, edges: edge } as const;

/**
 * Neo4j values → port records. The driver runs with disableLosslessIntegers, but Integers are still accepted
 * (and converted) so that a differently configured driver or a test cannot smuggle them through.
 */
import neo4j from 'neo4j-driver';
import type { Node, Relationship } from 'neo4j-driver';
import { SYSTEM_PROPERTIES, isNodeLabel, isRelationshipType } from '@nzr/graph-schema';
import type { NodeLabel, PropertySpecs, RelationshipType } from '@nzr/graph-schema';
import { StoreError } from '../errors.js';
import type { GraphNode, GraphRelationship, Properties, PropertyValue } from '../port.js';
import {
  inSchemaOrder,
  nodePropertySpecs,
  relationshipPropertySpecs,
} from '../shared/property-order.js';
import { WGS84_SRID } from './params.js';

const SYSTEM = new Set<string>(SYSTEM_PROPERTIES);

function corrupt(message: string): StoreError {
  return new StoreError('STORE_CORRUPT', message);
}

export function toNumber(value: unknown, what: string): number {
  if (typeof value === 'number') return value;
  if (neo4j.isInt(value)) return value.toNumber();
  if (typeof value === 'bigint') return Number(value);
  throw corrupt(`${what} is not a number`);
}

export function toText(value: unknown, what: string): string {
  if (typeof value === 'string') return value;
  throw corrupt(`${what} is not a string`);
}

/** One stored property value as the port represents it. */
export function toPropertyValue(value: unknown, what: string): PropertyValue {
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number' || neo4j.isInt(value) || typeof value === 'bigint') {
    return toNumber(value, what);
  }
  if (neo4j.isPoint(value)) {
    if (toNumber(value.srid, what) !== WGS84_SRID) throw corrupt(`${what} is not a WGS-84 point`);
    return { latitude: value.y, longitude: value.x };
  }
  if (Array.isArray(value)) return value.map((item) => toText(item, what));
  // Dates written by other tools as native temporal values read as their ISO text, like our own dates.
  if (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isTime(value)
  ) {
    return value.toString();
  }
  throw corrupt(`${what} has a type the store does not use`);
}

/** Neo4j keeps properties in an order of its own; the port returns them in graph-schema's order. */
function toProperties(
  specs: PropertySpecs,
  raw: Record<string, unknown>,
  what: string,
): Properties {
  const properties: Properties = {};
  for (const [key, value] of Object.entries(raw)) {
    if (SYSTEM.has(key) || value === null || value === undefined) continue;
    properties[key] = toPropertyValue(value, `${what}.${key}`);
  }
  return inSchemaOrder(specs, properties);
}

/** The graph-schema label of a node: its labels minus Entity (and anything foreign). */
export function nodeLabelOf(labels: readonly string[], what: string): NodeLabel {
  const found = labels.filter(isNodeLabel);
  const first = found[0];
  if (found.length !== 1 || first === undefined) {
    throw corrupt(
      `${what} has labels ${labels.join(', ')}; expected exactly one graph-schema label`,
    );
  }
  return first;
}

export function toGraphNode(node: Node): GraphNode {
  const props = node.properties as Record<string, unknown>;
  const id = toText(props.id, 'node id');
  const what = `node ${id}`;
  const label = nodeLabelOf(node.labels, what);
  return {
    id,
    label,
    version: toNumber(props.version, `${what} version`),
    createdAt: toText(props.createdAt, `${what} createdAt`),
    updatedAt: toText(props.updatedAt, `${what} updatedAt`),
    properties: toProperties(nodePropertySpecs(label), props, what),
  };
}

/** `from` and `to` are the endpoint ids, returned next to the relationship by every statement. */
export function toGraphRelationship(
  rel: Relationship,
  from: unknown,
  to: unknown,
): GraphRelationship {
  const props = rel.properties as Record<string, unknown>;
  const id = toText(props.id, `${rel.type} relationship id`);
  const what = `${rel.type} relationship ${id}`;
  if (!isRelationshipType(rel.type)) throw corrupt(`${what} has a type not in graph-schema`);
  const type: RelationshipType = rel.type;
  return {
    id,
    type,
    from: toText(from, `${what} start node id`),
    to: toText(to, `${what} end node id`),
    version: toNumber(props.version, `${what} version`),
    createdAt: toText(props.createdAt, `${what} createdAt`),
    updatedAt: toText(props.updatedAt, `${what} updatedAt`),
    properties: toProperties(relationshipPropertySpecs(type), props, what),
  };
}

/** Typed accessors for record fields (records are untyped maps). */
export function nodeField(value: unknown): GraphNode {
  if (!neo4j.isNode(value)) throw corrupt('expected a node in the query result');
  return toGraphNode(value);
}

export function relationshipField(value: unknown, from: unknown, to: unknown): GraphRelationship {
  if (!neo4j.isRelationship(value)) throw corrupt('expected a relationship in the query result');
  return toGraphRelationship(value, from, to);
}

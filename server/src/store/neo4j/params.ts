/**
 * JS values → Cypher parameters. The driver sends every JS number as a FLOAT, so SKIP/LIMIT arguments,
 * procedure INTEGER arguments and properties specified as integers are wrapped with neo4j.int; points become
 * native WGS-84 points (SRID 4326, x = longitude, y = latitude).
 */
import neo4j from 'neo4j-driver';
import type { Integer } from 'neo4j-driver';
import { propertySpecsOf } from '@nzr/graph-schema';
import type { GeoPoint, NodeLabel, RelationshipType } from '@nzr/graph-schema';
import type { NodeFilter, PropertyValue } from '../port.js';

export const WGS84_SRID = 4326;

export type ParamValue =
  | string
  | number
  | boolean
  | null
  | Integer
  | InstanceType<typeof neo4j.types.Point>
  | readonly ParamValue[]
  | { readonly [key: string]: ParamValue };
export type Params = Record<string, ParamValue>;

export function int(value: number): Integer {
  return neo4j.int(value);
}

export function toPoint(point: GeoPoint): InstanceType<typeof neo4j.types.Point> {
  return new neo4j.types.Point(neo4j.int(WGS84_SRID), point.longitude, point.latitude);
}

export function isGeoPoint(value: unknown): value is GeoPoint {
  return (
    typeof value === 'object' && value !== null && !Array.isArray(value) && 'latitude' in value
  );
}

/**
 * Properties (already validated) as a parameter map. `null` is kept (SET n += map removes those keys);
 * `undefined` is dropped.
 */
export function propertyParams(
  labelOrType: NodeLabel | RelationshipType,
  properties: Record<string, PropertyValue | null | undefined>,
): Record<string, ParamValue> {
  const specs = propertySpecsOf(labelOrType);
  const out: Record<string, ParamValue> = {};
  for (const [key, value] of Object.entries(properties)) {
    if (value === undefined) continue;
    const spec = Object.hasOwn(specs, key) ? specs[key] : undefined;
    if (value === null) out[key] = null;
    else if (spec?.type === 'integer' && typeof value === 'number') out[key] = int(value);
    else if (isGeoPoint(value)) out[key] = toPoint(value);
    else out[key] = value;
  }
  return out;
}

/** Like propertyParams, but without nulls: for CREATE and for upserts, which replace all properties. */
export function completePropertyParams(
  labelOrType: NodeLabel | RelationshipType,
  properties: Record<string, PropertyValue | null | undefined>,
): Record<string, ParamValue> {
  return Object.fromEntries(
    Object.entries(propertyParams(labelOrType, properties)).filter(([, value]) => value !== null),
  );
}

const list = (values: readonly string[] | undefined): readonly string[] | null => values ?? null;

/**
 * Parameters of FILTER_CLAUSE; absent filters become null and switch their clause off. As in the embedded
 * store (embedded/filters.ts), a sector or kind filter is failed by nodes without that property, and an empty
 * list matches nothing.
 */
export function filterParams(filter: NodeFilter | undefined): Params {
  const f = filter ?? {};
  return {
    labels: list(f.labels),
    sectors: list(f.sectors),
    kinds: list(f.kinds),
    topicIds: list(f.topicIds),
    regionId: f.regionId ?? null,
    networkId: f.networkId ?? null,
    visibilities: list(f.visibilities),
  };
}

/**
 * Property specifications: the vocabulary in which labels and relationship types declare their properties.
 * Validation, TypeScript types, the Cypher lint schema and the stores all derive from these specs.
 */

/** A WGS-84 coordinate. Neo4j stores it as a native point (SRID 4326); the embedded store as this object. */
export interface GeoPoint {
  readonly latitude: number;
  readonly longitude: number;
}

interface BaseSpec {
  /** Required on create; may not be set to null on update. */
  readonly required?: boolean;
  readonly description: string;
}
export interface StringSpec extends BaseSpec {
  readonly type: 'string';
  readonly maxLength: number;
  /** Regular expression the value must match (e.g. ids, AGS keys). */
  readonly pattern?: RegExp;
  readonly format?: 'url' | 'email';
}
export interface NumberSpec extends BaseSpec {
  readonly type: 'integer' | 'float';
  readonly min?: number;
  readonly max?: number;
}
export interface BooleanSpec extends BaseSpec {
  readonly type: 'boolean';
}
/** Calendar date as ISO `YYYY-MM-DD` (sorts lexicographically, identical in both stores). */
export interface DateSpec extends BaseSpec {
  readonly type: 'date';
  /**
   * On a relationship type: this date bounds the period in which the relationship is in force, as its first
   * day (`begin`) or its last day (`end`). Read through RELATIONSHIP_PERIODS (periods.ts).
   */
  readonly period?: 'begin' | 'end';
}
export interface PointSpec extends BaseSpec {
  readonly type: 'point';
}
export interface EnumSpec<V extends string = string> extends BaseSpec {
  readonly type: 'enum';
  readonly values: readonly V[];
}
export interface EnumListSpec<V extends string = string> extends BaseSpec {
  readonly type: 'enum[]';
  readonly values: readonly V[];
}
export type PropertySpec =
  StringSpec | NumberSpec | BooleanSpec | DateSpec | PointSpec | EnumSpec | EnumListSpec;
export type PropertyType = PropertySpec['type'];
export type PropertySpecs = Readonly<Record<string, PropertySpec>>;

/** The TypeScript value type of one property spec. */
export type ValueOf<S extends PropertySpec> =
  S extends EnumSpec<infer V>
    ? V
    : S extends EnumListSpec<infer V>
      ? V[]
      : S extends StringSpec | DateSpec
        ? string
        : S extends NumberSpec
          ? number
          : S extends BooleanSpec
            ? boolean
            : S extends PointSpec
              ? GeoPoint
              : never;

type RequiredKeys<P extends PropertySpecs> = {
  [K in keyof P]: P[K] extends { required: true } ? K : never;
}[keyof P];
type OptionalKeys<P extends PropertySpecs> = Exclude<keyof P, RequiredKeys<P>>;

/** The property object described by a spec map: required keys present, optional keys optional or null. */
export type PropertiesOf<P extends PropertySpecs> = {
  -readonly [K in RequiredKeys<P>]: ValueOf<P[K]>;
} & {
  -readonly [K in OptionalKeys<P>]?: ValueOf<P[K]> | null;
};

/** Ids: short, URL-safe, stable. Generated ids are `<prefix>-<random>`; imports may bring their own. */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}$/;
/**
 * Official municipality key (Amtlicher Gemeindeschlüssel): 2 digits for the state, 5 for a district, 8 for a
 * municipality; each key starts with the key of the region it lies in.
 */
export const AGS_PATTERN = /^\d{2}(\d{3}(\d{3})?)?$/;
/** An e-mail address, loosely: something@somewhere.tld without spaces. */
export const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** ISO calendar date, checked for a real day by the validator. */
export const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

export const MAX_NAME_LENGTH = 300;
export const MAX_TEXT_LENGTH = 10_000;

export const name = {
  type: 'string',
  required: true,
  maxLength: MAX_NAME_LENGTH,
  description: 'Display name.',
} as const satisfies StringSpec;
export const description = {
  type: 'string',
  maxLength: MAX_TEXT_LENGTH,
  description: 'Free text describing the node; part of full-text search.',
} as const satisfies StringSpec;
export const location = {
  type: 'point',
  description: 'WGS-84 coordinate used for radius queries and the geographic map.',
} as const satisfies PointSpec;
export const url = {
  type: 'string',
  maxLength: 2000,
  format: 'url',
  description: 'Web address (http or https).',
} as const satisfies StringSpec;

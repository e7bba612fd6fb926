/** The generator's input and output: plain data in the shape of the store port's upsert batches. */
import type { GeoPoint, NodeLabel, RelationshipType, Sector } from '@nzr/graph-schema';

/** Property values as the store port accepts them (structurally equal to its `Properties`). */
export type Properties = Record<string, string | number | boolean | GeoPoint | string[]>;

export interface GenerateOptions {
  /** Number of actors (persons and institutions), MIN_ACTORS..MAX_ACTORS. */
  readonly actors: number;
  readonly seed: number;
}

export const MIN_ACTORS = 300;
export const MAX_ACTORS = 100_000;
/** Seeds are 32-bit: pure-rand's generators take a 32-bit integer. */
export const MAX_SEED = 2 ** 31 - 1;

export interface GeneratedNode {
  readonly label: NodeLabel;
  readonly id: string;
  readonly properties: Properties;
}

export interface GeneratedRelationship {
  readonly type: RelationshipType;
  readonly id: string;
  readonly from: string;
  readonly to: string;
  readonly properties: Properties;
}

/** A district where two sectors deliberately never cooperate (a Vernetzungslücke for the analytics to find). */
export interface SectorGap {
  readonly districtId: string;
  readonly sectors: readonly [Sector, Sector];
}

/** What the generator planted on purpose, so tests and demos can check that analytics find it. */
export interface GenerationMeta {
  readonly seed: number;
  readonly actors: number;
  readonly gaps: readonly SectorGap[];
  /** Institutions given many cross-sector cooperations (Brückenbauer). */
  readonly brokerIds: readonly string[];
}

export interface GeneratedGraph {
  readonly nodes: GeneratedNode[];
  readonly relationships: GeneratedRelationship[];
  readonly meta: GenerationMeta;
}

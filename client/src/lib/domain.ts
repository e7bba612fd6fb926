/**
 * Runtime lists of graph-schema enum values. The client may import only types from @nzr/graph-schema, so the
 * values are copied here; the `Exhaustive` checks make the compiler fail when graph-schema adds a value that
 * is missing (display names live in the locale files, see locales.test.ts).
 */
import type { NodeLabel, RelationshipType, Sector } from '@nzr/graph-schema';

type Exhaustive<All extends string, Listed extends string> = [Exclude<All, Listed>] extends [never]
  ? true
  : { missing: Exclude<All, Listed> };

export const SECTOR_VALUES = [
  'civil_society',
  'administration',
  'business',
  'education',
  'religion',
  'science',
] as const satisfies readonly Sector[];

export const NODE_LABEL_VALUES = [
  'Institution',
  'Person',
  'Network',
  'Project',
  'Resource',
  'Topic',
  'Region',
  'FundingProgramme',
] as const satisfies readonly NodeLabel[];

export const RELATIONSHIP_TYPE_VALUES = [
  'COOPERATES_WITH',
  'KNOWS',
  'MEMBER_OF',
  'MEMBER_OF_NETWORK',
  'WORKS_ON',
  'OFFERS',
  'NEEDS',
  'RUNS',
  'FUNDED_BY',
  'LOCATED_IN',
  'PART_OF',
  'ELIGIBLE_IN',
] as const satisfies readonly RelationshipType[];

export const sectorsComplete: Exhaustive<Sector, (typeof SECTOR_VALUES)[number]> = true;
export const labelsComplete: Exhaustive<NodeLabel, (typeof NODE_LABEL_VALUES)[number]> = true;
export const relationshipTypesComplete: Exhaustive<
  RelationshipType,
  (typeof RELATIONSHIP_TYPE_VALUES)[number]
> = true;

/** Graph-schema's id pattern (ids in the URL are checked against it). */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}$/;

export function isOneOf<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
}

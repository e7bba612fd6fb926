/**
 * The vocabularies the UI lists (filters, legend, URL state), read from graph-schema. Only the order in which
 * the UI shows labels and relationship types is stated here: the values named come first, the others follow
 * in graph-schema's order, so a value graph-schema adds always appears.
 */
import { NODE_LABEL_NAMES, RELATIONSHIP_TYPE_NAMES, SECTORS, enumValues } from '@nzr/graph-schema';

/** `all` with the values of `first` moved to the front, in that order. */
export function firstThen<T extends string>(all: readonly T[], first: readonly T[]): readonly T[] {
  return [
    ...first.filter((value) => all.includes(value)),
    ...all.filter((value) => !first.includes(value)),
  ];
}

export const SECTOR_VALUES = enumValues(SECTORS);

/** Actors first, then what they form, run and offer; topics, regions and programmes last. */
export const NODE_LABEL_VALUES = firstThen(NODE_LABEL_NAMES, [
  'Institution',
  'Person',
  'Network',
  'Project',
  'Resource',
]);

/** Ties between actors first, then their work; places last. */
export const RELATIONSHIP_TYPE_VALUES = firstThen(RELATIONSHIP_TYPE_NAMES, [
  'COOPERATES_WITH',
  'KNOWS',
  'MEMBER_OF',
  'MEMBER_OF_NETWORK',
  'WORKS_ON',
  'OFFERS',
  'NEEDS',
  'RUNS',
  'FUNDED_BY',
]);

export function isOneOf<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
}

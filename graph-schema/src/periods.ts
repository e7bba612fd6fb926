/**
 * When a relationship is in force. Date properties marked `period: 'begin'` or `period: 'end'` in a
 * relationship type's specs (relationship-types.ts) bound that period; this table says, per type, which
 * property is which, so that every reader (both stores' date filters) takes the names from one place.
 *
 * Meaning: a relationship is in force on day D unless its begin date lies after D or its end date lies before
 * D. Both bounds are inclusive (the first and the last day), and a missing date leaves that side open, so a
 * relationship without dates, or of a type without any, is always in force. Dates are ISO `YYYY-MM-DD`
 * strings, which compare correctly as text.
 */
import type { PropertySpecs } from './properties.js';
import { RELATIONSHIP_TYPES, RELATIONSHIP_TYPE_NAMES } from './relationship-types.js';
import type { RelationshipType } from './relationship-types.js';

export interface RelationshipPeriod {
  /** Property holding the first day in force (e.g. `from`, `since`); null when the type has none. */
  readonly begin: string | null;
  /** Property holding the last day in force (e.g. `until`); null when the type has none. */
  readonly end: string | null;
}

/** The date properties of `properties` marked as this bound (a type declares at most one of each). */
export function periodProperties(properties: PropertySpecs, bound: 'begin' | 'end'): string[] {
  return Object.entries(properties)
    .filter(([, spec]) => spec.type === 'date' && spec.period === bound)
    .map(([key]) => key);
}

function periodOf(properties: PropertySpecs): RelationshipPeriod {
  return {
    begin: periodProperties(properties, 'begin')[0] ?? null,
    end: periodProperties(properties, 'end')[0] ?? null,
  };
}

/** Per relationship type, the properties that bound the period in which a relationship is in force. */
export const RELATIONSHIP_PERIODS = Object.fromEntries(
  RELATIONSHIP_TYPE_NAMES.map((type) => [type, periodOf(RELATIONSHIP_TYPES[type].properties)]),
) as Readonly<Record<RelationshipType, RelationshipPeriod>>;

/** Types with a begin or an end date; relationships of all other types are always in force. */
export const DATED_RELATIONSHIP_TYPES: readonly RelationshipType[] = RELATIONSHIP_TYPE_NAMES.filter(
  (type) => RELATIONSHIP_PERIODS[type].begin !== null || RELATIONSHIP_PERIODS[type].end !== null,
);

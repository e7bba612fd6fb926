/**
 * The date filter of a neighbourhood ("Stand am …") as one WHERE fragment over the relationship variable `r`:
 * the Cypher form of store/shared/active-on.ts, built from graph-schema's RELATIONSHIP_PERIODS so that the
 * property names live in one place. Per distinct (begin, end) pair one guarded conjunct, e.g.
 *
 *   (NOT (r:MEMBER_OF|KNOWS|MEMBER_OF_NETWORK) OR (r.since IS NULL OR toString(r.since) <= $activeOn))
 *
 * Relationship types are tested with a type expression (`r:T`), so that no string literal enters the text.
 * The store writes dates as ISO strings and `$activeOn` is one, so the comparison is string to string exactly
 * as in the embedded store. `toString` keeps that true for a date another tool wrote as a native DATE (read
 * back by records.ts as the same ISO text); for a string it is the identity.
 */
import { DATED_RELATIONSHIP_TYPES, RELATIONSHIP_PERIODS } from '@nzr/graph-schema';
import type { RelationshipType } from '@nzr/graph-schema';
import { relProperty, relType } from './names.js';

function bound(type: RelationshipType, key: string | null, operator: '<=' | '>='): string | null {
  if (key === null) return null;
  const property = `r.${relProperty(type, key)}`;
  return `(${property} IS NULL OR toString(${property}) ${operator} $activeOn)`;
}

/** True when `r` is in force on `$activeOn` (a non-null ISO date). */
export function activeOnClause(): string {
  const groups = new Map<string, RelationshipType[]>();
  for (const type of DATED_RELATIONSHIP_TYPES) {
    const { begin, end } = RELATIONSHIP_PERIODS[type];
    const key = `${begin ?? ''}|${end ?? ''}`;
    groups.set(key, [...(groups.get(key) ?? []), type]);
  }
  const conjuncts = [...groups.values()].map((types) => {
    const first = types[0] as RelationshipType;
    const { begin, end } = RELATIONSHIP_PERIODS[first];
    const bounds = [bound(first, begin, '<='), bound(first, end, '>=')].filter((b) => b !== null);
    const inForce = bounds.length === 1 ? bounds.join('') : `(${bounds.join(' AND ')})`;
    return `(NOT (r:${types.map(relType).join('|')}) OR ${inForce})`;
  });
  return conjuncts.length > 0 ? conjuncts.join('\n  AND ') : 'true';
}

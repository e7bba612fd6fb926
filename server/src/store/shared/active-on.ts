/**
 * The date filter of a neighbourhood ("Stand am …") as a predicate on relationships, for the embedded store.
 * The Neo4j store states the same rule in Cypher (neo4j/cypher/active-on.ts); the contract suite holds the
 * two to one result. Which properties bound a relationship's period comes from graph-schema.
 */
import { RELATIONSHIP_PERIODS } from '@nzr/graph-schema';
import type { GraphRelationship } from '../port.js';

export type RelationshipTest = (rel: GraphRelationship) => boolean;

/**
 * In force on `date` (ISO `YYYY-MM-DD`) unless the begin date is after it or the end date before it; both
 * bounds inclusive, a missing date leaves that side open. ISO dates compare correctly as strings.
 */
export function activeOn(date: string): RelationshipTest {
  return (rel) => {
    const { begin, end } = RELATIONSHIP_PERIODS[rel.type];
    if (begin !== null) {
      const value = rel.properties[begin];
      if (typeof value === 'string' && value > date) return false;
    }
    if (end !== null) {
      const value = rel.properties[end];
      if (typeof value === 'string' && value < date) return false;
    }
    return true;
  };
}

/** Statements for connection checks, schema setup and clearing the database. */
import {
  ACCOUNT_LABEL,
  AUDIT_LABEL,
  CONSENT_DATE_PROPERTY,
  CONSENT_WITHDRAWN_PROPERTY,
  SCHEMA_ITEMS,
} from '@nzr/graph-schema';
import { label, lines, relType } from './names.js';
import { renderSchemaStatements } from './schema-ddl.js';
import type { Statement } from './names.js';
import { NODE_LABEL_NAMES, RELATIONSHIP_TYPE_NAMES } from '@nzr/graph-schema';
import type { NodeLabel, RelationshipType } from '@nzr/graph-schema';

export const PING: Statement = { name: 'ping', cypher: 'RETURN 1 AS ok' };

/** graph-schema's constraints and indexes, one statement each (schema commands run alone). */
export function schemaStatements(): Statement[] {
  const cypher = renderSchemaStatements();
  return SCHEMA_ITEMS.map((item, index) => ({
    name: `schema:${item.name}`,
    cypher: cypher[index] ?? '',
  }));
}

/** Waits until every index is online (or the timeout in seconds passes, which fails). */
export const AWAIT_INDEXES: Statement = {
  name: 'awaitIndexes',
  cypher: 'CALL db.awaitIndexes($timeoutSeconds)',
};

/**
 * Names of the indexes and constraints in place. IF NOT EXISTS is a no-op when an equivalent item exists
 * under another name, so setup checks that the names the store queries by (e.g. the full-text index) exist.
 */
export const SHOW_INDEX_NAMES: Statement = {
  name: 'showIndexNames',
  cypher: 'SHOW INDEXES YIELD name RETURN name',
};
export const SHOW_CONSTRAINT_NAMES: Statement = {
  name: 'showConstraintNames',
  cypher: 'SHOW CONSTRAINTS YIELD name RETURN name',
};

/**
 * Deletes every node, Entity or not, except the system records (accounts and the audit trail; see
 * system-statements.ts CLEAR_SYSTEM), in batches so that a large database does not build one huge
 * transaction. Needs an auto-commit transaction.
 */
export const CLEAR: Statement = {
  name: 'clear',
  cypher: lines(
    'MATCH (n)',
    `WHERE NOT n:${ACCOUNT_LABEL} AND NOT n:${AUDIT_LABEL}`,
    'CALL (n) {',
    '  DETACH DELETE n',
    '} IN TRANSACTIONS OF 10000 ROWS',
  ),
};

/** Counts per label / type; this shape is answered from Neo4j's count store without scanning. */
export function countNodes(name: NodeLabel): Statement {
  return {
    name: `countNodes:${name}`,
    cypher: `MATCH (n:${label(name)}) RETURN count(n) AS count`,
  };
}

/** Persons with valid consent per visibility (one row per stored value), as the visibility clause has it. */
export const COUNT_PERSONS_BY_VISIBILITY: Statement = {
  name: 'countPersonsByVisibility',
  cypher: lines(
    `MATCH (p:${label('Person')})`,
    `WHERE p.${CONSENT_DATE_PROPERTY} IS NOT NULL`,
    `  AND p.${CONSENT_WITHDRAWN_PROPERTY} IS NULL`,
    'RETURN p.visibility AS visibility, count(p) AS count',
  ),
};

export function countRelationships(name: RelationshipType): Statement {
  return {
    name: `countRelationships:${name}`,
    cypher: `MATCH ()-[r:${relType(name)}]->() RETURN count(r) AS count`,
  };
}

export function adminStatements(): Statement[] {
  return [
    PING,
    ...schemaStatements(),
    AWAIT_INDEXES,
    SHOW_INDEX_NAMES,
    SHOW_CONSTRAINT_NAMES,
    CLEAR,
    ...NODE_LABEL_NAMES.map(countNodes),
    ...RELATIONSHIP_TYPE_NAMES.map(countRelationships),
    COUNT_PERSONS_BY_VISIBILITY,
  ];
}

/**
 * Write statements, each batched over `UNWIND $rows AS row`. System properties: id, version (integer, 1 on
 * create, +1 per update), createdAt / updatedAt (ISO text from the $now parameter, computed once per write).
 * Every statement returns counts that the caller compares with the number of rows: a mismatch means the
 * state changed under us and the transaction is rolled back.
 */
import { NODE_LABEL_NAMES, RELATIONSHIP_TYPE_NAMES } from '@nzr/graph-schema';
import type { NodeLabel, RelationshipType } from '@nzr/graph-schema';
import { ENTITY, label, lines, relType } from './names.js';
import type { Statement } from './names.js';

/**
 * Reads version and labels of the nodes a write refers to and takes their write locks (setting and removing a
 * dummy property locks a node until commit): the checks against this state then stay true until commit,
 * and a concurrent writer waits instead of causing a lost update.
 */
export const LOCK_NODES: Statement = {
  name: 'lockNodes',
  cypher: lines(
    'UNWIND $ids AS id',
    `MATCH (n:${ENTITY} {id: id})`,
    'SET n._lock = true',
    'REMOVE n._lock',
    'RETURN n.id AS id, labels(n) AS labels, n.version AS version',
  ),
};

export function lockRelationships(type: RelationshipType): Statement {
  return {
    name: `lockRelationships:${type}`,
    cypher: lines(
      'UNWIND $ids AS id',
      `MATCH (a:${ENTITY})-[r:${relType(type)} {id: id}]->(b:${ENTITY})`,
      'SET r._lock = true',
      'REMOVE r._lock',
      'RETURN r.id AS id, a.id AS from, b.id AS to, r.version AS version',
    ),
  };
}

/**
 * The same reads without locks, for upserts (MERGE locks; concurrent label changes are detected after), plus
 * the stored property names (the audit item of an upsert names the properties it removed).
 */
export const NODE_STATE: Statement = {
  name: 'nodeState',
  cypher: lines(
    'UNWIND $ids AS id',
    `MATCH (n:${ENTITY} {id: id})`,
    'RETURN n.id AS id, labels(n) AS labels, n.version AS version, keys(n) AS keys',
  ),
};

export function relationshipState(type: RelationshipType): Statement {
  return {
    name: `relationshipState:${type}`,
    cypher: lines(
      'UNWIND $ids AS id',
      `MATCH (a:${ENTITY})-[r:${relType(type)} {id: id}]->(b:${ENTITY})`,
      'RETURN r.id AS id, a.id AS from, b.id AS to, r.version AS version, keys(r) AS keys',
    ),
  };
}

export function createNodes(name: NodeLabel): Statement {
  return {
    name: `createNodes:${name}`,
    cypher: lines(
      'UNWIND $rows AS row',
      `CREATE (n:${ENTITY}:${label(name)} {id: row.id})`,
      'SET n += row.props, n.version = 1, n.createdAt = $now, n.updatedAt = $now',
      'RETURN count(n) AS count',
    ),
  };
}

/** `row.props` values of null remove the property; `row.expected` null means no version check. */
export const UPDATE_NODES: Statement = {
  name: 'updateNodes',
  cypher: lines(
    'UNWIND $rows AS row',
    `MATCH (n:${ENTITY} {id: row.id})`,
    'WHERE row.expected IS NULL OR n.version = row.expected',
    'SET n += row.props, n.version = n.version + 1, n.updatedAt = $now',
    'RETURN count(n) AS count',
  ),
};

/** Collects the relationships that DETACH DELETE removes, so that the result can report them. */
export const DELETE_NODES: Statement = {
  name: 'deleteNodes',
  cypher: lines(
    'UNWIND $rows AS row',
    `MATCH (n:${ENTITY} {id: row.id})`,
    'WHERE row.expected IS NULL OR n.version = row.expected',
    'WITH n, n.id AS id, [(n)-[r]-() | {type: type(r), id: r.id}] AS detached',
    'DETACH DELETE n',
    'RETURN id, detached',
  ),
};

export function createRelationships(type: RelationshipType): Statement {
  return {
    name: `createRelationships:${type}`,
    cypher: lines(
      'UNWIND $rows AS row',
      // Endpoints in WHERE rather than in the pattern map: same index seek, and the linter misreads
      // `{id: row.to}` as a property of the node.
      `MATCH (a:${ENTITY}) WHERE a.id = row.from`,
      `MATCH (b:${ENTITY}) WHERE b.id = row.to`,
      `CREATE (a)-[r:${relType(type)} {id: row.id}]->(b)`,
      'SET r += row.props, r.version = 1, r.createdAt = $now, r.updatedAt = $now',
      'RETURN count(r) AS count',
    ),
  };
}

export function updateRelationships(type: RelationshipType): Statement {
  return {
    name: `updateRelationships:${type}`,
    cypher: lines(
      'UNWIND $rows AS row',
      `MATCH (:${ENTITY})-[r:${relType(type)} {id: row.id}]->(:${ENTITY})`,
      'WHERE row.expected IS NULL OR r.version = row.expected',
      'SET r += row.props, r.version = r.version + 1, r.updatedAt = $now',
      'RETURN count(r) AS count',
    ),
  };
}

export function deleteRelationships(type: RelationshipType): Statement {
  return {
    name: `deleteRelationships:${type}`,
    cypher: lines(
      'UNWIND $rows AS row',
      `MATCH (:${ENTITY})-[r:${relType(type)} {id: row.id}]->(:${ENTITY})`,
      'WHERE row.expected IS NULL OR r.version = row.expected',
      'DELETE r',
      'RETURN count(*) AS count',
    ),
  };
}

/**
 * Upsert: MERGE on the Entity id (the constraint makes concurrent MERGEs of one id safe), then replace all
 * properties (`SET n = row.props` also drops the system ones, restored from values read before).
 * `mismatched` counts nodes that exist with another label (created concurrently since the state check).
 */
export function upsertNodes(name: NodeLabel): Statement {
  const l = label(name);
  return {
    name: `upsertNodes:${name}`,
    cypher: lines(
      'UNWIND $rows AS row',
      `MERGE (n:${ENTITY} {id: row.id})`,
      `ON CREATE SET n:${l}, n.version = 0, n.createdAt = $now`,
      'WITH n, row, n.version + 1 AS version, n.createdAt AS createdAt',
      'SET n = row.props',
      'SET n.id = row.id, n.version = version, n.createdAt = createdAt, n.updatedAt = $now',
      'RETURN count(n) AS count,',
      '  sum(CASE WHEN version = 1 THEN 1 ELSE 0 END) AS created,',
      `  sum(CASE WHEN n:${l} THEN 0 ELSE 1 END) AS mismatched`,
    ),
  };
}

export function upsertRelationships(type: RelationshipType): Statement {
  return {
    name: `upsertRelationships:${type}`,
    cypher: lines(
      'UNWIND $rows AS row',
      // Endpoints in WHERE rather than in the pattern map: same index seek, and the linter misreads
      // `{id: row.to}` as a property of the node.
      `MATCH (a:${ENTITY}) WHERE a.id = row.from`,
      `MATCH (b:${ENTITY}) WHERE b.id = row.to`,
      `MERGE (a)-[r:${relType(type)} {id: row.id}]->(b)`,
      'ON CREATE SET r.version = 0, r.createdAt = $now',
      'WITH r, row, r.version + 1 AS version, r.createdAt AS createdAt',
      'SET r = row.props',
      'SET r.id = row.id, r.version = version, r.createdAt = createdAt, r.updatedAt = $now',
      'RETURN count(r) AS count, sum(CASE WHEN version = 1 THEN 1 ELSE 0 END) AS created',
    ),
  };
}

export function writeStatements(): Statement[] {
  return [
    LOCK_NODES,
    ...RELATIONSHIP_TYPE_NAMES.map(lockRelationships),
    NODE_STATE,
    ...RELATIONSHIP_TYPE_NAMES.map(relationshipState),
    ...NODE_LABEL_NAMES.map(createNodes),
    UPDATE_NODES,
    DELETE_NODES,
    ...RELATIONSHIP_TYPE_NAMES.map(createRelationships),
    ...RELATIONSHIP_TYPE_NAMES.map(updateRelationships),
    ...RELATIONSHIP_TYPE_NAMES.map(deleteRelationships),
    ...NODE_LABEL_NAMES.map(upsertNodes),
    ...RELATIONSHIP_TYPE_NAMES.map(upsertRelationships),
  ];
}

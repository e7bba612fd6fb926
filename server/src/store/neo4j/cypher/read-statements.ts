/**
 * Read statements. Nodes are found by id through the Entity id constraint's index (`(n:Entity {id: ...})`);
 * every statement returns whole nodes (`n`) or relationships with their endpoint ids (`r`, `from`, `to`).
 */
import { RELATIONSHIP_TYPE_NAMES } from '@nzr/graph-schema';
import type { RelationshipType } from '@nzr/graph-schema';
import { activeOnClause } from './active-on.js';
import { FILTER_CLAUSE, VISIBILITY_CLAUSE } from './filter.js';
import { ENTITY, label, lines, relType } from './names.js';
import type { Statement } from './names.js';

export const GET_NODES: Statement = {
  name: 'getNodes',
  cypher: lines('UNWIND $ids AS id', `MATCH (n:${ENTITY} {id: id})`, 'RETURN n'),
};

export function getRelationships(type: RelationshipType): Statement {
  return {
    name: `getRelationships:${type}`,
    cypher: lines(
      'UNWIND $ids AS id',
      `MATCH (a:${ENTITY})-[r:${relType(type)} {id: id}]->(b:${ENTITY})`,
      'RETURN r, a.id AS from, b.id AS to',
    ),
  };
}

/** Search without words: every node passing the filter, by name. */
export const SEARCH_ALL: Statement = {
  name: 'searchAll',
  cypher: lines(
    `MATCH (n:${ENTITY})`,
    `WHERE ${FILTER_CLAUSE}`,
    'RETURN n, 0.0 AS score',
    'ORDER BY n.name, n.id',
    'SKIP $offset LIMIT $limit',
  ),
};

/**
 * Search with words: every hit of the full-text index on Entity(name, description), scored $nameScore when the
 * name-only query finds it too (every word in the name) and $textScore otherwise, then the filter. Lucene's
 * own scores are not used: they depend on corpus statistics that count nodes the viewer may not see
 * (shared/search-rank.ts). Each node appears once (max over the two index calls).
 */
export const SEARCH_TEXT: Statement = {
  name: 'searchText',
  cypher: lines(
    'CALL () {',
    '  CALL db.index.fulltext.queryNodes($index, $nameQuery) YIELD node',
    '  RETURN node, $nameScore AS rank',
    '  UNION ALL',
    '  CALL db.index.fulltext.queryNodes($index, $query) YIELD node',
    '  RETURN node, $textScore AS rank',
    '}',
    'WITH node AS n, max(rank) AS score',
    `WHERE ${FILTER_CLAUSE}`,
    'RETURN n, score',
    'ORDER BY score DESC, n.name, n.id',
    'SKIP $offset LIMIT $limit',
  ),
};

/**
 * Radius query. The predicate `point.distance(n.location, <point>) <= <number>` on an Entity node is the form
 * the point index on Entity(location) answers (an index seek on the bounding box, then exact filtering).
 */
export const WITHIN_RADIUS: Statement = {
  name: 'withinRadius',
  cypher: lines(
    `MATCH (n:${ENTITY})`,
    'WHERE point.distance(n.location, point({latitude: $latitude, longitude: $longitude})) <= $meters',
    `  AND ${FILTER_CLAUSE}`,
    'WITH n, point.distance(n.location, point({latitude: $latitude, longitude: $longitude})) AS meters',
    'RETURN n, meters',
    'ORDER BY meters, n.id',
    'LIMIT $limit',
  ),
};

/** Start nodes of a neighbourhood: existing and visible. */
export const NEIGHBOURHOOD_START: Statement = {
  name: 'neighbourhoodStart',
  cypher: lines(
    'UNWIND $ids AS id',
    `MATCH (n:${ENTITY} {id: id})`,
    `WHERE ${VISIBILITY_CLAUSE}`,
    'WITH DISTINCT n',
    'RETURN n',
    'ORDER BY n.id',
    'LIMIT $limit',
  ),
};

// A neighbourhood with a date (`activeOn`) runs its own statements rather than one more `$x IS NULL OR`
// clause: the statements without a date stay exactly as they were, plan included.
const ACTIVE_ON = `  AND ${activeOnClause()}`;

/**
 * One hop: unseen neighbours of the frontier (either direction, allowed types) that pass the filter; with
 * `dated`, only along relationships in force on $activeOn.
 */
function neighbourhoodStep(dated: boolean): Statement {
  return {
    name: dated ? 'neighbourhoodStepActiveOn' : 'neighbourhoodStep',
    cypher: lines(
      'UNWIND $frontier AS frontierId',
      `MATCH (:${ENTITY} {id: frontierId})-[r]-(n:${ENTITY})`,
      'WHERE ($types IS NULL OR type(r) IN $types) AND NOT n.id IN $seen',
      ...(dated ? [ACTIVE_ON] : []),
      'WITH DISTINCT n',
      `WHERE ${FILTER_CLAUSE}`,
      'RETURN n',
      'ORDER BY n.id',
      'LIMIT $limit',
    ),
  };
}
export const NEIGHBOURHOOD_STEP = neighbourhoodStep(false);
export const NEIGHBOURHOOD_STEP_ACTIVE_ON = neighbourhoodStep(true);

/** Relationships of allowed types with both endpoints among the given nodes (with `dated`, in force). */
function relationshipsAmong(dated: boolean): Statement {
  return {
    name: dated ? 'relationshipsAmongActiveOn' : 'relationshipsAmong',
    cypher: lines(
      `MATCH (a:${ENTITY})-[r]->(b:${ENTITY})`,
      // Start at the relationships' start nodes: the ends are often hubs (a Topic or Region has thousands of
      // incoming WORKS_ON / LOCATED_IN), which the planner would otherwise expand (PROFILE: 2.2x the db hits).
      `USING INDEX a:${ENTITY}(id)`,
      'WHERE a.id IN $ids AND b.id IN $ids AND ($types IS NULL OR type(r) IN $types)',
      ...(dated ? [ACTIVE_ON] : []),
      'RETURN r, a.id AS from, b.id AS to',
    ),
  };
}
export const RELATIONSHIPS_AMONG = relationshipsAmong(false);
export const RELATIONSHIPS_AMONG_ACTIVE_ON = relationshipsAmong(true);

const SCOPE_PATTERNS = {
  regionId: `(scope)<-[:${relType('PART_OF')}*0..3]-(:${label('Region')})<-[:${relType('LOCATED_IN')}]-(n:${ENTITY})`,
  topicId: `(scope)<-[:${relType('PART_OF')}*0..2]-(:${label('Topic')})<-[:${relType('WORKS_ON')}]-(n:${ENTITY})`,
  networkId: `(scope)<-[:${relType('MEMBER_OF_NETWORK')}]-(n:${ENTITY})`,
} as const;
const SCOPE_LABELS = { regionId: 'Region', topicId: 'Topic', networkId: 'Network' } as const;
export type ScopeKind = keyof typeof SCOPE_PATTERNS;
export const SCOPE_KINDS = Object.keys(SCOPE_PATTERNS) as ScopeKind[];

/** Core nodes of a subgraph: in the scope, with one of the labels, visible; limit + 1 to detect truncation. */
export function subgraphCore(kind: ScopeKind): Statement {
  return {
    name: `subgraphCore:${kind}`,
    cypher: lines(
      `MATCH (scope:${ENTITY} {id: $scopeId})`,
      `WHERE scope:${label(SCOPE_LABELS[kind])}`,
      `MATCH ${SCOPE_PATTERNS[kind]}`,
      `WHERE any(l IN labels(n) WHERE l IN $labels) AND ${VISIBILITY_CLAUSE}`,
      'WITH DISTINCT n',
      'RETURN n',
      'ORDER BY n.id',
      'LIMIT $limit',
    ),
  };
}

/** Neighbours of the core with an attach label, and the relationships of allowed types that reach them. */
export const SUBGRAPH_ATTACHED: Statement = {
  name: 'subgraphAttached',
  cypher: lines(
    'UNWIND $ids AS coreId',
    `MATCH (:${ENTITY} {id: coreId})-[r]-(n:${ENTITY})`,
    'WHERE ($types IS NULL OR type(r) IN $types)',
    '  AND any(l IN labels(n) WHERE l IN $attachLabels)',
    '  AND NOT n.id IN $ids',
    `  AND ${VISIBILITY_CLAUSE}`,
    'RETURN r, startNode(r).id AS from, endNode(r).id AS to, n',
  ),
};

export function readStatements(): Statement[] {
  return [
    GET_NODES,
    ...RELATIONSHIP_TYPE_NAMES.map(getRelationships),
    SEARCH_ALL,
    SEARCH_TEXT,
    WITHIN_RADIUS,
    NEIGHBOURHOOD_START,
    NEIGHBOURHOOD_STEP,
    NEIGHBOURHOOD_STEP_ACTIVE_ON,
    RELATIONSHIPS_AMONG,
    RELATIONSHIPS_AMONG_ACTIVE_ON,
    ...SCOPE_KINDS.map(subgraphCore),
    SUBGRAPH_ATTACHED,
  ];
}

/** Lookups, search, radius queries and statistics; each runs in one read transaction. */
import { FULLTEXT_INDEX, NODE_LABEL_NAMES, RELATIONSHIP_TYPE_NAMES } from '@nzr/graph-schema';
import { isVisibility, noPersons } from '../shared/person-counts.js';
import type { NodeLabel, RelationshipType } from '@nzr/graph-schema';
import type {
  GraphNode,
  GraphRelationship,
  RadiusHit,
  RadiusQuery,
  RelationshipRef,
  SearchPage,
  SearchQuery,
  StoreStats,
} from '../port.js';
import { decodeCursor, encodeCursor } from '../shared/cursor.js';
import { relationshipKey } from '../shared/change-plan.js';
import { distanceMeters } from '../shared/geo.js';
import {
  COUNT_PERSONS_BY_VISIBILITY,
  countNodes,
  countRelationships,
} from './cypher/admin-statements.js';
import {
  GET_NODES,
  SEARCH_ALL,
  SEARCH_TEXT,
  WITHIN_RADIUS,
  getRelationships,
} from './cypher/read-statements.js';
import type { Tx } from './driver.js';
import { luceneQuery } from './lucene.js';
import { NAME_HIT_SCORE, TEXT_HIT_SCORE } from '../shared/search-rank.js';
import { filterParams, int, isGeoPoint } from './params.js';
import { nodeField, relationshipField, toNumber } from './records.js';

/** Nodes by id, in the order asked (an id asked twice is returned twice); unknown ids left out. */
export async function readNodes(tx: Tx, ids: readonly string[]): Promise<GraphNode[]> {
  if (ids.length === 0) return [];
  const records = await tx.run(GET_NODES, { ids: [...new Set(ids)] });
  const byId = new Map<string, GraphNode>();
  for (const record of records) {
    const node = nodeField(record.get('n'));
    byId.set(node.id, node);
  }
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** Relationships by type and id, one statement per type (the type selects the uniqueness index). */
export async function readRelationships(
  tx: Tx,
  refs: readonly RelationshipRef[],
): Promise<GraphRelationship[]> {
  const idsByType = new Map<RelationshipType, Set<string>>();
  for (const ref of refs) {
    const ids = idsByType.get(ref.type) ?? new Set<string>();
    idsByType.set(ref.type, ids.add(ref.id));
  }
  const found = new Map<string, GraphRelationship>();
  for (const [type, ids] of idsByType) {
    const records = await tx.run(getRelationships(type), { ids: [...ids] });
    for (const record of records) {
      const rel = relationshipField(record.get('r'), record.get('from'), record.get('to'));
      found.set(relationshipKey(rel), rel);
    }
  }
  return refs.flatMap((ref) => found.get(relationshipKey(ref)) ?? []);
}

export async function search(tx: Tx, query: SearchQuery): Promise<SearchPage> {
  const offset = decodeCursor(query.after);
  const lucene = luceneQuery(query.text);
  const nameOnly = luceneQuery(query.text, 'name');
  const params = {
    ...filterParams(query.filter),
    offset: int(offset),
    // One extra row tells whether another page follows.
    limit: int(query.first + 1),
  };
  const records =
    lucene === null
      ? await tx.run(SEARCH_ALL, params)
      : await tx.run(SEARCH_TEXT, {
          ...params,
          index: FULLTEXT_INDEX,
          query: lucene,
          nameQuery: nameOnly,
          nameScore: NAME_HIT_SCORE,
          textScore: TEXT_HIT_SCORE,
        });
  const hits = records.slice(0, query.first).map((record) => ({
    node: nodeField(record.get('n')),
    score: toNumber(record.get('score'), 'score'),
  }));
  const hasNextPage = records.length > query.first;
  return {
    hits,
    hasNextPage,
    endCursor: hits.length > 0 ? encodeCursor(offset + hits.length) : null,
  };
}

/**
 * Java's and JavaScript's sin/cos differ in the last bits, so Neo4j's point.distance and shared/geo.ts can
 * disagree by about 1e-10 m. The circle is therefore searched a millimetre wider and with a few more hits, and
 * every distance, the exact cut and the order come from shared/geo.ts, as in the embedded store.
 */
const RADIUS_SLACK_M = 0.001;
const LIMIT_SLACK = 8;

export async function withinRadius(tx: Tx, query: RadiusQuery): Promise<RadiusHit[]> {
  const records = await tx.run(WITHIN_RADIUS, {
    ...filterParams(query.filter),
    latitude: query.center.latitude,
    longitude: query.center.longitude,
    meters: query.radiusKm * 1000 + RADIUS_SLACK_M,
    limit: int(query.limit + LIMIT_SLACK),
  });
  const hits: RadiusHit[] = [];
  for (const record of records) {
    const node = nodeField(record.get('n'));
    const location = node.properties['location'];
    if (!isGeoPoint(location)) continue;
    const distanceKm = distanceMeters(query.center, location) / 1000;
    if (distanceKm <= query.radiusKm) hits.push({ node, distanceKm });
  }
  hits.sort((a, b) => a.distanceKm - b.distanceKm || (a.node.id < b.node.id ? -1 : 1));
  return hits.slice(0, query.limit);
}

async function count(tx: Tx, statement: Parameters<Tx['run']>[0]): Promise<number> {
  const [record] = await tx.run(statement);
  return record ? toNumber(record.get('count'), 'count') : 0;
}

export async function stats(tx: Tx): Promise<StoreStats> {
  const nodes = {} as Record<NodeLabel, number>;
  for (const name of NODE_LABEL_NAMES) nodes[name] = await count(tx, countNodes(name));
  const relationships = {} as Record<RelationshipType, number>;
  for (const name of RELATIONSHIP_TYPE_NAMES) {
    relationships[name] = await count(tx, countRelationships(name));
  }
  const personsByVisibility = noPersons();
  for (const record of await tx.run(COUNT_PERSONS_BY_VISIBILITY)) {
    const visibility: unknown = record.get('visibility');
    if (isVisibility(visibility))
      personsByVisibility[visibility] = toNumber(record.get('count'), 'count');
  }
  return { nodes, relationships, personsByVisibility };
}

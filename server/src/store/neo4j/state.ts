/**
 * Reads, inside a write transaction, the existing state that shared/change-plan.ts checks writes against:
 * label and version of referenced nodes, endpoints and version of referenced relationships.
 */
import type { RelationshipType } from '@nzr/graph-schema';
import type { RelationshipRef } from '../port.js';
import { relationshipKey } from '../shared/change-plan.js';
import type { ExistingNode, ExistingRelationship, ExistingState } from '../shared/change-plan.js';
import {
  LOCK_NODES,
  NODE_STATE,
  lockRelationships,
  relationshipState,
} from './cypher/write-statements.js';
import type { Tx } from './driver.js';
import { SYSTEM_PROPERTIES } from '@nzr/graph-schema';
import type { Record as Neo4jRecord } from 'neo4j-driver';
import { nodeLabelOf, toNumber } from './records.js';

const NOT_PROPERTIES = new Set<string>(SYSTEM_PROPERTIES);

/** Stored property names, when the statement returned them (NODE_STATE, relationshipState). */
function propertyNamesOf(record: Neo4jRecord): { propertyNames?: string[] } {
  if (!record.has('keys')) return {};
  const keys = record.get('keys') as string[];
  return { propertyNames: keys.filter((key) => !NOT_PROPERTIES.has(key)) };
}

const CHUNK = 5000;

/** Splits a list so that no statement carries an unbounded parameter list. */
export function chunks<T>(list: readonly T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

/**
 * `lock` takes the write locks of everything read (applyChanges: the checks must hold until commit);
 * upserts read without locks and rely on MERGE and the uniqueness constraints.
 */
export async function readState(
  tx: Tx,
  nodeIds: readonly string[],
  refs: readonly RelationshipRef[],
  lock: boolean,
): Promise<ExistingState> {
  const nodes = new Map<string, ExistingNode>();
  // Sorted ids: transactions lock in the same order, which avoids most deadlocks.
  for (const ids of chunks([...new Set(nodeIds)].sort())) {
    for (const record of await tx.run(lock ? LOCK_NODES : NODE_STATE, { ids })) {
      const id = String(record.get('id'));
      const labels = record.get('labels') as string[];
      nodes.set(id, {
        label: nodeLabelOf(labels, `node ${id}`),
        version: toNumber(record.get('version'), `node ${id} version`),
        ...propertyNamesOf(record),
      });
    }
  }
  const relationships = new Map<string, ExistingRelationship>();
  const idsByType = new Map<RelationshipType, Set<string>>();
  for (const ref of refs)
    idsByType.set(ref.type, (idsByType.get(ref.type) ?? new Set()).add(ref.id));
  for (const [type, idSet] of idsByType) {
    const statement = lock ? lockRelationships(type) : relationshipState(type);
    for (const ids of chunks([...idSet].sort())) {
      for (const record of await tx.run(statement, { ids })) {
        const id = String(record.get('id'));
        relationships.set(relationshipKey({ type, id }), {
          type,
          from: String(record.get('from')),
          to: String(record.get('to')),
          version: toNumber(record.get('version'), `${type} ${id} version`),
          ...propertyNamesOf(record),
        });
      }
    }
  }
  return { nodes, relationships };
}

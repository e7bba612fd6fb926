/**
 * applyChanges: static checks, then in ONE write transaction: lock and read the referenced state, simulate
 * the changes against it (shared/change-plan.ts, so both stores accept and reject the same writes), run them
 * as batched statements, and read the result back. Any error rolls the whole transaction back.
 */
import type { NodeLabel } from '@nzr/graph-schema';
import { StoreError } from '../errors.js';
import type { AuditInput, Change, ChangeResult, RelationshipRef } from '../port.js';
import { changeAuditItems } from '../shared/audit.js';
import { checkChangesAgainstState, referencesOf, relationshipKey } from '../shared/change-plan.js';
import type { Statement } from './cypher/names.js';
import {
  DELETE_NODES,
  UPDATE_NODES,
  createNodes,
  createRelationships,
  deleteRelationships,
  updateRelationships,
} from './cypher/write-statements.js';
import type { Tx } from './driver.js';
import { completePropertyParams, int, propertyParams } from './params.js';
import type { ParamValue } from './params.js';
import { readNodes, readRelationships } from './reads.js';
import { readState } from './state.js';
import { writeAudit } from './system.js';

interface Batch {
  readonly statement: Statement;
  readonly rows: { [key: string]: ParamValue }[];
  readonly keys: Set<string>;
}

function statementFor(change: Change): Statement {
  switch (change.op) {
    case 'createNode':
      return createNodes(change.label);
    case 'updateNode':
      return UPDATE_NODES;
    case 'deleteNode':
      return DELETE_NODES;
    case 'createRelationship':
      return createRelationships(change.type);
    case 'updateRelationship':
      return updateRelationships(change.type);
    case 'deleteRelationship':
      return deleteRelationships(change.type);
  }
}

function rowFor(
  change: Change,
  labels: ReadonlyMap<string, NodeLabel>,
): { [key: string]: ParamValue } {
  const expected = 'expectedVersion' in change && change.expectedVersion !== undefined;
  const version = expected ? int(change.expectedVersion as number) : null;
  switch (change.op) {
    case 'createNode':
      return { id: change.id, props: completePropertyParams(change.label, change.properties) };
    case 'updateNode': {
      // The label is known: checkChangesAgainstState has already required the node to exist.
      const label = labels.get(change.id) as NodeLabel;
      return { id: change.id, props: propertyParams(label, change.properties), expected: version };
    }
    case 'deleteNode':
    case 'deleteRelationship':
      return { id: change.id, expected: version };
    case 'createRelationship':
      return {
        id: change.id,
        from: change.from,
        to: change.to,
        props: completePropertyParams(change.type, change.properties),
      };
    case 'updateRelationship':
      return {
        id: change.id,
        props: propertyParams(change.type, change.properties),
        expected: version,
      };
  }
}

const keyOf = (change: Change): string =>
  'type' in change ? relationshipKey(change) : `node:${change.id}`;

/**
 * Consecutive changes with the same statement form one UNWIND batch; a batch never holds one id twice,
 * because a planner may read all rows before writing any (Eager), which would break the second version check.
 */
function batchesOf(changes: readonly Change[], labels: Map<string, NodeLabel>): Batch[] {
  const batches: Batch[] = [];
  for (const change of changes) {
    const statement = statementFor(change);
    const key = keyOf(change);
    const last = batches.at(-1);
    if (
      last &&
      last.statement.name === statement.name &&
      !last.keys.has(key) &&
      last.rows.length < 5000
    ) {
      last.rows.push(rowFor(change, labels));
      last.keys.add(key);
    } else {
      batches.push({ statement, rows: [rowFor(change, labels)], keys: new Set([key]) });
    }
    if (change.op === 'createNode') labels.set(change.id, change.label);
  }
  return batches;
}

function concurrentChange(): StoreError {
  return new StoreError('CONFLICT', 'the data changed during the write; reload and try again');
}

async function runBatch(
  tx: Tx,
  batch: Batch,
  now: string,
  detached: Map<string, string>,
  cascaded: Map<string, RelationshipRef[]>,
): Promise<void> {
  const records = await tx.run(batch.statement, { rows: batch.rows, now });
  if (batch.statement === DELETE_NODES) {
    if (records.length !== batch.rows.length) throw concurrentChange();
    for (const record of records) {
      const nodeId = String(record.get('id'));
      const removed = cascaded.get(nodeId) ?? [];
      for (const rel of record.get('detached') as RelationshipRef[]) {
        detached.set(relationshipKey(rel), rel.id);
        removed.push({ type: rel.type, id: rel.id });
      }
      cascaded.set(nodeId, removed);
    }
    return;
  }
  const count = Number(records[0]?.get('count') ?? 0);
  if (count !== batch.rows.length) throw concurrentChange();
  if (batch.statement.name.startsWith('deleteRelationships:')) {
    // keys are type:id in row order.
    [...batch.keys].forEach((key, index) => detached.set(key, String(batch.rows[index]?.id)));
  }
}

export async function applyChanges(
  tx: Tx,
  changes: readonly Change[],
  audit?: AuditInput,
): Promise<ChangeResult> {
  const { nodeIds, relationships: refs } = referencesOf(changes);
  const state = await readState(tx, nodeIds, refs, true);
  checkChangesAgainstState(changes, state);

  const labels = new Map<string, NodeLabel>([...state.nodes].map(([id, node]) => [id, node.label]));
  const now = new Date().toISOString();
  // Relationships removed by DETACH DELETE and by deleteRelationship, keyed by type:id, in order.
  const deletedRels = new Map<string, string>();
  // Per deleted node id, the relationships DETACH DELETE removed with it (audit items).
  const cascaded = new Map<string, RelationshipRef[]>();
  for (const batch of batchesOf(changes, labels)) {
    await runBatch(tx, batch, now, deletedRels, cascaded);
  }
  await writeAudit(tx, audit, now, audit ? changeAuditItems(changes, state, cascaded) : []);

  // Like the embedded store: everything touched that still exists, in first-touch order; deletions only
  // when the node or relationship is gone at the end (a delete followed by a re-create is not one).
  const touchedNodes = new Set<string>();
  const deleteNodeIds = new Set<string>();
  const touchedRels = new Map<string, RelationshipRef>();
  for (const change of changes) {
    if (change.op === 'deleteNode') deleteNodeIds.add(change.id);
    if (change.op === 'createNode' || change.op === 'updateNode' || change.op === 'deleteNode') {
      touchedNodes.add(change.id);
    } else touchedRels.set(relationshipKey(change), { type: change.type, id: change.id });
  }
  const nodes = await readNodes(tx, [...touchedNodes]);
  const relationships = await readRelationships(tx, [...touchedRels.values()]);
  const existingNodes = new Set(nodes.map((node) => node.id));
  const existingRels = new Set(relationships.map(relationshipKey));
  const gone = [...deletedRels.keys()].filter((key) => !existingRels.has(key));
  return {
    nodes,
    relationships,
    deletedNodeIds: [...deleteNodeIds].filter((id) => !existingNodes.has(id)),
    deletedRelationshipIds: gone.map((key) => deletedRels.get(key) ?? ''),
  };
}

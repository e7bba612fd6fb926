/**
 * Turns applyChanges and upsert calls into primitive ops (graph-state.ts) after running the shared checks of
 * shared/change-plan.ts, so that both stores accept and reject exactly the same writes. Planning never touches
 * the state: the store journals the ops first and applies them only once they are durable (all or nothing).
 */
import type { GeoPoint, PropertySpecs } from '@nzr/graph-schema';
import type {
  AuditInput,
  Change,
  ChangeResult,
  GraphNode,
  GraphRelationship,
  Properties,
  PropertyValue,
  RelationshipRef,
  UpsertBatch,
  UpsertResult,
} from '../port.js';
import {
  checkChangesAgainstState,
  checkChangesStatically,
  checkUpsertAgainstState,
  checkUpsertStatically,
  referencesOf,
  relationshipKey,
} from '../shared/change-plan.js';
import type { ExistingNode, ExistingRelationship, ExistingState } from '../shared/change-plan.js';
import {
  inSchemaOrder,
  nodePropertySpecs,
  relationshipPropertySpecs,
} from '../shared/property-order.js';
import {
  auditEntry,
  changeAuditItems,
  checkAuditInput,
  upsertAuditItems,
} from '../shared/audit.js';
import type { GraphState, Op } from './graph-state.js';
import { TxOverlay } from './tx-overlay.js';

function existingState(
  state: GraphState,
  nodeIds: Iterable<string>,
  refs: Iterable<RelationshipRef>,
): ExistingState {
  const nodes = new Map<string, ExistingNode>();
  for (const id of nodeIds) {
    const node = state.nodes.get(id);
    if (node) nodes.set(id, { ...node, propertyNames: Object.keys(node.properties) });
  }
  const relationships = new Map<string, ExistingRelationship>();
  for (const ref of refs) {
    const key = relationshipKey(ref);
    const rel = state.relationships.get(key);
    if (rel) relationships.set(key, { ...rel, propertyNames: Object.keys(rel.properties) });
  }
  return { nodes, relationships };
}

/**
 * A clean copy of input properties: null/undefined dropped (validation lets them pass for optional ones), in
 * graph-schema's order (shared/property-order.ts).
 */
function cleanProperties(
  specs: PropertySpecs,
  base: Properties,
  input: Readonly<Record<string, PropertyValue | null | undefined>>,
): Properties {
  const result = new Map(Object.entries(base));
  for (const [key, value] of Object.entries(input)) {
    if (value === null || value === undefined) result.delete(key);
    else if (Array.isArray(value)) result.set(key, [...value]);
    else if (typeof value === 'object') {
      const point: GeoPoint = { latitude: value.latitude, longitude: value.longitude };
      result.set(key, point);
    } else result.set(key, value);
  }
  return inSchemaOrder(specs, Object.fromEntries(result));
}

export function planChanges(
  state: GraphState,
  changes: readonly Change[],
  now: string,
  audit?: AuditInput,
): { ops: Op[]; result: ChangeResult } {
  checkChangesStatically(changes);
  checkAuditInput(audit);
  const refs = referencesOf(changes);
  const existing = existingState(state, refs.nodeIds, refs.relationships);
  checkChangesAgainstState(changes, existing);
  const tx = new TxOverlay(state);
  for (const change of changes) {
    switch (change.op) {
      case 'createNode':
        tx.putNode({
          id: change.id,
          label: change.label,
          version: 1,
          createdAt: now,
          updatedAt: now,
          properties: cleanProperties(nodePropertySpecs(change.label), {}, change.properties),
        });
        break;
      case 'updateNode': {
        const node = tx.node(change.id);
        if (!node) throw new Error(`planChanges: ${change.id} vanished after the checks`);
        const properties = cleanProperties(
          nodePropertySpecs(node.label),
          node.properties,
          change.properties,
        );
        tx.putNode({ ...node, version: node.version + 1, updatedAt: now, properties });
        break;
      }
      case 'deleteNode':
        tx.deleteNode(change.id);
        break;
      case 'createRelationship':
        tx.putRelationship({
          id: change.id,
          type: change.type,
          from: change.from,
          to: change.to,
          version: 1,
          createdAt: now,
          updatedAt: now,
          properties: cleanProperties(
            relationshipPropertySpecs(change.type),
            {},
            change.properties,
          ),
        });
        break;
      case 'updateRelationship': {
        const rel = tx.relationship(relationshipKey(change));
        if (!rel) throw new Error(`planChanges: ${change.id} vanished after the checks`);
        const properties = cleanProperties(
          relationshipPropertySpecs(rel.type),
          rel.properties,
          change.properties,
        );
        tx.putRelationship({ ...rel, version: rel.version + 1, updatedAt: now, properties });
        break;
      }
      case 'deleteRelationship':
        tx.deleteRelationship(relationshipKey(change));
        break;
    }
  }
  const ops = tx.ops();
  if (audit) {
    const items = changeAuditItems(changes, existing, tx.cascaded);
    ops.push({ op: 'audit', entry: auditEntry(audit, now, items) });
  }
  return { ops, result: tx.result(changes) };
}

export function planUpsert(
  state: GraphState,
  batch: UpsertBatch,
  now: string,
  audit?: AuditInput,
): { ops: Op[]; result: UpsertResult } {
  checkUpsertStatically(batch);
  checkAuditInput(audit);
  const nodeIds = new Set(batch.nodes.map((node) => node.id));
  for (const rel of batch.relationships) nodeIds.add(rel.from).add(rel.to);
  const existing = existingState(state, nodeIds, batch.relationships);
  checkUpsertAgainstState(batch, existing);
  const ops: Op[] = [];
  const result = {
    nodesCreated: 0,
    nodesUpdated: 0,
    relationshipsCreated: 0,
    relationshipsUpdated: 0,
  };
  for (const input of batch.nodes) {
    const before = state.nodes.get(input.id);
    const node: GraphNode = {
      id: input.id,
      label: input.label,
      version: before ? before.version + 1 : 1,
      createdAt: before?.createdAt ?? now,
      updatedAt: now,
      properties: cleanProperties(nodePropertySpecs(input.label), {}, input.properties),
    };
    ops.push({ op: 'putNode', node });
    if (before) result.nodesUpdated++;
    else result.nodesCreated++;
  }
  for (const input of batch.relationships) {
    const before = state.relationships.get(relationshipKey(input));
    const rel: GraphRelationship = {
      id: input.id,
      type: input.type,
      from: input.from,
      to: input.to,
      version: before ? before.version + 1 : 1,
      createdAt: before?.createdAt ?? now,
      updatedAt: now,
      properties: cleanProperties(relationshipPropertySpecs(input.type), {}, input.properties),
    };
    ops.push({ op: 'putRel', rel });
    if (before) result.relationshipsUpdated++;
    else result.relationshipsCreated++;
  }
  if (audit) {
    ops.push({ op: 'audit', entry: auditEntry(audit, now, upsertAuditItems(batch, existing)) });
  }
  return { ops, result };
}

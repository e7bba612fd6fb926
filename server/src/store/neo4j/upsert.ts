/**
 * upsert: create or replace nodes and relationships by id in ONE write transaction (imports, the seed).
 * Nodes first (so that relationships can reach nodes of the same batch), grouped per label and type into
 * UNWIND statements of at most CHUNK rows.
 */
import type { NodeLabel, RelationshipType } from '@nzr/graph-schema';
import { StoreError } from '../errors.js';
import type { AuditInput, UpsertBatch, UpsertResult } from '../port.js';
import { upsertAuditItems } from '../shared/audit.js';
import { checkUpsertAgainstState } from '../shared/change-plan.js';
import { relationshipKey } from '../shared/change-plan.js';
import {
  createNodes,
  createRelationships,
  upsertNodes,
  upsertRelationships,
} from './cypher/write-statements.js';
import type { Tx } from './driver.js';
import { completePropertyParams } from './params.js';
import type { ParamValue } from './params.js';
import { chunks, readState } from './state.js';
import { writeAudit } from './system.js';

type Row = { [key: string]: ParamValue };

function groupBy<K, T>(items: readonly T[], keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

export async function upsert(
  tx: Tx,
  batch: UpsertBatch,
  audit?: AuditInput,
): Promise<UpsertResult> {
  const endpointIds = batch.relationships.flatMap((rel) => [rel.from, rel.to]);
  const state = await readState(
    tx,
    [...batch.nodes.map((node) => node.id), ...endpointIds],
    batch.relationships.map((rel) => ({ type: rel.type, id: rel.id })),
    false,
  );
  checkUpsertAgainstState(batch, state);

  const now = new Date().toISOString();
  const result = {
    nodesCreated: 0,
    nodesUpdated: 0,
    relationshipsCreated: 0,
    relationshipsUpdated: 0,
  };

  // New items (absent from the state just read) are CREATEd: several times faster than MERGE, which must
  // lock and look up each row. Were one created concurrently, the uniqueness constraint fails the CREATE.
  const isNew = (node: { id: string }): boolean => !state.nodes.has(node.id);
  for (const [label, nodes] of groupBy(batch.nodes, (node): NodeLabel => node.label)) {
    for (const part of chunks(nodes.filter(isNew))) {
      const rows: Row[] = part.map((node) => ({
        id: node.id,
        props: completePropertyParams(label, node.properties),
      }));
      const [record] = await tx.run(createNodes(label), { rows, now });
      result.nodesCreated += Number(record?.get('count') ?? 0);
    }
    for (const part of chunks(nodes.filter((node) => !isNew(node)))) {
      const rows: Row[] = part.map((node) => ({
        id: node.id,
        props: completePropertyParams(label, node.properties),
      }));
      const [record] = await tx.run(upsertNodes(label), { rows, now });
      const count = Number(record?.get('count') ?? 0);
      const created = Number(record?.get('created') ?? 0);
      if (count !== rows.length || Number(record?.get('mismatched') ?? 0) > 0) {
        throw new StoreError(
          'CONFLICT',
          `${label} nodes were changed during the upsert; try again`,
        );
      }
      result.nodesCreated += created;
      result.nodesUpdated += count - created;
    }
  }

  for (const [type, rels] of groupBy(batch.relationships, (rel): RelationshipType => rel.type)) {
    const isNewRel = (rel: { id: string }): boolean =>
      !state.relationships.has(relationshipKey({ type, id: rel.id }));
    for (const [statement, part] of [
      ...chunks(rels.filter(isNewRel)).map((part) => [createRelationships(type), part] as const),
      ...chunks(rels.filter((rel) => !isNewRel(rel))).map(
        (part) => [upsertRelationships(type), part] as const,
      ),
    ]) {
      const rows: Row[] = part.map((rel) => ({
        id: rel.id,
        from: rel.from,
        to: rel.to,
        props: completePropertyParams(type, rel.properties),
      }));
      const [record] = await tx.run(statement, { rows, now });
      const count = Number(record?.get('count') ?? 0);
      // createRelationships reports no `created`: every row it writes is new.
      const created = record?.has('created') ? Number(record.get('created')) : count;
      // Fewer rows than sent: an endpoint vanished since the state check (deleted concurrently).
      if (count !== rows.length) {
        throw new StoreError(
          'NOT_FOUND',
          `an endpoint of a ${type} relationship was deleted during the upsert`,
        );
      }
      result.relationshipsCreated += created;
      result.relationshipsUpdated += count - created;
    }
  }
  await writeAudit(tx, audit, now, audit ? upsertAuditItems(batch, state) : []);
  return result;
}

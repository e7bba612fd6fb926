/**
 * The graph changes an approved proposal writes, in one batch with the decision: a new entry with its region,
 * topic and resource ties, or a change of an existing entry (its properties with the version read just
 * before, its region replaced by the proposed one, proposed topics, offers and needs added).
 */
import { randomBytes } from 'node:crypto';
import { NODE_LABELS } from '@nzr/graph-schema';
import type { ProposalPayload, ProposedResource } from '@nzr/graph-schema';
import { LIMITS } from '../../store/port.js';
import type { Change, GraphNode, GraphStore, Properties } from '../../store/port.js';

const newId = (prefix: string): string => `${prefix}-${randomBytes(8).toString('hex')}`;
const relId = (): string => newId('rel');

function resourceChanges(
  entryId: string,
  payload: ProposalPayload,
  region: GraphNode | null,
): Change[] {
  const changes: Change[] = [];
  const add = (list: readonly ProposedResource[], type: 'OFFERS' | 'NEEDS'): void => {
    for (const resource of list) {
      const id = newId(NODE_LABELS.Resource.idPrefix);
      const properties: Properties = { name: resource.name.trim(), kind: resource.kind };
      const location = region?.properties.location;
      if (location !== undefined) properties.location = location;
      changes.push({ op: 'createNode', label: 'Resource', id, properties });
      changes.push({
        op: 'createRelationship',
        type,
        id: relId(),
        from: entryId,
        to: id,
        properties: {},
      });
      if (region) {
        changes.push({
          op: 'createRelationship',
          type: 'LOCATED_IN',
          id: relId(),
          from: id,
          to: region.id,
          properties: {},
        });
      }
    }
  };
  add(payload.offers, 'OFFERS');
  add(payload.needs, 'NEEDS');
  return changes;
}

const tie = (type: 'LOCATED_IN' | 'WORKS_ON', from: string, to: string): Change => ({
  op: 'createRelationship',
  type,
  id: relId(),
  from,
  to,
  properties: {},
});

/** A new entry: without coordinates it takes its municipality's, so it appears on the map. */
export function newEntryChanges(payload: ProposalPayload, region: GraphNode | null): Change[] {
  const id = newId(NODE_LABELS[payload.label].idPrefix);
  const properties = { ...payload.properties } as Properties;
  const regionPoint = region?.properties.location;
  if (properties.location === undefined && regionPoint !== undefined) {
    properties.location = regionPoint;
  }
  return [
    { op: 'createNode', label: payload.label, id, properties },
    ...(region ? [tie('LOCATED_IN', id, region.id)] : []),
    ...payload.topicIds.map((topicId) => tie('WORKS_ON', id, topicId)),
    ...resourceChanges(id, payload, region),
  ];
}

/** A change of `target`: CONFLICT at write time if the entry changed after this read. */
export async function changeEntryChanges(
  store: GraphStore,
  target: GraphNode,
  payload: ProposalPayload,
  region: GraphNode | null,
): Promise<Change[]> {
  const around = await store.neighbourhood({
    ids: [target.id],
    depth: 1,
    relationshipTypes: ['LOCATED_IN', 'WORKS_ON'],
    limit: LIMITS.MAX_LIMIT,
  });
  const own = around.relationships.filter((rel) => rel.from === target.id);
  const changes: Change[] = [];
  if (Object.keys(payload.properties).length > 0) {
    changes.push({
      op: 'updateNode',
      id: target.id,
      properties: { ...payload.properties },
      expectedVersion: target.version,
    });
  }
  const located = own.filter((rel) => rel.type === 'LOCATED_IN');
  if (region && !located.some((rel) => rel.to === region.id)) {
    for (const rel of located)
      changes.push({ op: 'deleteRelationship', type: rel.type, id: rel.id });
    changes.push(tie('LOCATED_IN', target.id, region.id));
  }
  // Topics are added, never removed: a form without the entry's topics must not erase them.
  const present = new Set(own.filter((rel) => rel.type === 'WORKS_ON').map((rel) => rel.to));
  for (const topicId of new Set(payload.topicIds)) {
    if (!present.has(topicId)) changes.push(tie('WORKS_ON', target.id, topicId));
  }
  return [...changes, ...resourceChanges(target.id, payload, region)];
}

/** Ids of the nodes and relationships a batch creates (recorded on the proposal). */
export function createdIds(changes: readonly Change[]): string[] {
  return changes
    .filter((change) => change.op === 'createNode' || change.op === 'createRelationship')
    .map((change) => change.id);
}

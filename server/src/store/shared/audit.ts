/**
 * The audit trail, shared by both stores: checks of audit input and list queries, time-sortable entry ids, and
 * the items that describe a write. Items name operations, kinds, ids and property NAMES, never values, so that
 * erasing a person leaves no personal data in the trail.
 */
import { randomUUID } from 'node:crypto';
import { checkValue, validateId } from '@nzr/graph-schema';
import type { ValidationIssue } from '@nzr/graph-schema';
import { validationError } from '../errors.js';
import { LIMITS } from '../port.js';
import type {
  AuditEntry,
  AuditInput,
  AuditItem,
  AuditQuery,
  Change,
  PropertyValue,
  RelationshipRef,
  UpsertBatch,
} from '../port.js';
import type { ExistingState } from './change-plan.js';
import { relationshipKey } from './change-plan.js';
import { decodeKeyCursor } from './keyset-cursor.js';

export const AUDIT_ACTION = /^[A-Za-z][A-Za-z0-9_.:-]{0,99}$/;
export const AUDIT_NOTE_MAX_LENGTH = 1000;

/** VALIDATION unless actorId is null or a valid id, action a short machine name and note short text. */
export function checkAuditInput(audit: AuditInput | undefined): void {
  if (audit === undefined) return;
  if (typeof audit !== 'object' || audit === null) {
    throw validationError([{ path: 'audit', message: 'must be an object' }]);
  }
  const issues: ValidationIssue[] = [];
  if (audit.actorId !== null) issues.push(...validateId(audit.actorId, 'audit.actorId'));
  if (typeof audit.action !== 'string' || !AUDIT_ACTION.test(audit.action)) {
    issues.push({
      path: 'audit.action',
      message: 'must be 1-100 characters: letters, digits and _ . : - (starting with a letter)',
    });
  }
  if (audit.note !== undefined) {
    const spec = { type: 'string', maxLength: AUDIT_NOTE_MAX_LENGTH, description: 'note' } as const;
    const problem = checkValue(spec, audit.note);
    if (problem) issues.push({ path: 'audit.note', message: problem });
  }
  if (issues.length > 0) throw validationError(issues);
}

let lastMillis = 0;
let counter = 0;

/**
 * A new entry id, `aud-<time><counter><random>`: fixed-width base-36 parts, so ids sort by creation time and,
 * within one process, strictly increase even when the clock stands still or steps back.
 */
export function newAuditId(at: string): string {
  const millis = Date.parse(at);
  if (millis > lastMillis) {
    lastMillis = millis;
    counter = 0;
  } else counter++;
  const random = randomUUID().replaceAll('-', '').slice(0, 10);
  return `aud-${lastMillis.toString(36).padStart(9, '0')}${counter.toString(36).padStart(4, '0')}${random}`;
}

/** A new entry for `audit`, committed at `at`; entityIds lists the items' ids, each once, in item order. */
export function auditEntry(audit: AuditInput, at: string, items: AuditItem[]): AuditEntry {
  return {
    id: newAuditId(at),
    at,
    actorId: audit.actorId,
    action: audit.action,
    note: audit.note ?? null,
    items,
    entityIds: [...new Set(items.map((item) => item.id))],
  };
}

/** Newest first: by `at` descending, then id descending. Negative when `a` comes first. */
export function compareAuditEntries(
  a: Pick<AuditEntry, 'at' | 'id'>,
  b: Pick<AuditEntry, 'at' | 'id'>,
): number {
  if (a.at !== b.at) return a.at > b.at ? -1 : 1;
  return a.id === b.id ? 0 : a.id > b.id ? -1 : 1;
}

/** Checks a list query; returns the position (at, id) after which the page starts, if any. */
export function checkAuditQuery(query: AuditQuery): { at: string; id: string } | undefined {
  const issues: ValidationIssue[] = [];
  const first = query?.first;
  if (
    typeof first !== 'number' ||
    !Number.isInteger(first) ||
    first < 1 ||
    first > LIMITS.MAX_PAGE_SIZE
  ) {
    issues.push({ path: 'first', message: `must be an integer from 1 to ${LIMITS.MAX_PAGE_SIZE}` });
  }
  if (query?.after !== undefined && typeof query.after !== 'string') {
    issues.push({ path: 'after', message: 'must be a cursor string' });
  }
  if (query?.entityId !== undefined) issues.push(...validateId(query.entityId, 'entityId'));
  if (query?.actorId !== undefined) issues.push(...validateId(query.actorId, 'actorId'));
  if (issues.length > 0) throw validationError(issues);
  if (query.after === undefined) return undefined;
  const [at = '', id = ''] = decodeKeyCursor(query.after, 2);
  return { at, id };
}

interface Draft {
  op: 'create' | 'update' | 'delete';
  readonly kind: string;
  readonly id: string;
  properties: Set<string>;
}

function names(
  properties: Readonly<Record<string, PropertyValue | null | undefined>>,
  withNull: boolean,
): string[] {
  return Object.entries(properties)
    .filter(([, value]) => value !== undefined && (withNull || value !== null))
    .map(([key]) => key);
}

class ItemDrafts {
  private readonly drafts = new Map<string, Draft>();

  touch(key: string, op: Draft['op'], kind: string, id: string, properties: string[]): void {
    const draft = this.drafts.get(key);
    if (!draft || op === 'create') {
      // A re-create after a delete in the same write is a create with the new properties.
      this.drafts.delete(key);
      this.drafts.set(key, { op, kind, id, properties: new Set(properties) });
    } else if (op === 'delete') {
      draft.op = 'delete';
      draft.properties.clear();
    } else for (const name of properties) draft.properties.add(name);
  }

  items(): AuditItem[] {
    return [...this.drafts.values()].map((draft) => ({
      op: draft.op,
      kind: draft.kind,
      id: draft.id,
      properties: [...draft.properties],
    }));
  }
}

/**
 * One item per node and relationship an applyChanges call touched, in first-touch order. `existing` is the state
 * the store checked the changes against (it knows the labels of updated and deleted nodes); `cascaded` lists,
 * per deleted node id, the relationships its deletion removed (they appear as delete items).
 */
export function changeAuditItems(
  changes: readonly Change[],
  existing: ExistingState,
  cascaded: ReadonlyMap<string, readonly RelationshipRef[]>,
): AuditItem[] {
  const labels = new Map<string, string>([...existing.nodes].map(([id, node]) => [id, node.label]));
  const drafts = new ItemDrafts();
  for (const change of changes) {
    const nodeKey = `node:${change.id}`;
    switch (change.op) {
      case 'createNode':
        labels.set(change.id, change.label);
        drafts.touch(nodeKey, 'create', change.label, change.id, names(change.properties, false));
        break;
      case 'updateNode':
        drafts.touch(
          nodeKey,
          'update',
          labels.get(change.id) ?? '',
          change.id,
          names(change.properties, true),
        );
        break;
      case 'deleteNode':
        for (const rel of cascaded.get(change.id) ?? []) {
          drafts.touch(relationshipKey(rel), 'delete', rel.type, rel.id, []);
        }
        drafts.touch(nodeKey, 'delete', labels.get(change.id) ?? '', change.id, []);
        break;
      case 'createRelationship':
        drafts.touch(
          relationshipKey(change),
          'create',
          change.type,
          change.id,
          names(change.properties, false),
        );
        break;
      case 'updateRelationship':
        drafts.touch(
          relationshipKey(change),
          'update',
          change.type,
          change.id,
          names(change.properties, true),
        );
        break;
      case 'deleteRelationship':
        drafts.touch(relationshipKey(change), 'delete', change.type, change.id, []);
        break;
    }
  }
  return drafts.items();
}

/** Names the upsert set, then stored names it dropped (an upsert replaces all properties). */
function replacedNames(
  properties: Readonly<Record<string, PropertyValue | null | undefined>>,
  before: { propertyNames?: readonly string[] } | undefined,
): string[] {
  const set = names(properties, false);
  const removed = (before?.propertyNames ?? []).filter((name) => !set.includes(name));
  return [...set, ...removed];
}

/**
 * One item per upserted node and relationship: create or update (by the state the store checked the batch
 * against), naming the properties the upsert set and, for updates, the stored ones it removed.
 */
export function upsertAuditItems(batch: UpsertBatch, existing: ExistingState): AuditItem[] {
  const nodes = batch.nodes.map((node) => {
    const before = existing.nodes.get(node.id);
    return {
      op: before ? 'update' : 'create',
      kind: node.label,
      id: node.id,
      properties: replacedNames(node.properties, before),
    };
  });
  const relationships = batch.relationships.map((rel) => {
    const before = existing.relationships.get(relationshipKey(rel));
    return {
      op: before ? 'update' : 'create',
      kind: rel.type,
      id: rel.id,
      properties: replacedNames(rel.properties, before),
    };
  });
  return [...nodes, ...relationships];
}

/**
 * Neo4j nodes → system records (accounts, audit entries), and the property keys these nodes carry (the Cypher
 * lint test learns them from here). Anything that does not fit is STORE_CORRUPT.
 */
import neo4j from 'neo4j-driver';
import { ROLES } from '@nzr/graph-schema';
import type { AccountRole } from '@nzr/graph-schema';
import { StoreError } from '../errors.js';
import type { Account, AuditEntry, AuditItem } from '../port.js';
import { int } from './params.js';
import type { ParamValue } from './params.js';
import { toNumber, toText } from './records.js';
import { ACCOUNT_FIELDS } from '../shared/accounts.js';

/** Every property of an Account node: the fields a save may change plus the ones the store sets. */
export const ACCOUNT_KEYS = [
  'id',
  ...ACCOUNT_FIELDS,
  'version',
  'createdAt',
  'updatedAt',
] as const satisfies readonly (keyof Account)[];

export const AUDIT_KEYS = [
  'id',
  'at',
  'actorId',
  'action',
  'note',
  'items',
  'entityIds',
] as const satisfies readonly (keyof AuditEntry)[];

const roles: readonly string[] = ROLES.map((entry) => entry.value);

function corrupt(message: string): StoreError {
  return new StoreError('STORE_CORRUPT', message);
}

function propertiesOf(value: unknown, what: string): Record<string, unknown> {
  if (!neo4j.isNode(value)) throw corrupt(`expected ${what} node in the query result`);
  return value.properties as Record<string, unknown>;
}

export function accountField(value: unknown): Account {
  const props = propertiesOf(value, 'an account');
  const id = toText(props.id, 'account id');
  const what = `account ${id}`;
  const role = toText(props.role, `${what} role`);
  if (!roles.includes(role) || role === 'viewer') throw corrupt(`${what} has an unknown role`);
  if (typeof props.disabled !== 'boolean') throw corrupt(`${what} disabled is not a boolean`);
  return {
    id,
    email: toText(props.email, `${what} email`),
    displayName: toText(props.displayName, `${what} displayName`),
    role: role as AccountRole,
    passwordHash: toText(props.passwordHash, `${what} passwordHash`),
    disabled: props.disabled,
    actorIds: idsOf(props.actorIds, `${what} actorIds`),
    regionIds: idsOf(props.regionIds, `${what} regionIds`),
    version: toNumber(props.version, `${what} version`),
    createdAt: toText(props.createdAt, `${what} createdAt`),
    updatedAt: toText(props.updatedAt, `${what} updatedAt`),
  };
}

/** Accounts saved before entries could be linked, or regions chosen, have no actorIds or regionIds. */
function idsOf(value: unknown, what: string): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || value.some((id) => typeof id !== 'string')) {
    throw corrupt(`${what} is not a list of ids`);
  }
  return value as string[];
}

/** The properties of an Account node (version as a Neo4j integer, like the graph's versions). */
export function accountProperties(account: Account): Record<string, ParamValue> {
  return { ...account, version: int(account.version) };
}

function itemsOf(value: unknown, what: string): AuditItem[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(toText(value, what));
  } catch {
    throw corrupt(`${what} is not JSON`);
  }
  const ok = (item: unknown): item is AuditItem => {
    const candidate = item as Partial<AuditItem> | null;
    return (
      typeof candidate?.op === 'string' &&
      typeof candidate.kind === 'string' &&
      typeof candidate.id === 'string' &&
      Array.isArray(candidate.properties) &&
      candidate.properties.every((name) => typeof name === 'string')
    );
  };
  if (!Array.isArray(parsed) || !parsed.every(ok)) throw corrupt(`${what} are malformed`);
  return parsed;
}

export function auditField(value: unknown): AuditEntry {
  const props = propertiesOf(value, 'an audit entry');
  const id = toText(props.id, 'audit entry id');
  const what = `audit entry ${id}`;
  const optional = (field: unknown, name: string): string | null =>
    field === null || field === undefined ? null : toText(field, `${what} ${name}`);
  const entityIds = props.entityIds ?? [];
  if (!Array.isArray(entityIds)) throw corrupt(`${what} entityIds is not a list`);
  return {
    id,
    at: toText(props.at, `${what} at`),
    actorId: optional(props.actorId, 'actorId'),
    action: toText(props.action, `${what} action`),
    note: optional(props.note, 'note'),
    items: itemsOf(props.items, `${what} items`),
    entityIds: entityIds.map((entityId) => toText(entityId, `${what} entityIds`)),
  };
}

/** The properties of an AuditEntry node (null actorId and note are simply not set). */
export function auditProperties(entry: AuditEntry): Record<string, string | string[] | null> {
  return { ...entry, items: JSON.stringify(entry.items) };
}

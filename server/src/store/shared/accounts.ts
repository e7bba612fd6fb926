/**
 * Accounts, shared by both stores: input validation, e-mail normalisation, lookup and list checks, building the
 * stored record and the audit item of a save. Both stores accept and reject exactly the same account writes.
 */
import { ACCOUNT_LABEL, EMAIL_MAX_LENGTH, ROLES, checkValue, validateId } from '@nzr/graph-schema';
import type { ValidationIssue } from '@nzr/graph-schema';
import { StoreError, validationError } from '../errors.js';
import { LIMITS } from '../port.js';
import type { Account, AccountInput, AccountLookup, AuditItem } from '../port.js';
import { decodeKeyCursor } from './keyset-cursor.js';

export const DISPLAY_NAME_MAX_LENGTH = 200;
export const PASSWORD_HASH_MAX_LENGTH = 1000;
/** The fields of an account that a save may change, in a fixed order (audit items list them). */
export const ACCOUNT_FIELDS = [
  'email',
  'displayName',
  'role',
  'passwordHash',
  'disabled',
  'actorIds',
  'regionIds',
] as const;
/** Entries one account may act for: a person and the few institutions they work for. */
export const MAX_ACCOUNT_ACTORS = 20;
/** Districts one account may look after: Saxony has 13, a coordinator a few of them. */
export const MAX_ACCOUNT_REGIONS = 13;

const accountRoles: readonly string[] = ROLES.map((entry) => entry.value).filter(
  (role) => role !== 'viewer',
);
// Every C0 control character and DEL: a display name is one line.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001F\u007F]/;

export function normaliseEmail(email: string): string {
  return email.toLowerCase();
}

function checkEmail(value: unknown): string | undefined {
  const spec = {
    type: 'string',
    maxLength: EMAIL_MAX_LENGTH,
    format: 'email',
    required: true,
    description: 'e-mail',
  } as const;
  return checkValue(spec, value);
}

/** VALIDATION listing every problem of the input and of expectedVersion. */
export function checkAccountInput(input: AccountInput, expectedVersion?: number): void {
  if (typeof input !== 'object' || input === null) {
    throw validationError([{ path: 'account', message: 'must be an object' }]);
  }
  const issues: ValidationIssue[] = [...validateId(input.id)];
  const add = (path: string, message: string | undefined): void => {
    if (message) issues.push({ path, message });
  };
  add('email', checkEmail(input.email));
  const name = input.displayName;
  if (typeof name !== 'string' || name.trim() === '' || name.length > DISPLAY_NAME_MAX_LENGTH) {
    add('displayName', `must be 1 to ${DISPLAY_NAME_MAX_LENGTH} characters`);
  } else if (CONTROL.test(name) || !name.isWellFormed()) {
    add('displayName', 'contains control characters or malformed unicode');
  }
  if (!accountRoles.includes(input.role as string)) {
    add('role', `must be one of ${accountRoles.join(', ')}`);
  }
  const hash = input.passwordHash;
  if (typeof hash !== 'string' || hash === '' || hash.length > PASSWORD_HASH_MAX_LENGTH) {
    add('passwordHash', `must be a string of 1 to ${PASSWORD_HASH_MAX_LENGTH} characters`);
  }
  if (typeof input.disabled !== 'boolean') add('disabled', 'must be true or false');
  add('actorIds', idListProblem(input.actorIds, MAX_ACCOUNT_ACTORS, 'entry'));
  add('regionIds', idListProblem(input.regionIds, MAX_ACCOUNT_REGIONS, 'region'));
  if (
    expectedVersion !== undefined &&
    !(Number.isSafeInteger(expectedVersion) && expectedVersion >= 1)
  ) {
    add('expectedVersion', 'must be a positive integer');
  }
  if (issues.length > 0) throw validationError(issues);
}

/** The form of an id list of an account (actorIds, regionIds); whether the ids exist is the service's check. */
function idListProblem(ids: unknown, max: number, what: string): string | undefined {
  if (ids === undefined) return undefined;
  if (!Array.isArray(ids) || ids.length > max)
    return `must be a list of at most ${max} ${what} ids`;
  if (ids.some((id) => validateId(id).length > 0)) return `contains an invalid ${what} id`;
  if (new Set(ids).size !== ids.length)
    return `names a${what === 'entry' ? 'n' : ''} ${what} twice`;
  return undefined;
}

/** VALIDATION unless `id` is a valid account id (deleteAccount). */
export function checkAccountId(id: string): void {
  const issues = validateId(id);
  if (issues.length > 0) throw validationError(issues);
}

/** A checked lookup: exactly one of id, e-mail (lower-cased). */
export type CheckedAccountLookup =
  { id: string; email?: undefined } | { email: string; id?: undefined };

/** Checks a lookup and returns it normalised: exactly one of id, e-mail (lower-cased). */
export function checkAccountLookup(lookup: AccountLookup): CheckedAccountLookup {
  const given: Record<string, unknown> =
    typeof lookup === 'object' && lookup !== null ? { ...lookup } : {};
  const { id, email } = given;
  if ((id === undefined) === (email === undefined)) {
    throw validationError([{ path: 'lookup', message: 'must name exactly one of id, email' }]);
  }
  if (id !== undefined) {
    const issues = validateId(id);
    if (issues.length > 0) throw validationError(issues);
    return { id: id as string };
  }
  if (typeof email !== 'string' || email.length > EMAIL_MAX_LENGTH) {
    throw validationError([
      { path: 'email', message: `must be a string of at most ${EMAIL_MAX_LENGTH} characters` },
    ]);
  }
  return { email: normaliseEmail(email) };
}

/** Checks a list query; returns the e-mail after which the page starts (from the cursor), if any. */
export function checkAccountListQuery(query: {
  first: number;
  after?: string;
}): string | undefined {
  const first = query?.first;
  if (
    typeof first !== 'number' ||
    !Number.isInteger(first) ||
    first < 1 ||
    first > LIMITS.MAX_PAGE_SIZE
  ) {
    throw validationError([
      { path: 'first', message: `must be an integer from 1 to ${LIMITS.MAX_PAGE_SIZE}` },
    ]);
  }
  if (query.after === undefined) return undefined;
  if (typeof query.after !== 'string') {
    throw validationError([{ path: 'after', message: 'must be a cursor string' }]);
  }
  return decodeKeyCursor(query.after, 1)[0];
}

/**
 * Checks a save against the current records (`before`: the account with this id; `emailOwner`: the id of the
 * account holding the new e-mail) and throws DUPLICATE_ID, NOT_FOUND or CONFLICT like the port says.
 */
export function checkAccountSave(
  input: AccountInput,
  expectedVersion: number | undefined,
  before: Account | undefined,
  emailOwner: string | undefined,
): void {
  if (expectedVersion === undefined) {
    if (before)
      throw new StoreError('DUPLICATE_ID', `an account with id ${input.id} already exists`);
    if (emailOwner !== undefined) {
      throw new StoreError('DUPLICATE_ID', 'an account with this e-mail address already exists');
    }
    return;
  }
  if (!before) throw new StoreError('NOT_FOUND', `account ${input.id} does not exist`);
  if (before.version !== expectedVersion) {
    throw new StoreError(
      'CONFLICT',
      `account ${input.id} was changed by someone else (version ${before.version}, expected ${expectedVersion}); reload and try again`,
    );
  }
  if (emailOwner !== undefined && emailOwner !== input.id) {
    throw new StoreError('DUPLICATE_ID', 'another account has this e-mail address');
  }
}

/** The stored account after a save (clean copy of the input; e-mail lower-cased). */
export function accountAfterSave(
  input: AccountInput,
  before: Account | undefined,
  now: string,
): Account {
  return {
    id: input.id,
    email: normaliseEmail(input.email),
    displayName: input.displayName,
    role: input.role,
    passwordHash: input.passwordHash,
    disabled: input.disabled,
    actorIds: [...(input.actorIds ?? [])],
    regionIds: [...(input.regionIds ?? [])],
    version: before ? before.version + 1 : 1,
    createdAt: before?.createdAt ?? now,
    updatedAt: now,
  };
}

/** The audit item of a save: names of the changed fields only, never their values. */
export function accountAuditItem(before: Account | undefined, after: Account): AuditItem {
  const same = (field: (typeof ACCOUNT_FIELDS)[number]): boolean =>
    before !== undefined && JSON.stringify(before[field]) === JSON.stringify(after[field]);
  const properties = ACCOUNT_FIELDS.filter((field) => !same(field));
  return { op: before ? 'update' : 'create', kind: ACCOUNT_LABEL, id: after.id, properties };
}

export function accountDeleteAuditItem(id: string): AuditItem {
  return { op: 'delete', kind: ACCOUNT_LABEL, id, properties: [] };
}

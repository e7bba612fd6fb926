/**
 * Statements for the system records beside the graph: accounts and audit entries. They are nodes labelled
 * Account / AuditEntry WITHOUT the Entity label, so no graph statement (all anchored on :Entity) ever reaches
 * them. Audit items are stored as one JSON string (never queried inside), entity ids as a string list.
 */
import { ACCOUNT_LABEL, AUDIT_LABEL } from '@nzr/graph-schema';
import { lines } from './names.js';
import type { Statement } from './names.js';

const ACCOUNT = ACCOUNT_LABEL;
const AUDIT = AUDIT_LABEL;

export const GET_ACCOUNT_BY_ID: Statement = {
  name: 'getAccountById',
  cypher: lines(`MATCH (a:${ACCOUNT} {id: $id})`, 'RETURN a'),
};

export const GET_ACCOUNT_BY_EMAIL: Statement = {
  name: 'getAccountByEmail',
  cypher: lines(`MATCH (a:${ACCOUNT} {email: $email})`, 'RETURN a'),
};

/** Ordered by e-mail (the uniqueness constraint's index); `$after` is the e-mail of the previous page's last. */
export const LIST_ACCOUNTS: Statement = {
  name: 'listAccounts',
  cypher: lines(
    `MATCH (a:${ACCOUNT})`,
    'WHERE a.email > $after',
    'RETURN a',
    'ORDER BY a.email',
    'LIMIT $limit',
  ),
};

/** Reads an account and takes its write lock, so the version check holds until commit. */
export const LOCK_ACCOUNT: Statement = {
  name: 'lockAccount',
  cypher: lines(
    `MATCH (a:${ACCOUNT} {id: $id})`,
    'SET a._lock = true',
    'REMOVE a._lock',
    'RETURN a',
  ),
};

/** The id of the account holding an e-mail (the uniqueness constraint catches concurrent takers). */
export const ACCOUNT_ID_BY_EMAIL: Statement = {
  name: 'accountIdByEmail',
  cypher: lines(`MATCH (a:${ACCOUNT} {email: $email})`, 'RETURN a.id AS id'),
};

/** `$account` holds every property (id, email, displayName, role, passwordHash, disabled, version, dates). */
export const CREATE_ACCOUNT: Statement = {
  name: 'createAccount',
  cypher: lines(`CREATE (a:${ACCOUNT})`, 'SET a = $account', 'RETURN a'),
};

export const REPLACE_ACCOUNT: Statement = {
  name: 'replaceAccount',
  cypher: lines(`MATCH (a:${ACCOUNT} {id: $id})`, 'SET a = $account', 'RETURN a'),
};

export const DELETE_ACCOUNT: Statement = {
  name: 'deleteAccount',
  cypher: lines(`MATCH (a:${ACCOUNT} {id: $id})`, 'DELETE a', 'RETURN count(*) AS count'),
};

/** `$entry`: id, at, actorId, action, note, items (JSON text), entityIds. */
export const CREATE_AUDIT: Statement = {
  name: 'createAuditEntry',
  cypher: lines(`CREATE (e:${AUDIT})`, 'SET e = $entry'),
};

/**
 * Newest first. The range predicate on `at` lets the planner walk the audit_at index backwards; the cursor
 * position ($afterAt, $afterId) excludes the entries already returned (without a cursor $afterAt sorts after
 * every timestamp).
 */
export const LIST_AUDIT: Statement = {
  name: 'listAudit',
  cypher: lines(
    `MATCH (e:${AUDIT})`,
    'WHERE e.at <= $afterAt',
    '  AND NOT (e.at = $afterAt AND e.id >= $afterId)',
    '  AND ($entityId IS NULL OR $entityId IN e.entityIds)',
    '  AND ($actorId IS NULL OR e.actorId = $actorId)',
    'RETURN e',
    'ORDER BY e.at DESC, e.id DESC',
    'LIMIT $limit',
  ),
};

/** Deletes the system records in batches (clear with `system: true`); needs an auto-commit transaction. */
export const CLEAR_SYSTEM: Statement = {
  name: 'clearSystem',
  cypher: lines(
    'MATCH (n)',
    `WHERE n:${ACCOUNT} OR n:${AUDIT}`,
    'CALL (n) {',
    '  DETACH DELETE n',
    '} IN TRANSACTIONS OF 10000 ROWS',
  ),
};

export function systemStatements(): Statement[] {
  return [
    GET_ACCOUNT_BY_ID,
    GET_ACCOUNT_BY_EMAIL,
    LIST_ACCOUNTS,
    LOCK_ACCOUNT,
    ACCOUNT_ID_BY_EMAIL,
    CREATE_ACCOUNT,
    REPLACE_ACCOUNT,
    DELETE_ACCOUNT,
    CREATE_AUDIT,
    LIST_AUDIT,
    CLEAR_SYSTEM,
  ];
}

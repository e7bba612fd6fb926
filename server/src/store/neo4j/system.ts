/**
 * Accounts and the audit trail in Neo4j: Account / AuditEntry nodes without the Entity label. Every write runs
 * inside the caller's write transaction, so an audit entry commits together with the change it describes.
 */
import { StoreError } from '../errors.js';
import type {
  Account,
  AccountInput,
  AuditEntry,
  AuditInput,
  AuditItem,
  AuditPage,
  AuditQuery,
} from '../port.js';
import {
  accountAfterSave,
  accountAuditItem,
  accountDeleteAuditItem,
  checkAccountSave,
  normaliseEmail,
} from '../shared/accounts.js';
import type { CheckedAccountLookup } from '../shared/accounts.js';
import { auditEntry } from '../shared/audit.js';
import { encodeKeyCursor } from '../shared/keyset-cursor.js';
import {
  ACCOUNT_ID_BY_EMAIL,
  CREATE_ACCOUNT,
  CREATE_AUDIT,
  DELETE_ACCOUNT,
  GET_ACCOUNT_BY_EMAIL,
  GET_ACCOUNT_BY_ID,
  LIST_ACCOUNTS,
  LIST_AUDIT,
  LOCK_ACCOUNT,
  REPLACE_ACCOUNT,
} from './cypher/system-statements.js';
import type { Tx } from './driver.js';
import { int } from './params.js';
import { accountField, accountProperties, auditField, auditProperties } from './system-records.js';

/** Sorts after every ISO timestamp: the cursor position of the first page. */
const AFTER_EVERYTHING = '~';

/** Writes one audit entry for `items` at commit time `now`, when the caller asked for one. */
export async function writeAudit(
  tx: Tx,
  audit: AuditInput | undefined,
  now: string,
  items: AuditItem[],
): Promise<void> {
  if (!audit) return;
  const entry: AuditEntry = auditEntry(audit, now, items);
  await tx.run(CREATE_AUDIT, { entry: auditProperties(entry) });
}

export async function listAudit(
  tx: Tx,
  query: AuditQuery,
  after: { at: string; id: string } | undefined,
): Promise<AuditPage> {
  const records = await tx.run(LIST_AUDIT, {
    afterAt: after?.at ?? AFTER_EVERYTHING,
    afterId: after?.id ?? '',
    entityId: query.entityId ?? null,
    actorId: query.actorId ?? null,
    limit: int(query.first + 1),
  });
  const entries = records.map((record) => auditField(record.get('e')));
  const page = entries.slice(0, query.first);
  const last = page.at(-1);
  return {
    entries: page,
    endCursor: last ? encodeKeyCursor([last.at, last.id]) : null,
    hasNextPage: entries.length > query.first,
  };
}

/** `checked`: the lookup as checkAccountLookup returns it. */
export async function getAccount(tx: Tx, checked: CheckedAccountLookup): Promise<Account | null> {
  const records =
    checked.id !== undefined
      ? await tx.run(GET_ACCOUNT_BY_ID, { id: checked.id })
      : await tx.run(GET_ACCOUNT_BY_EMAIL, { email: checked.email });
  const [record] = records;
  return record ? accountField(record.get('a')) : null;
}

export async function listAccounts(
  tx: Tx,
  first: number,
  after: string | undefined,
): Promise<{ accounts: Account[]; endCursor: string | null; hasNextPage: boolean }> {
  const records = await tx.run(LIST_ACCOUNTS, { after: after ?? '', limit: int(first + 1) });
  const accounts = records.map((record) => accountField(record.get('a')));
  const page = accounts.slice(0, first);
  const last = page.at(-1);
  return {
    accounts: page,
    endCursor: last ? encodeKeyCursor([last.email]) : null,
    hasNextPage: accounts.length > first,
  };
}

/** The input is already checked (checkAccountInput); the uniqueness constraints catch concurrent creators. */
export async function saveAccount(
  tx: Tx,
  input: AccountInput,
  expectedVersion?: number,
  audit?: AuditInput,
): Promise<Account> {
  const [locked] = await tx.run(LOCK_ACCOUNT, { id: input.id });
  const before = locked ? accountField(locked.get('a')) : undefined;
  const [owner] = await tx.run(ACCOUNT_ID_BY_EMAIL, { email: normaliseEmail(input.email) });
  checkAccountSave(input, expectedVersion, before, owner ? String(owner.get('id')) : undefined);
  const now = new Date().toISOString();
  const account = accountAfterSave(input, before, now);
  const statement = before ? REPLACE_ACCOUNT : CREATE_ACCOUNT;
  const params = { id: input.id, account: accountProperties(account) };
  const [record] = await tx.run(statement, before ? params : { account: params.account });
  if (!record) throw new StoreError('CONFLICT', `account ${input.id} changed during the write`);
  await writeAudit(tx, audit, now, [accountAuditItem(before, account)]);
  return accountField(record.get('a'));
}

export async function deleteAccount(tx: Tx, id: string, audit?: AuditInput): Promise<void> {
  const [record] = await tx.run(DELETE_ACCOUNT, { id });
  if (Number(record?.get('count') ?? 0) === 0) {
    throw new StoreError('NOT_FOUND', `account ${id} does not exist`);
  }
  await writeAudit(tx, audit, new Date().toISOString(), [accountDeleteAuditItem(id)]);
}

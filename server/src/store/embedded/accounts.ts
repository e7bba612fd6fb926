/**
 * Account reads and writes of the embedded store over SystemState, using the shared checks of
 * shared/accounts.ts. Writes are planned into ops (with an optional audit entry) that the store journals.
 */
import { StoreError } from '../errors.js';
import type { Account, AccountInput, AccountLookup, AuditInput } from '../port.js';
import {
  accountAfterSave,
  accountAuditItem,
  accountDeleteAuditItem,
  checkAccountId,
  checkAccountInput,
  checkAccountListQuery,
  checkAccountLookup,
  checkAccountSave,
  normaliseEmail,
} from '../shared/accounts.js';
import { auditEntry, checkAuditInput } from '../shared/audit.js';
import { encodeKeyCursor } from '../shared/keyset-cursor.js';
import type { Op } from './graph-state.js';
import type { SystemState } from './system-state.js';

export function getAccount(system: SystemState, lookup: AccountLookup): Account | null {
  const checked = checkAccountLookup(lookup);
  const id = checked.id ?? system.accountIdsByEmail.get(checked.email);
  return (id === undefined ? undefined : system.accounts.get(id)) ?? null;
}

export function listAccounts(
  system: SystemState,
  query: { first: number; after?: string },
): { accounts: Account[]; endCursor: string | null; hasNextPage: boolean } {
  const after = checkAccountListQuery(query);
  // Accounts number in the hundreds: sorting per call is cheaper than keeping a sorted index.
  const emails = [...system.accountIdsByEmail.keys()]
    .filter((email) => after === undefined || email > after)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const page = emails.slice(0, query.first);
  const accounts = page.flatMap((email) => {
    const account = system.accounts.get(system.accountIdsByEmail.get(email) ?? '');
    return account ? [account] : [];
  });
  const last = page.at(-1);
  return {
    accounts,
    endCursor: last === undefined ? null : encodeKeyCursor([last]),
    hasNextPage: emails.length > query.first,
  };
}

export function planSaveAccount(
  system: SystemState,
  input: AccountInput,
  expectedVersion: number | undefined,
  audit: AuditInput | undefined,
  now: string,
): { ops: Op[]; account: Account } {
  checkAccountInput(input, expectedVersion);
  checkAuditInput(audit);
  const before = system.accounts.get(input.id);
  const emailOwner = system.accountIdsByEmail.get(normaliseEmail(input.email));
  checkAccountSave(input, expectedVersion, before, emailOwner);
  const account = accountAfterSave(input, before, now);
  const ops: Op[] = [{ op: 'putAccount', account }];
  if (audit) {
    ops.push({ op: 'audit', entry: auditEntry(audit, now, [accountAuditItem(before, account)]) });
  }
  return { ops, account };
}

export function planDeleteAccount(
  system: SystemState,
  id: string,
  audit: AuditInput | undefined,
  now: string,
): Op[] {
  checkAccountId(id);
  checkAuditInput(audit);
  if (!system.accounts.has(id)) throw new StoreError('NOT_FOUND', `account ${id} does not exist`);
  const ops: Op[] = [{ op: 'delAccount', id }];
  if (audit) ops.push({ op: 'audit', entry: auditEntry(audit, now, [accountDeleteAuditItem(id)]) });
  return ops;
}

/**
 * The Neo4j store's account and audit code (system.ts, system-records.ts) against a scripted transaction that
 * plays the system statements over an in-memory table: parameters, checks, record mapping, paging. The
 * Cypher itself is linted (cypher-lint.test.ts) and run for real by the contract suite when NEO4J_URI is set.
 */
import neo4j from 'neo4j-driver';
import type { Record as Neo4jRecord } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { isStoreError } from '../errors.js';
import { checkAccountLookup } from '../shared/accounts.js';
import type { AccountInput } from '../port.js';
import type { Statement } from './cypher/names.js';
import type { Tx } from './driver.js';
import type { Params } from './params.js';
import { deleteAccount, getAccount, listAccounts, listAudit, saveAccount } from './system.js';

type Props = Record<string, unknown>;

/** Account and AuditEntry nodes by id; each statement answered the way its Cypher would. */
function fakeTx(): Tx & { accounts: Map<string, Props>; audit: Props[]; names: string[] } {
  const accounts = new Map<string, Props>();
  const audit: Props[] = [];
  const names: string[] = [];
  const node = (label: string, props: Props) => new neo4j.types.Node(neo4j.int(0), [label], props);
  const rec = (row: Props): Neo4jRecord => new neo4j.Record(Object.keys(row), Object.values(row));
  const plain = (value: unknown): Props =>
    Object.fromEntries(
      Object.entries(value as Props)
        .filter(([, v]) => v !== null)
        .map(([k, v]) => [k, neo4j.isInt(v) ? v.toNumber() : v]),
    );
  const answer = (statement: Statement, p: Params): Props[] => {
    const byEmail = [...accounts.values()].find((a) => a.email === p.email);
    switch (statement.name) {
      case 'getAccountById':
      case 'lockAccount': {
        const found = accounts.get(String(p.id));
        return found ? [{ a: node('Account', found) }] : [];
      }
      case 'getAccountByEmail':
        return byEmail ? [{ a: node('Account', byEmail) }] : [];
      case 'accountIdByEmail':
        return byEmail ? [{ id: byEmail.id }] : [];
      case 'createAccount':
      case 'replaceAccount': {
        const props = plain(p.account);
        accounts.set(String(props.id), props);
        return [{ a: node('Account', props) }];
      }
      case 'deleteAccount':
        return [{ count: accounts.delete(String(p.id)) ? 1 : 0 }];
      case 'listAccounts':
        return [...accounts.values()]
          .filter((a) => String(a.email) > String(p.after))
          .sort((a, b) => (String(a.email) < String(b.email) ? -1 : 1))
          .slice(0, Number(p.limit))
          .map((a) => ({ a: node('Account', a) }));
      case 'createAuditEntry':
        audit.push(plain(p.entry));
        return [];
      case 'listAudit': {
        const key = (e: Props) => `${String(e.at)}|${String(e.id)}`;
        return audit
          .filter((e) => String(e.at) <= String(p.afterAt))
          .filter((e) => !(e.at === p.afterAt && String(e.id) >= String(p.afterId)))
          .filter(
            (e) => p.entityId === null || (e.entityIds as string[]).includes(String(p.entityId)),
          )
          .filter((e) => p.actorId === null || e.actorId === p.actorId)
          .sort((a, b) => (key(a) < key(b) ? 1 : -1))
          .slice(0, Number(p.limit))
          .map((e) => ({ e: node('AuditEntry', e) }));
      }
      default:
        throw new Error(`unexpected statement ${statement.name}`);
    }
  };
  return {
    accounts,
    audit,
    names,
    async run(statement, params = {}) {
      const used = [...statement.cypher.matchAll(/\$([A-Za-z_]\w*)/g)].map((m) => m[1] ?? '');
      expect(used.filter((name) => !(name in params))).toEqual([]);
      names.push(statement.name);
      return answer(statement, params).map(rec);
    },
  };
}

const input = (id: string, email: string, role: AccountInput['role'] = 'member'): AccountInput => ({
  id,
  email,
  displayName: `Konto ${id}`,
  role,
  passwordHash: 'hash',
  disabled: false,
});
const code = (promise: Promise<unknown>) =>
  promise.then(
    () => 'ok',
    (error: unknown) => (isStoreError(error) ? error.code : String(error)),
  );

describe('Neo4j accounts', () => {
  it('creates, replaces with an integer version, refuses duplicates, stale versions and missing ones', async () => {
    const tx = fakeTx();
    const audit = { actorId: 'acc-admin', action: 'account.save' };
    const created = await saveAccount(tx, input('acc-1', 'A@Example.org'), undefined, audit);
    expect(created).toMatchObject({ email: 'a@example.org', version: 1 });
    expect(tx.names).toEqual([
      'lockAccount',
      'accountIdByEmail',
      'createAccount',
      'createAuditEntry',
    ]);
    const updated = await saveAccount(tx, input('acc-1', 'b@example.org', 'admin'), 1);
    expect(updated).toMatchObject({ email: 'b@example.org', role: 'admin', version: 2 });
    expect(updated.createdAt).toBe(created.createdAt);
    await saveAccount(tx, input('acc-2', 'c@example.org'));
    expect(await code(saveAccount(tx, input('acc-1', 'x@example.org')))).toBe('DUPLICATE_ID');
    expect(await code(saveAccount(tx, input('acc-3', 'C@example.org')))).toBe('DUPLICATE_ID');
    expect(await code(saveAccount(tx, input('acc-2', 'b@example.org'), 1))).toBe('DUPLICATE_ID');
    expect(await code(saveAccount(tx, input('acc-2', 'c@example.org'), 5))).toBe('CONFLICT');
    expect(await code(saveAccount(tx, input('acc-9', 'z@example.org'), 1))).toBe('NOT_FOUND');
    expect(await code(deleteAccount(tx, 'acc-9'))).toBe('NOT_FOUND');
    expect(await getAccount(tx, checkAccountLookup({ email: 'B@EXAMPLE.ORG' }))).toEqual(updated);
    await deleteAccount(tx, 'acc-1', { actorId: null, action: 'account.delete' });
    expect(await getAccount(tx, checkAccountLookup({ id: 'acc-1' }))).toBeNull();
    expect(tx.audit.map((e) => JSON.parse(String(e.items)) as unknown)).toEqual([
      [
        {
          op: 'create',
          kind: 'Account',
          id: 'acc-1',
          properties: [
            'email',
            'displayName',
            'role',
            'passwordHash',
            'disabled',
            'actorIds',
            'regionIds',
          ],
        },
      ],
      [{ op: 'delete', kind: 'Account', id: 'acc-1', properties: [] }],
    ]);
    expect(JSON.stringify(tx.audit)).not.toContain('hash');
  });

  it('reads an account saved before entries could be linked or regions chosen as having none', async () => {
    const tx = fakeTx();
    tx.accounts.set('acc-old', {
      id: 'acc-old',
      email: 'alt@example.org',
      displayName: 'Altes Konto',
      role: 'coordinator',
      passwordHash: 'hash',
      disabled: false,
      version: 3,
      createdAt: '2025-01-01T00:00:00.000Z',
      updatedAt: '2025-01-01T00:00:00.000Z',
    });
    expect(await getAccount(tx, checkAccountLookup({ id: 'acc-old' }))).toMatchObject({
      actorIds: [],
      regionIds: [],
    });
  });

  it('pages accounts by e-mail', async () => {
    const tx = fakeTx();
    for (const [id, email] of [
      ['acc-1', 'c@x.org'],
      ['acc-2', 'a@x.org'],
      ['acc-3', 'b@x.org'],
    ]) {
      await saveAccount(tx, input(id ?? '', email ?? ''));
    }
    const first = await listAccounts(tx, 2, undefined);
    expect(first.accounts.map((a) => a.id)).toEqual(['acc-2', 'acc-3']);
    expect(first.hasNextPage).toBe(true);
    const rest = await listAccounts(tx, 2, 'b@x.org');
    expect(rest).toMatchObject({ hasNextPage: false, accounts: [{ id: 'acc-1' }] });
  });
});

describe('Neo4j audit trail', () => {
  it('round-trips entries and pages newest first with filters', async () => {
    const tx = fakeTx();
    for (let i = 0; i < 5; i++) {
      await saveAccount(tx, input(`acc-${i}`, `u${i}@x.org`), undefined, {
        actorId: i % 2 === 0 ? 'acc-even' : null,
        action: `step.${i}`,
        ...(i === 0 ? { note: 'erste' } : {}),
      });
    }
    const page = await listAudit(tx, { first: 2 }, undefined);
    expect(page.entries.map((e) => e.action)).toEqual(['step.4', 'step.3']);
    expect(page.entries[1]).toMatchObject({ actorId: null, note: null, entityIds: ['acc-3'] });
    expect(page.hasNextPage).toBe(true);
    const [last] = page.entries.slice(-1);
    const next = await listAudit(tx, { first: 10 }, { at: last?.at ?? '', id: last?.id ?? '' });
    expect(next.entries.map((e) => e.action)).toEqual(['step.2', 'step.1', 'step.0']);
    expect(next.entries[2]?.note).toBe('erste');
    const even = await listAudit(
      tx,
      { first: 10, actorId: 'acc-even', entityId: 'acc-2' },
      undefined,
    );
    expect(even.entries.map((e) => e.action)).toEqual(['step.2']);
  });
});

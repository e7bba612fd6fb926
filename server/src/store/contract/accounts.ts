/** Contract cases: accounts (create, replace, delete, lookup, list) and their audit entries. */
import { describe, expect, it } from 'vitest';
import type { AccountInput, GraphStore } from '../port.js';
import { allAudit } from './audit.js';
import { expectIssue, expectStoreError } from './expect-error.js';

export const HASH = '$scrypt$N=16384,r=8,p=1$c2FsdA$aGFzaA';

export function account(
  id: string,
  email: string,
  overrides: Partial<AccountInput> = {},
): AccountInput {
  return {
    id,
    email,
    displayName: `Konto ${id}`,
    role: 'member',
    passwordHash: HASH,
    disabled: false,
    ...overrides,
  };
}

export function accountCases(getStore: () => GraphStore): void {
  describe('accounts', () => {
    it('creates with version 1 and a lower-cased e-mail, found by id and by any-case e-mail', async () => {
      const store = getStore();
      const saved = await store.saveAccount(
        account('acc-1', 'Anna.Admin@Example.org', { role: 'admin' }),
      );
      expect(saved).toMatchObject({
        id: 'acc-1',
        email: 'anna.admin@example.org',
        displayName: 'Konto acc-1',
        role: 'admin',
        passwordHash: HASH,
        disabled: false,
        version: 1,
      });
      expect(saved.createdAt).toBe(saved.updatedAt);
      expect(await store.getAccount({ id: 'acc-1' })).toEqual(saved);
      expect(await store.getAccount({ email: 'ANNA.ADMIN@example.ORG' })).toEqual(saved);
      expect(await store.getAccount({ id: 'acc-2' })).toBeNull();
      expect(await store.getAccount({ email: 'nobody@example.org' })).toBeNull();
    });

    it('replaces with the expected version, counting versions and keeping createdAt', async () => {
      const store = getStore();
      const created = await store.saveAccount(account('acc-1', 'a@example.org'));
      const updated = await store.saveAccount(
        account('acc-1', 'B@example.org', { role: 'coordinator', disabled: true }),
        1,
      );
      expect(updated).toMatchObject({
        email: 'b@example.org',
        role: 'coordinator',
        disabled: true,
        version: 2,
      });
      expect(updated.createdAt).toBe(created.createdAt);
      expect(updated.updatedAt >= created.updatedAt).toBe(true);
      expect(await store.getAccount({ email: 'a@example.org' })).toBeNull();
      expect((await store.getAccount({ email: 'b@example.org' }))?.version).toBe(2);
      // The old e-mail is free again.
      await store.saveAccount(account('acc-2', 'A@example.org'));
    });

    it('refuses duplicates, stale versions and missing accounts', async () => {
      const store = getStore();
      await store.saveAccount(account('acc-1', 'a@example.org'));
      await store.saveAccount(account('acc-2', 'b@example.org'));
      await expectStoreError(store.saveAccount(account('acc-1', 'c@example.org')), 'DUPLICATE_ID');
      await expectStoreError(store.saveAccount(account('acc-3', 'A@EXAMPLE.org')), 'DUPLICATE_ID');
      await expectStoreError(
        store.saveAccount(account('acc-2', 'a@example.org'), 1),
        'DUPLICATE_ID',
      );
      await expectStoreError(store.saveAccount(account('acc-2', 'b@example.org'), 2), 'CONFLICT');
      await expectStoreError(store.saveAccount(account('acc-9', 'z@example.org'), 1), 'NOT_FOUND');
      await expectStoreError(store.deleteAccount('acc-9'), 'NOT_FOUND');
      expect((await store.getAccount({ id: 'acc-2' }))?.email).toBe('b@example.org');
      expect(await store.getAccount({ id: 'acc-3' })).toBeNull();
    });

    it('validates input', async () => {
      const store = getStore();
      const bad = async (overrides: Record<string, unknown>, path: string): Promise<void> => {
        const input = { ...account('acc-1', 'a@example.org'), ...overrides } as AccountInput;
        await expectIssue(store.saveAccount(input), path);
      };
      await bad({ id: 'no good' }, 'id');
      await bad({ email: 'not-an-email' }, 'email');
      await bad({ email: `${'x'.repeat(320)}@example.org` }, 'email');
      await bad({ displayName: '' }, 'displayName');
      await bad({ displayName: 'x'.repeat(201) }, 'displayName');
      await bad({ displayName: 'Anna\u0007' }, 'displayName');
      await bad({ role: 'viewer' }, 'role');
      await bad({ role: 'superuser' }, 'role');
      await bad({ passwordHash: '' }, 'passwordHash');
      await bad({ passwordHash: 'x'.repeat(1001) }, 'passwordHash');
      await bad({ disabled: 'no' }, 'disabled');
      await bad({ actorIds: 'inst-1' }, 'actorIds');
      await bad({ actorIds: ['no good'] }, 'actorIds');
      await bad({ actorIds: ['inst-1', 'inst-1'] }, 'actorIds');
      await bad({ actorIds: Array.from({ length: 21 }, (_, i) => `inst-${i}`) }, 'actorIds');
      await bad({ regionIds: 'reg-14626' }, 'regionIds');
      await bad({ regionIds: ['no good'] }, 'regionIds');
      await bad({ regionIds: ['reg-14626', 'reg-14626'] }, 'regionIds');
      await bad({ regionIds: Array.from({ length: 14 }, (_, i) => `reg-${i}`) }, 'regionIds');
      await expectIssue(store.saveAccount(account('acc-1', 'a@example.org'), 0), 'expectedVersion');
      await expectStoreError(store.getAccount({ id: 'no good' }), 'VALIDATION');
      await expectStoreError(store.deleteAccount('no good'), 'VALIDATION');
      expect(await store.listAccounts({ first: 10 })).toMatchObject({ accounts: [] });
    });

    it('keeps the entries an account acts for, empty unless given, and audits their change', async () => {
      const store = getStore();
      const plain = await store.saveAccount(account('acc-1', 'a@example.org'));
      expect(plain.actorIds).toEqual([]);
      const audit = { actorId: 'acc-admin', action: 'account.update' };
      const linked = await store.saveAccount(
        account('acc-1', 'a@example.org', { actorIds: ['pers-anna', 'inst-verein'] }),
        1,
        audit,
      );
      expect(linked.actorIds).toEqual(['pers-anna', 'inst-verein']);
      expect(await store.getAccount({ email: 'a@example.org' })).toEqual(linked);
      const [entry] = (await allAudit(store)).slice(0, 1);
      expect(entry?.items).toEqual([
        { op: 'update', kind: 'Account', id: 'acc-1', properties: ['actorIds'] },
      ]);
      const unlinked = await store.saveAccount(account('acc-1', 'a@example.org'), 2, audit);
      expect(unlinked.actorIds).toEqual([]);
    });

    it('keeps the regions an account looks after, empty unless given, and audits their change', async () => {
      const store = getStore();
      const plain = await store.saveAccount(account('acc-1', 'a@example.org'));
      expect(plain.regionIds).toEqual([]);
      const audit = { actorId: 'acc-admin', action: 'account.update' };
      const regional = await store.saveAccount(
        account('acc-1', 'a@example.org', { regionIds: ['reg-14713', 'reg-14626'] }),
        1,
        audit,
      );
      expect(regional.regionIds).toEqual(['reg-14713', 'reg-14626']);
      expect(await store.getAccount({ id: 'acc-1' })).toEqual(regional);
      expect((await store.listAccounts({ first: 10 })).accounts).toEqual([regional]);
      const [entry] = (await allAudit(store)).slice(0, 1);
      expect(entry?.items).toEqual([
        { op: 'update', kind: 'Account', id: 'acc-1', properties: ['regionIds'] },
      ]);
      const cleared = await store.saveAccount(account('acc-1', 'a@example.org'), 2, audit);
      expect(cleared.regionIds).toEqual([]);
    });

    it('deletes accounts', async () => {
      const store = getStore();
      await store.saveAccount(account('acc-1', 'a@example.org'));
      await store.deleteAccount('acc-1');
      expect(await store.getAccount({ id: 'acc-1' })).toBeNull();
      expect(await store.getAccount({ email: 'a@example.org' })).toBeNull();
      await store.saveAccount(account('acc-2', 'a@example.org'));
    });

    it('lists by e-mail with cursors', async () => {
      const store = getStore();
      for (const [id, email] of [
        ['acc-1', 'dora@example.org'],
        ['acc-2', 'Bert@example.org'],
        ['acc-3', 'anna@example.org'],
        ['acc-4', 'carl@example.org'],
        ['acc-5', 'emil@example.org'],
      ] as const) {
        await store.saveAccount(account(id, email));
      }
      const first = await store.listAccounts({ first: 2 });
      expect(first.accounts.map((a) => a.email)).toEqual(['anna@example.org', 'bert@example.org']);
      expect(first.hasNextPage).toBe(true);
      const second = await store.listAccounts({ first: 3, after: first.endCursor ?? '' });
      expect(second.accounts.map((a) => a.id)).toEqual(['acc-4', 'acc-1', 'acc-5']);
      expect(second.hasNextPage).toBe(false);
      await expectIssue(store.listAccounts({ first: 0 }), 'first');
      await expectIssue(store.listAccounts({ first: 101 }), 'first');
      await expectStoreError(store.listAccounts({ first: 1, after: 'garbage' }), 'VALIDATION');
    });

    it('audits saves and deletes by field name, never with values', async () => {
      const store = getStore();
      const audit = { actorId: 'acc-admin', action: 'account.save' };
      await store.saveAccount(account('acc-1', 'a@example.org'), undefined, audit);
      await store.saveAccount(
        account('acc-1', 'a@example.org', { role: 'admin', passwordHash: 'secret-hash-2' }),
        1,
        audit,
      );
      await store.deleteAccount('acc-1', { actorId: 'acc-admin', action: 'account.delete' });
      await expectStoreError(
        store.saveAccount(account('acc-1', 'bad'), undefined, audit),
        'VALIDATION',
      );
      const entries = await allAudit(store);
      expect(entries.map((entry) => entry.items)).toEqual([
        [{ op: 'delete', kind: 'Account', id: 'acc-1', properties: [] }],
        [{ op: 'update', kind: 'Account', id: 'acc-1', properties: ['role', 'passwordHash'] }],
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
      ]);
      expect(entries.every((entry) => entry.entityIds.join() === 'acc-1')).toBe(true);
      const text = JSON.stringify(entries);
      for (const value of [HASH, 'secret-hash-2', 'a@example.org', 'Konto'])
        expect(text).not.toContain(value);
    });
  });
}

import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SessionTokens } from '../../auth/session.js';
import {
  TEST_ACCOUNTS,
  TEST_PASSWORD,
  TEST_SESSION_SECRET,
  startTestApi,
} from '../../../test-support/api/test-server.js';
import type { TestApi } from '../../../test-support/api/test-server.js';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

const LOGIN = `mutation ($email: String!, $password: String!) {
  login(email: $email, password: $password) { token expiresAt account { id email role } }
}`;
const ME = '{ me { id email role displayName } }';
const UPDATE = `mutation ($id: ID!, $v: Int!, $input: UpdateAccountInput!) {
  updateAccount(id: $id, expectedVersion: $v, input: $input) { id role disabled version }
}`;
const CREATE = `mutation ($input: CreateAccountInput!) { createAccount(input: $input) { id email role version } }`;

type Login = { login: { token: string; expiresAt: string; account: { id: string; role: string } } };

describe('login and sessions', () => {
  it('signs in, answers `me`, and the token expires in about 8 hours', async () => {
    const { data, errors } = await api.gql<Login>(LOGIN, {
      email: 'Coordinator@Example.org ',
      password: TEST_PASSWORD,
    });
    expect(errors).toBeUndefined();
    expect(data?.login.account.role).toBe('coordinator');
    const hours = (Date.parse(data?.login.expiresAt ?? '') - Date.now()) / 3_600_000;
    expect(hours).toBeGreaterThan(7.9);
    expect(hours).toBeLessThanOrEqual(8);
    const me = await api.gql<{ me: { email: string } }>(ME, {}, data?.login.token);
    expect(me.data?.me.email).toBe(TEST_ACCOUNTS.coordinator);
    expect((await api.gql<{ me: null }>(ME)).data?.me).toBeNull();
    expect((await api.gql<{ logout: boolean }>('mutation { logout }')).data?.logout).toBe(true);
  });

  it('refuses wrong passwords and unknown e-mails alike', async () => {
    const wrong = await api.gql(LOGIN, { email: TEST_ACCOUNTS.member, password: 'wrong password' });
    const unknown = await api.gql(LOGIN, {
      email: 'nobody@example.org',
      password: 'wrong password',
    });
    for (const { errors } of [wrong, unknown]) {
      expect(errors?.[0]).toMatchObject({
        message: 'E-mail address or password is wrong.',
        extensions: { code: 'UNAUTHENTICATED' },
      });
    }
  });

  it('allows 5 failures per e-mail and address, then TOO_MANY_REQUESTS even with the right password', async () => {
    const email = 'limited@example.org';
    await api.gql(
      CREATE,
      { input: { email, password: TEST_PASSWORD, role: 'member' } },
      await api.tokenFor('admin'),
    );
    for (let i = 0; i < 5; i++) {
      const { errors } = await api.gql(LOGIN, { email, password: `wrong ${i}` });
      expect(errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
    const { errors } = await api.gql(LOGIN, { email, password: TEST_PASSWORD });
    expect(errors?.[0]?.extensions?.code).toBe('TOO_MANY_REQUESTS');
    expect(errors?.[0]?.message).toMatch(
      /Too many failed sign-in attempts\. Please wait 15 minutes/,
    );
    expect(errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(800);
  });

  it('rejects expired, forged and malformed tokens with UNAUTHENTICATED', async () => {
    const tokens = new SessionTokens(TEST_SESSION_SECRET, 3600);
    const past = new Date(Date.now() - 60_000);
    const expired = await tokens.sign(
      { accountId: api.accountIds.admin, version: 1 },
      past,
      new Date(Date.now() - 3_600_000),
    );
    const forged = await new SessionTokens('another-secret-that-is-long-enough-xx', 3600).issue({
      accountId: api.accountIds.admin,
      version: 1,
    });
    for (const token of [expired.token, forged.token, 'not.a.jwt']) {
      const response = await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: ME }),
      });
      expect(response.status).toBe(401);
      const body = (await response.json()) as {
        errors: { message: string; extensions: { code: string } }[];
      };
      expect(body.errors[0]?.extensions.code).toBe('UNAUTHENTICATED');
      expect(body.errors[0]?.message).toMatch(/session has expired or is no longer valid/);
    }
  });

  it('ends the sessions of a disabled account and refuses its login', async () => {
    const admin = await api.tokenFor('admin');
    const created = await api.gql<{ createAccount: { id: string; version: number } }>(
      CREATE,
      {
        input: { email: 'soon-disabled@example.org', password: TEST_PASSWORD, role: 'coordinator' },
      },
      admin,
    );
    const account = created.data?.createAccount;
    if (!account) throw new Error(JSON.stringify(created.errors));
    const token = await api.login('soon-disabled@example.org');
    expect((await api.gql<{ me: { id: string } }>(ME, {}, token)).data?.me.id).toBe(account.id);
    const disabled = await api.gql(
      UPDATE,
      { id: account.id, v: account.version, input: { disabled: true } },
      admin,
    );
    expect(disabled.errors).toBeUndefined();
    expect((await api.gql(ME, {}, token)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const again = await api.gql(LOGIN, {
      email: 'soon-disabled@example.org',
      password: TEST_PASSWORD,
    });
    expect(again.errors?.[0]?.message).toMatch(/disabled/);
  });
});

describe('account administration', () => {
  it('creates, lists, updates (with optimistic concurrency) and deletes accounts', async () => {
    const admin = await api.tokenFor('admin');
    const created = await api.gql<{
      createAccount: { id: string; version: number; email: string };
    }>(
      CREATE,
      { input: { email: 'New.Member@example.org', password: TEST_PASSWORD, role: 'member' } },
      admin,
    );
    const account = created.data?.createAccount;
    expect(account?.email).toBe('new.member@example.org');
    expect(account?.id).toMatch(/^acc-[0-9a-f]{16}$/);
    if (!account) throw new Error('not created');

    const list = await api.gql<{ accounts: { nodes: { email: string }[] } }>(
      '{ accounts(first: 100) { nodes { email } hasNextPage } }',
      {},
      admin,
    );
    expect(list.data?.accounts.nodes.map((a) => a.email)).toContain('new.member@example.org');
    expect(JSON.stringify(list)).not.toMatch(/scrypt|passwordHash/);

    const promoted = await api.gql<{ updateAccount: { role: string; version: number } }>(
      UPDATE,
      {
        id: account.id,
        v: account.version,
        input: { role: 'coordinator', password: 'a new password!' },
      },
      admin,
    );
    expect(promoted.data?.updateAccount.role).toBe('coordinator');
    expect(await api.login('new.member@example.org', 'a new password!')).toBeTruthy();

    const stale = await api.gql(
      UPDATE,
      { id: account.id, v: account.version, input: { role: 'admin' } },
      admin,
    );
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(stale.errors?.[0]?.message).toMatch(/changed by someone else|version/);

    const duplicate = await api.gql(
      CREATE,
      { input: { email: 'new.member@example.org', password: TEST_PASSWORD, role: 'member' } },
      admin,
    );
    expect(duplicate.errors?.[0]?.extensions?.code).toBe('CONFLICT');

    const deleted = await api.gql<{ deleteAccount: boolean }>(
      'mutation ($id: ID!) { deleteAccount(id: $id) }',
      { id: account.id },
      admin,
    );
    expect(deleted.data?.deleteAccount).toBe(true);
  });

  it('explains invalid input and protects the admin from locking themselves out', async () => {
    const admin = await api.tokenFor('admin');
    const bad = await api.gql(
      CREATE,
      { input: { email: 'nope', password: 'short', role: 'member' } },
      admin,
    );
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0]?.extensions?.issues).toEqual([
      expect.objectContaining({ path: 'email' }),
      expect.objectContaining({ path: 'password' }),
    ]);
    const self = await api.gql(
      'mutation ($id: ID!) { deleteAccount(id: $id) }',
      { id: api.accountIds.admin },
      admin,
    );
    expect(self.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('entries an account acts for', () => {
  const LINK = `mutation ($id: ID!, $v: Int!, $input: UpdateAccountInput!) {
    updateAccount(id: $id, expectedVersion: $v, input: $input) { id version actorIds actors { id name } }
  }`;
  const ME_LINKED = '{ me { id actorIds actors { id name label } } }';

  it('links an account to persons and institutions, refuses anything else, and ends its sessions', async () => {
    await api.store.upsert({
      nodes: [
        {
          label: 'Institution',
          id: 'inst-link-verein',
          properties: {
            name: 'Verein Zukunft Zittau',
            kind: 'association',
            sector: 'civil_society',
          },
        },
        {
          label: 'Person',
          id: 'pers-link-hidden',
          properties: {
            name: 'Hanna Verborgen',
            visibility: 'coordinators',
            consentDate: '2025-01-01',
          },
        },
        { label: 'Topic', id: 'topic-link', properties: { name: 'Energie', key: 'link_energy' } },
      ],
      relationships: [],
    });
    const email = 'linked.member@example.org';
    // A fresh sign-in: on the Neo4j tier another describe's server re-creates the test accounts.
    const admin = await api.login(TEST_ACCOUNTS.admin);
    const created = await api.gql<{ createAccount: { id: string; version: number } }>(
      CREATE,
      { input: { email, password: TEST_PASSWORD, role: 'member' } },
      admin,
    );
    const account = created.data?.createAccount;
    if (!account) throw new Error(`account not created: ${JSON.stringify(created.errors)}`);
    const login = await api.gql<Login>(LOGIN, { email, password: TEST_PASSWORD });
    const before = login.data?.login.token;

    for (const bad of [
      ['topic-link'],
      ['inst-missing'],
      ['inst-link-verein', 'inst-link-verein'],
    ]) {
      const refused = await api.gql(
        LINK,
        { id: account.id, v: 1, input: { actorIds: bad } },
        admin,
      );
      expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
    const linked = await api.gql<{ updateAccount: { actorIds: string[]; version: number } }>(
      LINK,
      { id: account.id, v: 1, input: { actorIds: ['inst-link-verein', 'pers-link-hidden'] } },
      admin,
    );
    expect(linked.errors).toBeUndefined();
    expect(linked.data?.updateAccount).toMatchObject({
      actorIds: ['inst-link-verein', 'pers-link-hidden'],
      version: 2,
      actors: [
        { id: 'inst-link-verein', name: 'Verein Zukunft Zittau' },
        { id: 'pers-link-hidden' },
      ],
    });
    // A change of what an account may act for is a change of rights: its old sessions end.
    const stale = await api.gql(ME_LINKED, {}, before);
    expect(stale.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const again = await api.gql<Login>(LOGIN, { email, password: TEST_PASSWORD });
    const me = await api.gql<{ me: { actorIds: string[]; actors: { id: string }[] } }>(
      ME_LINKED,
      {},
      again.data?.login.token,
    );
    // The member sees its links, but not the person hidden from members.
    expect(me.data?.me.actorIds).toEqual(['inst-link-verein', 'pers-link-hidden']);
    expect(me.data?.me.actors.map((node) => node.id)).toEqual(['inst-link-verein']);
  });
});

describe('first admin', () => {
  it('is created from ADMIN_EMAIL and ADMIN_PASSWORD when no admin exists', async () => {
    const fresh = await startTestApi({
      accounts: false,
      env: { ADMIN_EMAIL: 'Boss@Example.org', ADMIN_PASSWORD: 'initial admin password' },
    });
    try {
      const token = await fresh.login('boss@example.org', 'initial admin password');
      const me = await fresh.gql<{ me: { role: string } }>(ME, {}, token);
      expect(me.data?.me.role).toBe('admin');
      const audit = await fresh.gql<{
        auditLog: { entries: { action: string; actorId: string | null }[] };
      }>('{ auditLog { entries { action actorId note } } }', {}, token);
      expect(audit.data?.auditLog.entries).toEqual([
        expect.objectContaining({ action: 'account.create', actorId: null }),
      ]);
      expect(JSON.stringify(audit)).not.toMatch(/initial admin password/);
    } finally {
      await fresh.close();
    }
  });
});

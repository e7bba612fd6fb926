/**
 * Security basics (issue 6, item 7): sessions and login rate limiting, the cases accounts.test.ts does not
 * cover. Tokens end when the account changes (password reset, role change, deletion); forged shapes (alg none,
 * other issuer or audience, unknown account) and malformed headers are refused on GraphQL and on the HTTP
 * routes alike, never treated as anonymous; the login limiter cannot be used to probe for accounts or be
 * sidestepped with case, spaces or a forged X-Forwarded-For.
 */
import 'reflect-metadata';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  TEST_PASSWORD,
  TEST_SESSION_SECRET,
  startTestApi,
} from '../../test-support/api/test-server.js';
import type { TestApi } from '../../test-support/api/test-server.js';
import { ApiClient } from '../../test-support/proof/api-client.js';

let api: TestApi;
let admin: ApiClient;
beforeAll(async () => {
  api = await startTestApi();
  admin = new ApiClient(api.url, await api.tokenFor('admin'));
});
afterAll(() => api.close());

const ME = '{ me { id role } }';
const LOGIN = 'mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { token } }';

async function newAccount(
  email: string,
  role = 'coordinator',
): Promise<{ id: string; version: number }> {
  const created = await admin.gql<{ createAccount: { id: string; version: number } }>(
    'mutation ($input: CreateAccountInput!) { createAccount(input: $input) { id version } }',
    { input: { email, password: TEST_PASSWORD, role } },
  );
  if (!created.data) throw new Error(JSON.stringify(created.errors));
  return created.data.createAccount;
}

/** The token is refused everywhere: GraphQL (401), import and export (401), never downgraded to anonymous. */
async function expectRefused(authorization: string): Promise<void> {
  const headers = { authorization };
  const graphql = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify({ query: ME }),
  });
  expect(graphql.status, authorization).toBe(401);
  expect(await graphql.text()).toMatch(/UNAUTHENTICATED/);
  const exported = await fetch(`${api.url}/api/export?format=json`, { headers });
  expect(exported.status, `export with ${authorization}`).toBe(401);
  const imported = await fetch(`${api.url}/api/import/topics?mode=dry-run`, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'text/csv' },
    body: 'key,name\nx,y\n',
  });
  expect(imported.status, `import with ${authorization}`).toBe(401);
}

const key = new TextEncoder().encode(TEST_SESSION_SECRET);
const signed = (claims: {
  sub: string;
  ver: number;
  iss?: string;
  aud?: string;
}): Promise<string> =>
  new SignJWT({ ver: claims.ver })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(claims.sub)
    .setIssuer(claims.iss ?? 'nzr-explorer')
    .setAudience(claims.aud ?? 'nzr-explorer-api')
    .setIssuedAt()
    .setExpirationTime('1h')
    .sign(key);
const b64 = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('sessions end when the account changes', () => {
  it.each([
    ['a password reset', { password: 'a brand new password' }],
    ['a role change', { role: 'member' }],
    ['a new display name (any change bumps the version)', { displayName: 'Umbenannt' }],
  ])('after %s', async (_what, input) => {
    const email = `changed-${Object.keys(input)[0]}@example.org`;
    const account = await newAccount(email);
    const token = await api.login(email);
    expect((await new ApiClient(api.url, token).gql(ME)).errors).toBeUndefined();
    const updated = await admin.gql(
      'mutation ($id: ID!, $v: Int!, $input: UpdateAccountInput!) { updateAccount(id: $id, expectedVersion: $v, input: $input) { version } }',
      {
        id: account.id,
        v: account.version,
        input,
      },
    );
    expect(updated.errors).toBeUndefined();
    await expectRefused(`Bearer ${token}`);
  });

  it('after the account is deleted', async () => {
    const account = await newAccount('deleted@example.org');
    const token = await api.login('deleted@example.org');
    await admin.gql('mutation ($id: ID!) { deleteAccount(id: $id) }', { id: account.id });
    await expectRefused(`Bearer ${token}`);
  });
});

describe('forged and malformed credentials', () => {
  it('refuses tokens that are unsigned, for another issuer or audience, or for an unknown account', async () => {
    const id = api.accountIds.admin;
    const none = `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ sub: id, ver: 1, iss: 'nzr-explorer', aud: 'nzr-explorer-api', exp: 4_000_000_000 })}.`;
    for (const token of [
      none,
      await signed({ sub: id, ver: 1, iss: 'someone-else' }),
      await signed({ sub: id, ver: 1, aud: 'another-api' }),
      await signed({ sub: 'acc-0000000000000000', ver: 1 }),
      await signed({ sub: id, ver: 99 }),
    ]) {
      await expectRefused(`Bearer ${token}`);
    }
  });

  it('refuses Authorization headers that are not one Bearer token', async () => {
    const token = await api.tokenFor('admin');
    for (const header of [
      'Basic YWRtaW46YWRtaW4=',
      `Bearer ${token} ${token}`,
      'Bearer',
      `Token ${token}`,
      `Bearer ${token}x`,
    ]) {
      await expectRefused(header);
    }
  });
});

describe('login rate limiting', () => {
  const attempt = (email: string, password: string, forwardedFor?: string) =>
    new ApiClient(api.url)
      .raw('/graphql', {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(forwardedFor ? { 'x-forwarded-for': forwardedFor } : {}),
        },
        body: JSON.stringify({ query: LOGIN, variables: { e: email, p: password } }),
      })
      .then((response) => /"code":"(\w+)"/.exec(response.text)?.[1] ?? 'OK');

  it('limits unknown e-mails exactly like known ones (no account probing)', async () => {
    await newAccount('known@example.org');
    for (const email of ['known@example.org', 'unknown@example.org']) {
      const codes = [];
      for (let i = 0; i < 6; i++) codes.push(await attempt(email, `wrong ${i}`));
      expect(codes, email).toEqual([
        ...Array<string>(5).fill('UNAUTHENTICATED'),
        'TOO_MANY_REQUESTS',
      ]);
    }
  });

  it('is not sidestepped by case, spaces or a forged X-Forwarded-For', async () => {
    await newAccount('sidestep@example.org');
    for (let i = 0; i < 5; i++) await attempt('sidestep@example.org', `wrong ${i}`);
    for (const [email, forwarded] of [
      ['SideStep@Example.org', undefined],
      ['  sidestep@example.org ', undefined],
      ['sidestep@example.org', '203.0.113.7'],
    ] as const) {
      expect(await attempt(email, TEST_PASSWORD, forwarded), email).toBe('TOO_MANY_REQUESTS');
    }
  });

  it('forgives failures after a successful login, and one e-mail does not lock out another', async () => {
    await newAccount('forgiven@example.org');
    for (let i = 0; i < 4; i++) await attempt('forgiven@example.org', `wrong ${i}`);
    expect(await attempt('forgiven@example.org', TEST_PASSWORD)).toBe('OK');
    for (let i = 0; i < 4; i++)
      expect(await attempt('forgiven@example.org', `again ${i}`)).toBe('UNAUTHENTICATED');
    expect(await attempt('member@example.org', TEST_PASSWORD)).toBe('OK');
  });
});

/**
 * The demo account: created once with the demo data, its printed password signs in through the real API as
 * a coordinator, and a second start neither creates another nor shows a password again.
 */
import 'reflect-metadata';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createServer } from '@nzr/server/app';
import { openStore } from '@nzr/server/store';
import type { GraphStore } from '@nzr/server/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNT_EMAIL, createDemoAccount, demoAccountLines } from './demo-account.js';

let dataDir = '';
let store: GraphStore;
beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'nzr-demo-account-'));
  store = await openStore({ kind: 'embedded', dataDir });
});
afterAll(async () => {
  await store.close();
  await rm(dataDir, { recursive: true, force: true });
});

async function login(url: string, email: string, password: string) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      query:
        'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { account { role } } }',
      variables: { e: email, p: password },
    }),
  });
  return (await response.json()) as {
    data?: { login: { account: { role: string } } };
    errors?: unknown[];
  };
}

describe('demo account', () => {
  it('is a coordinator whose printed password signs in, created only once', async () => {
    const demo = await createDemoAccount(store);
    if (!demo) throw new Error('no demo account created on an empty store');
    expect(demo.email).toBe(DEMO_ACCOUNT_EMAIL);
    expect(demo.password).toMatch(/^[\w-]{16}$/);
    const printed = demoAccountLines(demo).join('\n');
    expect(printed).toContain(`E-Mail:   ${DEMO_ACCOUNT_EMAIL}`);
    expect(printed).toContain(`Passwort: ${demo.password}`);
    // Stored hashed, never in clear.
    const stored = await store.getAccount({ email: DEMO_ACCOUNT_EMAIL });
    expect(stored?.role).toBe('coordinator');
    expect(JSON.stringify(stored)).not.toContain(demo.password);

    const server = await createServer({
      store,
      config: { host: '127.0.0.1', port: 0, logLevel: 'silent' },
      clientDist: null,
    });
    try {
      const ok = await login(server.url, DEMO_ACCOUNT_EMAIL, demo.password);
      expect(ok.data?.login.account.role).toBe('coordinator');
      const wrong = await login(server.url, DEMO_ACCOUNT_EMAIL, `${demo.password}x`);
      expect(wrong.errors?.length).toBeGreaterThan(0);
    } finally {
      await server.close();
    }
    // A second start of the same data: no new account, no password shown.
    expect(await createDemoAccount(store)).toBeNull();
  });
});

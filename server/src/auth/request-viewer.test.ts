/** viewerFromRequest in a plain express route, as the CSV import/export routes use it. */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../store/index.js';
import type { GraphStore } from '../store/port.js';
import { newAccount } from './accounts.js';
import { Authenticator } from './authenticator.js';
import { authentication, httpStatusOf, viewerFromRequest } from './request-viewer.js';
import { SessionTokens } from './session.js';
import { requireRole } from './viewer.js';

let dataDir: string;
let store: GraphStore;
let server: http.Server;
let url: string;
const tokens = new SessionTokens('request-viewer-test-secret-0123456789', 3600);

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'nzr-viewer-'));
  store = await openStore({ kind: 'embedded', dataDir });
  const app = express();
  app.use(authentication(new Authenticator(store, tokens)));
  app.get('/export', async (req, res) => {
    try {
      const viewer = await viewerFromRequest(req);
      // Cached per request: a second call returns the same promise.
      expect(viewerFromRequest(req)).toBe(viewerFromRequest(req));
      requireRole(viewer, 'coordinator');
      res.json({ role: viewer.role });
    } catch (error) {
      res.status(httpStatusOf(error)).json({ code: (error as { code?: string }).code });
    }
  });
  server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await store.close();
  await rm(dataDir, { recursive: true, force: true });
});

const get = (token?: string) =>
  fetch(`${url}/export`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

describe('viewerFromRequest', () => {
  it('gives express routes the viewer of the Authorization header', async () => {
    const saved = async (email: string, role: 'member' | 'coordinator') => {
      const account = await store.saveAccount(
        await newAccount({ email, password: 'long enough pw', role }),
      );
      return (await tokens.issue({ accountId: account.id, version: account.version })).token;
    };
    expect((await get()).status).toBe(401);
    expect((await get(await saved('m@example.org', 'member'))).status).toBe(403);
    const ok = await get(await saved('c@example.org', 'coordinator'));
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ role: 'coordinator' });
    const bad = await get('garbage');
    expect(bad.status).toBe(401);
    expect(await bad.json()).toEqual({ code: 'UNAUTHENTICATED' });
  });
});

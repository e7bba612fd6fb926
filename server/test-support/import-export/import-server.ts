/**
 * The real server in-process on a fresh embedded test store, with a coordinator's session, for import tests
 * over HTTP: `upload(kind, mode, bytes)` sends a file as a browser's form does.
 */
import 'reflect-metadata';
import type { ImportKind, ImportMode } from '@nzr/graph-schema';
import type { RunningServer } from '../../src/app.js';
import { createServer } from '../../src/app.js';
import { SessionTokens } from '../../src/auth/session.js';
import { createLogger } from '../../src/logger.js';
import type { UpsertBatch } from '../../src/store/port.js';
import { openTestStore } from './import-store.js';
import type { TestStore } from './import-store.js';

const SECRET = 'import-server-test-secret-0123456789abcdef';

export interface ImportServer extends TestStore {
  readonly url: string;
  upload(kind: ImportKind, mode: ImportMode, file: string | Uint8Array): Promise<Response>;
}

export async function startImportServer(fixture?: UpsertBatch): Promise<ImportServer> {
  const t = await openTestStore(fixture);
  const account = await t.store.saveAccount({
    id: 'acc-coordinator',
    email: 'coordinator@example.org',
    displayName: 'coordinator',
    role: 'coordinator',
    passwordHash: 'not-used-in-this-test',
    disabled: false,
  });
  const { token } = await new SessionTokens(SECRET, 3600).issue({
    accountId: account.id,
    version: account.version,
  });
  const server: RunningServer = await createServer({
    store: t.store,
    config: {
      host: '127.0.0.1',
      port: 0,
      logLevel: 'silent',
      auth: { sessionSecret: SECRET, sessionTtlSeconds: 3600, initialAdmin: null },
    },
    logger: createLogger('silent'),
    clientDist: null,
  });
  return {
    store: t.store,
    url: server.url,
    upload(kind, mode, file) {
      const body = new FormData();
      body.append('file', new Blob([file], { type: 'text/csv' }), `${kind}.csv`);
      return fetch(`${server.url}/api/import/${kind}?mode=${mode}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}` },
        body,
      });
    },
    async close() {
      await server.close();
      await t.close();
    },
  };
}

/**
 * Runs the real server in-process for API tests: an embedded store in a fresh temporary folder, loaded with
 * the tiny network through the port, served on a free port and spoken to over HTTP with fetch.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createServer } from '../app.js';
import { createLogger } from '../logger.js';
import { openStore } from '../store/index.js';
import type { UpsertBatch } from '../store/port.js';
import { TINY_NETWORK } from './test-fixture.js';

export interface GraphQLResponse<T> {
  readonly data?: T | null;
  readonly errors?: readonly { message: string; extensions?: Record<string, unknown> }[];
}

export interface TestApi {
  readonly url: string;
  gql<T>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

export async function startTestApi(fixture: UpsertBatch = TINY_NETWORK): Promise<TestApi> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'nzr-api-'));
  const store = await openStore({ kind: 'embedded', dataDir });
  await store.upsert(fixture);
  const logger = createLogger('silent');
  const server = await createServer({
    store,
    config: { host: '127.0.0.1', port: 0, logLevel: 'silent' },
    logger,
    clientDist: null,
  });
  return {
    url: server.url,
    async gql<T>(query: string, variables: Record<string, unknown> = {}) {
      const response = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as GraphQLResponse<T>;
    },
    async close() {
      await server.close();
      await store.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

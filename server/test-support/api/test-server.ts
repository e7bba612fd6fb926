/**
 * Runs the real server in-process for API tests: an embedded store in a fresh temporary folder — or, when
 * NEO4J_URI is set, the emptied Neo4j test database (server test files then run one at a time) — loaded with
 * the tiny network through the port, served on a free port and spoken to over HTTP with fetch. One account
 * per role is created (TEST_ACCOUNTS) so tests can sign in as anyone.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { AccountRole } from '@nzr/graph-schema';
import { createServer } from '../../src/app.js';
import type { CreateServerOptions, RunningServer } from '../../src/app.js';
import { newAccount } from '../../src/auth/accounts.js';
import { authConfigFrom } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { openStore } from '../../src/store/index.js';
import type { GraphStore, UpsertBatch } from '../../src/store/port.js';
import { TINY_NETWORK } from './tiny-network.js';

export interface GraphQLResponse<T> {
  readonly data?: T | null;
  readonly errors?: readonly { message: string; extensions?: Record<string, unknown> }[];
}

export const TEST_SESSION_SECRET = 'test-session-secret-0123456789-abcdef';
export const TEST_PASSWORD = 'correct horse battery';
export const TEST_ACCOUNTS: Readonly<Record<AccountRole, string>> = {
  member: 'member@example.org',
  coordinator: 'coordinator@example.org',
  admin: 'admin@example.org',
};

export interface TestApi {
  readonly url: string;
  readonly store: GraphStore;
  /** The server's heavy-work admission and threads. */
  readonly heavy: RunningServer['heavy'];
  /** Account ids by role. */
  readonly accountIds: Readonly<Record<AccountRole, string>>;
  gql<T>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string | null,
  ): Promise<GraphQLResponse<T>>;
  /** Signs in and returns the token; throws when sign-in fails. */
  login(email: string, password?: string): Promise<string>;
  /** A token for the test account of this role (cached). */
  tokenFor(role: AccountRole): Promise<string>;
  close(): Promise<void>;
}

export interface TestApiOptions {
  readonly fixture?: UpsertBatch;
  readonly env?: NodeJS.ProcessEnv;
  /** Wraps the real store, e.g. with `withFault`. */
  readonly wrapStore?: (store: GraphStore) => GraphStore;
  readonly clientDist?: CreateServerOptions['clientDist'];
  /** Create the per-role test accounts (default true). */
  readonly accounts?: boolean;
  /** Limits of heavy work (exports, analyses). */
  readonly heavy?: CreateServerOptions['heavy'];
  /** Clock of the proposal form tokens. */
  readonly proposals?: CreateServerOptions['proposals'];
}

/** The store the API tests run on: Neo4j when NEO4J_URI is set, else a fresh embedded store. */
async function openTestStore(dataDir: string): Promise<GraphStore> {
  if (!process.env.NEO4J_URI) return openStore({ kind: 'embedded', dataDir });
  const { openNeo4jTestStore } = await import('../store/neo4j-test-store.js');
  return openNeo4jTestStore();
}

export async function startTestApi(options: TestApiOptions = {}): Promise<TestApi> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'nzr-api-'));
  const realStore = await openTestStore(dataDir);
  await realStore.upsert(options.fixture ?? TINY_NETWORK);
  const accountIds: Partial<Record<AccountRole, string>> = {};
  if (options.accounts !== false) {
    for (const [role, email] of Object.entries(TEST_ACCOUNTS) as [AccountRole, string][]) {
      const account = await newAccount({ email, password: TEST_PASSWORD, role });
      accountIds[role] = (await realStore.saveAccount(account)).id;
    }
  }
  const store = options.wrapStore ? options.wrapStore(realStore) : realStore;
  const server = await createServer({
    store,
    config: {
      host: '127.0.0.1',
      port: 0,
      logLevel: 'silent',
      auth: authConfigFrom({ SESSION_SECRET: TEST_SESSION_SECRET, ...options.env }),
      corsOrigins: options.env?.CORS_ORIGINS?.split(',') ?? [],
    },
    logger: createLogger('silent'),
    clientDist: options.clientDist ?? null,
    ...(options.heavy ? { heavy: options.heavy } : {}),
    ...(options.proposals ? { proposals: options.proposals } : {}),
  });
  const tokens = new Map<AccountRole, Promise<string>>();
  const api: TestApi = {
    url: server.url,
    store: realStore,
    heavy: server.heavy,
    accountIds: accountIds as Record<AccountRole, string>,
    async gql<T>(query: string, variables: Record<string, unknown> = {}, token?: string | null) {
      const response = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as GraphQLResponse<T>;
    },
    async login(email: string, password = TEST_PASSWORD) {
      const { data, errors } = await api.gql<{ login: { token: string } }>(
        `mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token } }`,
        { email, password },
      );
      if (!data?.login) throw new Error(`login failed: ${JSON.stringify(errors)}`);
      return data.login.token;
    },
    tokenFor(role: AccountRole) {
      let token = tokens.get(role);
      if (!token) {
        token = api.login(TEST_ACCOUNTS[role]);
        tokens.set(role, token);
      }
      return token;
    },
    async close() {
      await server.close();
      await realStore.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
  return api;
}

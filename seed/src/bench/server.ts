/**
 * The real GraphQL server in-process on 127.0.0.1 (port 0), on a bench dataset's store, with a bench admin
 * created at start-up through the server's own first-admin path (ADMIN_EMAIL/ADMIN_PASSWORD equivalent) and
 * signed in through the `login` mutation when the API has one.
 */
import { randomBytes } from 'node:crypto';
import { createServer } from '@nzr/server/app';
import type { RunningServer } from '@nzr/server/app';
import type { GraphStore } from '@nzr/server/store';
import { GraphQLClient, SchemaInfo } from './graphql-client.js';

export interface BenchServer {
  readonly server: RunningServer;
  readonly client: GraphQLClient;
  readonly schema: SchemaInfo;
  /** Session token of the bench admin; null when the API has no login. */
  readonly token: string | null;
  /** Why there is no token, when there is none. */
  readonly loginNote: string | null;
}

const EMAIL = 'bench-admin@example.org';

export async function startServer(
  store: GraphStore,
  options: { readonly trustProxy?: string } = {},
): Promise<BenchServer> {
  const password = randomBytes(12).toString('hex');
  const server = await createServer({
    store,
    config: {
      host: '127.0.0.1',
      port: 0,
      logLevel: 'silent',
      ...(options.trustProxy ? { trustProxy: options.trustProxy } : {}),
      auth: {
        sessionSecret: randomBytes(32).toString('hex'),
        sessionTtlSeconds: 3600,
        initialAdmin: { email: EMAIL, password },
      },
    },
    clientDist: null,
  });
  const client = new GraphQLClient(server.url.replace('localhost', '127.0.0.1'));
  const schema = await SchemaInfo.load(client);
  if (!schema.mutationField('login'))
    return { server, client, schema, token: null, loginNote: 'the API has no login mutation' };
  try {
    const { login } = await client.data<{ login: { token: string } }>(
      'mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
      { email: EMAIL, password },
    );
    return { server, client, schema, token: login.token, loginNote: null };
  } catch (error) {
    // e.g. an admin from an earlier run exists with another password: the bench admin was not created.
    return { server, client, schema, token: null, loginNote: `login failed: ${String(error)}` };
  }
}

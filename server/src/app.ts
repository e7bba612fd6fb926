/**
 * The HTTP server: GraphQL, probes and (when built) the client, on one port. `createServer` is what main.ts
 * and the API tests both run, so tests exercise the real server in-process (port 0 picks a free port).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { GraphQLSchema } from 'graphql';
import type { ServerConfig } from './config.js';
import { createContext } from './context.js';
import type { Context } from './context.js';
import { depthLimit } from './graphql/depth-limit.js';
import { createFormatError } from './graphql/errors.js';
import { buildGraphQLSchema } from './graphql/schema.js';
import { BODY_LIMIT_BYTES, errorHandler, notFound } from './http/errors.js';
import { healthRoutes } from './http/health.js';
import { requestLog } from './http/request-log.js';
import { defaultClientDist, staticClient } from './http/static-client.js';
import { createLogger } from './logger.js';
import type { Logger } from './logger.js';
import type { GraphStore } from './store/port.js';

export interface CreateServerOptions {
  readonly store: GraphStore;
  readonly config: Pick<ServerConfig, 'host' | 'port' | 'logLevel'>;
  readonly logger?: Logger;
  /** Folder of the built client; default client/dist when it exists; null serves no client. */
  readonly clientDist?: string | null;
  readonly schema?: GraphQLSchema;
}

export interface RunningServer {
  /** Base address, e.g. http://127.0.0.1:4000. */
  readonly url: string;
  readonly httpServer: http.Server;
  /** Stops accepting connections, lets running requests finish, then stops Apollo. The store stays open. */
  close(): Promise<void>;
}

export async function createServer(options: CreateServerOptions): Promise<RunningServer> {
  const { store, config } = options;
  const logger = options.logger ?? createLogger(config.logLevel);
  const development = process.env.NODE_ENV === 'development';
  const app = express();
  const httpServer = http.createServer(app);

  const apollo = new ApolloServer<Context>({
    schema: options.schema ?? (await buildGraphQLSchema()),
    validationRules: [depthLimit()],
    includeStacktraceInErrorResponses: development,
    formatError: createFormatError(logger, development),
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer })],
    // main.ts owns SIGINT/SIGTERM: Apollo's own handler would re-raise the signal and kill the process
    // before the store is closed (leaving its lock behind).
    stopOnTerminationSignals: false,
    logger,
  });
  await apollo.start();

  app.disable('x-powered-by');
  app.use(requestLog(logger));
  app.use(healthRoutes(store, logger));
  // Exactly /graphql: sub-paths fall through to the 404 handler instead of reaching Apollo.
  app.all(
    '/graphql',
    express.json({ limit: BODY_LIMIT_BYTES }),
    expressMiddleware(apollo, { context: async () => createContext(store) }),
  );
  const clientDist = options.clientDist === undefined ? defaultClientDist() : options.clientDist;
  if (clientDist) app.use(staticClient(clientDist));
  app.use(notFound);
  app.use(errorHandler(logger));

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.port, config.host, () => resolve());
  });
  const { port } = httpServer.address() as AddressInfo;
  const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    httpServer,
    // The drain plugin closes the HTTP server and waits for open requests before Apollo stops.
    close: () => apollo.stop(),
  };
}

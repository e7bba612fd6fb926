/**
 * The HTTP server: GraphQL, probes and (when built) the client, on one port. `createServer` is what main.ts
 * and the API tests both run, so tests exercise the real server in-process (port 0 picks a free port).
 */
import { createHash } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { GraphQLError } from 'graphql';
import type { GraphQLSchema } from 'graphql';
import { API_ERRORS } from './api-errors.js';
import { Authenticator } from './auth/authenticator.js';
import { ensureFirstAdmin } from './auth/first-admin.js';
import { LoginLimiter } from './auth/login-limiter.js';
import { authentication, clientAddress, viewerFromRequest } from './auth/request-viewer.js';
import { SessionTokens } from './auth/session.js';
import { resolveSessionSecret } from './auth/session-secret.js';
import { UnauthenticatedError } from './auth/viewer.js';
import type { AuthConfig, ServerConfig, StoreConfig } from './config.js';
import { authConfigFrom } from './config.js';
import { createContext } from './context.js';
import type { Context, ServerDeps } from './context.js';
import { MAX_QUERY_TOKENS, complexityLimit } from './graphql/complexity.js';
import { depthLimit } from './graphql/depth-limit.js';
import { documentBound } from './graphql/document-bound-middleware.js';
import { oneRequestPerTurn } from './http/fair-turns.js';
import { createFormatError } from './graphql/errors.js';
import { buildGraphQLSchema } from './graphql/schema.js';
import { cors } from './http/cors.js';
import { BODY_LIMIT_BYTES, errorHandler, notFound } from './http/errors.js';
import { healthRoutes } from './http/health.js';
import { importExportRoutes } from './modules/import-export/import-export.routes.js';
import { requestLog } from './http/request-log.js';
import { ProposalGuard } from './modules/proposals/proposal.guard.js';
import type { ProposalGuardOptions } from './modules/proposals/proposal.guard.js';
import { CLIENT_DIST_DIR, defaultClientDist, staticClient } from './http/static-client.js';
import { createLogger } from './logger.js';
import type { Logger } from './logger.js';
import { HeavyWork } from './heavy/heavy-work.js';
import type { HeavyOptions } from './heavy/heavy-work.js';
import { isStoreError } from './store/errors.js';
import type { GraphStore } from './store/port.js';

export interface CreateServerOptions {
  readonly store: GraphStore;
  readonly config: Pick<ServerConfig, 'host' | 'port' | 'logLevel'> & {
    /** `pretty` logs only failed or slow requests (default `json`: every request). */
    readonly logFormat?: ServerConfig['logFormat'];
    /** Sessions and the first admin; defaults: a per-process session key, no first admin. */
    readonly auth?: AuthConfig;
    readonly corsOrigins?: readonly string[];
    readonly trustProxy?: ServerConfig['trustProxy'];
    /** Where the store lives; with the embedded store, the session key is kept in its folder. */
    readonly store?: StoreConfig;
  };
  readonly logger?: Logger;
  /** Folder of the built client; default client/dist when it exists; null serves no client. */
  readonly clientDist?: string | null;
  readonly schema?: GraphQLSchema;
  /** Limits of heavy work (exports, analyses); defaults in heavy/heavy-work.ts. */
  readonly heavy?: HeavyOptions;
  /** Clock of the proposal form tokens (tests move it instead of waiting). */
  readonly proposals?: ProposalGuardOptions;
}

export interface RunningServer {
  /** Base address, e.g. http://127.0.0.1:4000. */
  readonly url: string;
  readonly httpServer: http.Server;
  /** The server's heavy-work admission and threads (inspected by the proofs). */
  readonly heavy: HeavyWork;
  /** Stops accepting connections, lets running requests finish, then stops Apollo. The store stays open. */
  close(): Promise<void>;
}

export async function createServer(options: CreateServerOptions): Promise<RunningServer> {
  const { store, config } = options;
  const logger = options.logger ?? createLogger(config.logLevel);
  const development = process.env.NODE_ENV === 'development';
  const app = express();
  const httpServer = http.createServer(app);
  const auth = config.auth ?? authConfigFrom({});
  const secret = await resolveSessionSecret(auth, config.store ?? null, logger);
  const tokens = new SessionTokens(secret, auth.sessionTtlSeconds);
  const heavy = new HeavyWork(store, options.heavy);
  const proposalGuard = new ProposalGuard(
    createHash('sha256').update(`proposals:${secret}`).digest(),
    options.proposals,
  );
  const deps: ServerDeps = {
    store,
    tokens,
    loginLimiter: new LoginLimiter(),
    logger,
    heavy,
    proposalGuard,
  };
  await ensureFirstAdmin(store, auth.initialAdmin, logger);

  const schema = options.schema ?? (await buildGraphQLSchema());
  const apollo = new ApolloServer<Context>({
    schema,
    validationRules: [depthLimit()],
    // Bounds parsing and validation by the document's size, before the depth and cost limits (complexity.ts).
    parseOptions: { maxTokens: MAX_QUERY_TOKENS },
    // Browsers cannot send a "simple" cross-site GraphQL request: Apollo demands a preflighted content type.
    csrfPrevention: true,
    // Apollo turns introspection off when NODE_ENV=production. The schema is public anyway (server/schema.graphql
    // is committed) and other clients a network builds (codegen, GraphiQL) rely on it; depth and complexity
    // limits apply to introspection queries as to any other.
    introspection: true,
    includeStacktraceInErrorResponses: development,
    formatError: createFormatError(logger, development),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      complexityLimit<Context>(schema),
      // No field sets cache hints and responses to personal data must not be cached by proxies anyway; the
      // default cache-control plugin would still wrap every field resolver (7-15 % of a large response).
      ApolloServerPluginCacheControlDisabled(),
    ],
    // main.ts owns SIGINT/SIGTERM: Apollo's own handler would re-raise the signal and kill the process
    // before the store is closed (leaving its lock behind).
    stopOnTerminationSignals: false,
    logger,
  });
  await apollo.start();

  app.disable('x-powered-by');
  // Behind a reverse proxy, req.ip (login rate limiting) must come from X-Forwarded-For.
  if (config.trustProxy) app.set('trust proxy', config.trustProxy);
  app.use(requestLog(logger, { quiet: config.logFormat === 'pretty' }));
  app.use(cors(config.corsOrigins ?? []));
  // Before every route: makes viewerFromRequest(req) available to GraphQL and the HTTP routes alike.
  app.use(authentication(new Authenticator(store, tokens)));
  app.use(healthRoutes(store, logger));
  // Exactly /graphql: sub-paths fall through to the 404 handler instead of reaching Apollo.
  app.all(
    '/graphql',
    express.json({ limit: BODY_LIMIT_BYTES }),
    // Refuses documents whose validation alone would hold the event loop (document-bound.ts).
    documentBound(),
    // One GraphQL request per event-loop turn, so that /health, timers and export chunks never wait behind a
    // backlog of requests (fair-turns.ts).
    oneRequestPerTurn(),
    expressMiddleware(apollo, {
      context: async ({ req }) =>
        createContext(deps, {
          viewer: await contextViewer(req),
          clientAddress: clientAddress(req),
        }),
    }),
  );
  app.use('/api', importExportRoutes(store, viewerFromRequest, heavy, logger));
  const clientDist = options.clientDist === undefined ? defaultClientDist() : options.clientDist;
  if (clientDist) app.use(staticClient(clientDist));
  else if (options.clientDist === undefined)
    logger.warn(
      `Oberfläche nicht gebaut / client not built: ${CLIENT_DIST_DIR} fehlt / is missing (npm run build); the API still answers`,
    );
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
    heavy,
    // The drain plugin closes the HTTP server and waits for open requests before Apollo stops; then the
    // heavy-work threads end.
    close: async () => {
      await apollo.stop();
      await heavy.close();
    },
  };
}

/** The request's viewer; a bad token becomes a 401 GraphQL error with a message that says what to do. */
async function contextViewer(req: express.Request): Promise<Context['viewer']> {
  try {
    return await viewerFromRequest(req);
  } catch (error) {
    if (error instanceof UnauthenticatedError) {
      throw new GraphQLError(error.message, {
        extensions: {
          code: 'UNAUTHENTICATED',
          http: { status: API_ERRORS.UNAUTHENTICATED.status },
        },
      });
    }
    // The account lookup needs the store; say so instead of a generic internal error.
    if (isStoreError(error, 'STORE_UNAVAILABLE')) {
      throw new GraphQLError(error.message, {
        extensions: {
          code: 'STORE_UNAVAILABLE',
          http: { status: API_ERRORS.STORE_UNAVAILABLE.status },
        },
      });
    }
    throw error;
  }
}

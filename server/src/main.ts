/**
 * Entry point: environment → store → schema → HTTP server → listen, and a graceful shutdown on SIGINT/SIGTERM.
 * reflect-metadata must load before any type-graphql decorator runs.
 */
import 'reflect-metadata';
import { browserAddress } from './address.js';
import { createServer } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import type { ServerConfig } from './config.js';
import { createLogger } from './logger.js';
import { startProposalRetention } from './modules/proposals/proposal.retention.js';
import { openStore } from './store/index.js';
import { isStoreError } from './store/errors.js';
import type { GraphStore } from './store/port.js';

function describeStore(config: ServerConfig): string {
  return config.store.kind === 'embedded'
    ? `embedded, ${config.store.dataDir}`
    : `neo4j, ${config.store.uri}`;
}

async function openStoreOrExit(
  config: ServerConfig,
  logger: ReturnType<typeof createLogger>,
): Promise<GraphStore> {
  try {
    return await openStore(config.store);
  } catch (error) {
    if (isStoreError(error, 'STORE_UNAVAILABLE') || isStoreError(error, 'STORE_CORRUPT')) {
      logger.fatal(
        { code: error.code },
        `Store nicht verfügbar / store unavailable (${describeStore(config)}): ${error.message}`,
      );
      process.exit(1);
    }
    throw error;
  }
}

async function main(): Promise<void> {
  let config: ServerConfig;
  try {
    config = loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(`Konfigurationsfehler / configuration error: ${error.message}`);
    process.exit(1);
  }
  const logger = createLogger(config.logLevel, { format: config.logFormat });
  const store = await openStoreOrExit(config, logger);
  const server = await createServer({ store, config, logger });
  // Undecided proposals do not keep a contact e-mail forever: expired now and every 24 h (timer unref'd).
  const retention = startProposalRetention(store, logger, {
    retentionDays: config.proposalRetentionDays,
  });
  const address = browserAddress(server.url);
  logger.info(`NZR Explorer läuft auf ${address} (Store: ${describeStore(config)})`);
  logger.info(
    `NZR Explorer is running at ${address} (store: ${describeStore(config)}; NODE_ENV: ${process.env.NODE_ENV ?? 'unset'})`,
  );

  let stopping = false;
  const shutdown = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'Fahre herunter / shutting down');
    try {
      retention.stop();
      await server.close();
      await store.close();
      process.exit(0);
    } catch (error) {
      logger.error({ err: error }, 'shutdown failed');
      process.exit(1);
    }
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error('NZR Explorer konnte nicht starten / failed to start:', error);
  process.exit(1);
});

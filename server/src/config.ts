/**
 * Server configuration from the environment, checked once at start-up with messages that say what to fix.
 * NEO4J_URI switches from the embedded store to Neo4j.
 */
import path from 'node:path';

export type StoreConfig =
  | { readonly kind: 'embedded'; readonly dataDir: string }
  | {
      readonly kind: 'neo4j';
      readonly uri: string;
      readonly user: string;
      readonly password: string;
      readonly database: string;
    };

export interface ServerConfig {
  readonly port: number;
  readonly host: string;
  readonly production: boolean;
  readonly logLevel: string;
  readonly store: StoreConfig;
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

function portFrom(value: string | undefined): number {
  if (value === undefined || value === '') return 4000;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`PORT must be a number from 0 to 65535, got "${value}"`);
  }
  return port;
}

export function storeConfigFrom(env: NodeJS.ProcessEnv): StoreConfig {
  const uri = env.NEO4J_URI?.trim();
  if (!uri) {
    // npm runs workspace scripts inside the workspace folder; INIT_CWD is where the user typed the command,
    // so `npm start` and `npm run seed` at the top level share one ./data.
    const base = env.INIT_CWD?.trim() || process.cwd();
    return { kind: 'embedded', dataDir: path.resolve(base, env.DATA_DIR?.trim() || 'data') };
  }
  if (!/^(neo4j|bolt)(\+s|\+ssc)?:\/\/.+/.test(uri)) {
    throw new ConfigError(
      `NEO4J_URI must look like neo4j://host:7687 or bolt://host:7687 (or +s/+ssc), got "${uri}"`,
    );
  }
  const password = env.NEO4J_PASSWORD;
  if (!password) {
    throw new ConfigError('NEO4J_PASSWORD is required when NEO4J_URI is set');
  }
  return {
    kind: 'neo4j',
    uri,
    user: env.NEO4J_USER?.trim() || 'neo4j',
    password,
    database: env.NEO4J_DATABASE?.trim() || 'neo4j',
  };
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  return {
    port: portFrom(env.PORT),
    host: env.HOST?.trim() || '0.0.0.0',
    production: env.NODE_ENV === 'production',
    logLevel: env.LOG_LEVEL?.trim() || 'info',
    store: storeConfigFrom(env),
  };
}

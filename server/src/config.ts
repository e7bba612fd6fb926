/**
 * Server configuration from the environment, checked once at start-up with messages that say what to fix.
 * NEO4J_URI switches from the embedded store to Neo4j.
 */
import path from 'node:path';
import { PROPOSAL_RETENTION_DEFAULT_DAYS } from '@nzr/graph-schema';

export type StoreConfig =
  | { readonly kind: 'embedded'; readonly dataDir: string }
  | {
      readonly kind: 'neo4j';
      readonly uri: string;
      readonly user: string;
      readonly password: string;
      readonly database: string;
    };

export interface AuthConfig {
  /** HS256 key for session tokens; null means "generate one" (see auth/session-secret.ts). */
  readonly sessionSecret: string | null;
  /** How long a session token is valid, in seconds. */
  readonly sessionTtlSeconds: number;
  /** First admin, created at start-up when no admin exists. */
  readonly initialAdmin: { readonly email: string; readonly password: string } | null;
}

export const LOG_FORMATS = ['pretty', 'json'] as const;
export type LogFormat = (typeof LOG_FORMATS)[number];

export interface ServerConfig {
  readonly port: number;
  readonly host: string;
  readonly production: boolean;
  readonly logLevel: string;
  /** `pretty` for a person at a terminal (requests only when slow or failed), `json` for log collectors. */
  readonly logFormat: LogFormat;
  readonly store: StoreConfig;
  readonly auth: AuthConfig;
  /** Origins allowed to call the API from a browser (CORS); empty means same origin only. */
  readonly corsOrigins: readonly string[];
  /** Express `trust proxy` (TRUST_PROXY, e.g. `1` or `loopback`); null trusts no proxy headers. */
  readonly trustProxy: string | number | null;
  /** Days an undecided entry proposal is kept before it expires (PROPOSAL_RETENTION_DAYS). */
  readonly proposalRetentionDays: number;
}

export const MIN_SESSION_SECRET_LENGTH = 32;
export const MIN_PASSWORD_LENGTH = 10;
const DEFAULT_SESSION_HOURS = 8;

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

export function authConfigFrom(env: NodeJS.ProcessEnv): AuthConfig {
  const secret = env.SESSION_SECRET?.trim() || null;
  if (secret !== null && secret.length < MIN_SESSION_SECRET_LENGTH) {
    throw new ConfigError(
      `SESSION_SECRET must be at least ${MIN_SESSION_SECRET_LENGTH} characters (e.g. \`openssl rand -hex 32\`), got ${secret.length}`,
    );
  }
  const hours = env.SESSION_HOURS?.trim() ? Number(env.SESSION_HOURS) : DEFAULT_SESSION_HOURS;
  if (!Number.isFinite(hours) || hours <= 0 || hours > 24 * 30) {
    throw new ConfigError(
      `SESSION_HOURS must be a number of hours from 0 to 720, got "${env.SESSION_HOURS}"`,
    );
  }
  const email = env.ADMIN_EMAIL?.trim();
  const password = env.ADMIN_PASSWORD;
  if (Boolean(email) !== Boolean(password)) {
    throw new ConfigError('ADMIN_EMAIL and ADMIN_PASSWORD must be set together (or neither)');
  }
  if (password !== undefined && password !== '' && password.length < MIN_PASSWORD_LENGTH) {
    throw new ConfigError(`ADMIN_PASSWORD must be at least ${MIN_PASSWORD_LENGTH} characters`);
  }
  return {
    sessionSecret: secret,
    sessionTtlSeconds: Math.round(hours * 3600),
    initialAdmin: email && password ? { email, password } : null,
  };
}

/** CORS_ORIGINS: comma-separated origins such as https://nzr.example.org; each must be a bare origin. */
export function corsOriginsFrom(env: NodeJS.ProcessEnv): string[] {
  const origins = (env.CORS_ORIGINS ?? '')
    .split(',')
    .map((origin) => origin.trim())
    .filter((origin) => origin !== '');
  for (const origin of origins) {
    if (!/^https?:\/\/[^/\s]+$/.test(origin)) {
      throw new ConfigError(
        `CORS_ORIGINS must list origins like https://example.org (no path, no trailing slash), got "${origin}"`,
      );
    }
  }
  return origins;
}

function trustProxyFrom(value: string | undefined): string | number | null {
  const trimmed = value?.trim();
  if (!trimmed) return null;
  // A number means "trust that many hops"; anything else is passed to express (e.g. loopback, 10.0.0.0/8).
  return /^\d+$/.test(trimmed) ? Number(trimmed) : trimmed;
}

/**
 * LOG_FORMAT when set; otherwise pretty on a terminal, JSON when stdout is a pipe or a file, or NODE_ENV is
 * production. (`npm start` applies this before it defaults NODE_ENV to production, see start.ts.)
 */
export function logFormatFrom(env: NodeJS.ProcessEnv, stdoutIsTty: boolean): LogFormat {
  const chosen = env.LOG_FORMAT?.trim();
  if (chosen) {
    if ((LOG_FORMATS as readonly string[]).includes(chosen)) return chosen as LogFormat;
    throw new ConfigError(`LOG_FORMAT must be one of ${LOG_FORMATS.join(', ')}, got "${chosen}"`);
  }
  return stdoutIsTty && env.NODE_ENV !== 'production' ? 'pretty' : 'json';
}

/** PROPOSAL_RETENTION_DAYS: whole days from 1 to 3650; default graph-schema's PROPOSAL_RETENTION_DEFAULT_DAYS. */
export function proposalRetentionDaysFrom(env: NodeJS.ProcessEnv): number {
  const text = env.PROPOSAL_RETENTION_DAYS?.trim();
  if (!text) return PROPOSAL_RETENTION_DEFAULT_DAYS;
  const days = Number(text);
  if (!/^\d+$/.test(text) || days < 1 || days > 3650) {
    throw new ConfigError(
      `PROPOSAL_RETENTION_DAYS must be a whole number of days from 1 to 3650, got "${text}"`,
    );
  }
  return days;
}

export function loadConfig(
  env: NodeJS.ProcessEnv = process.env,
  stdoutIsTty = Boolean(process.stdout.isTTY),
): ServerConfig {
  return {
    port: portFrom(env.PORT),
    host: env.HOST?.trim() || '0.0.0.0',
    production: env.NODE_ENV === 'production',
    logLevel: env.LOG_LEVEL?.trim() || 'info',
    logFormat: logFormatFrom(env, stdoutIsTty),
    store: storeConfigFrom(env),
    auth: authConfigFrom(env),
    corsOrigins: corsOriginsFrom(env),
    trustProxy: trustProxyFrom(env.TRUST_PROXY),
    proposalRetentionDays: proposalRetentionDaysFrom(env),
  };
}

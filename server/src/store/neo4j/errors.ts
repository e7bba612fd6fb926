/**
 * Driver errors → StoreError. Messages name what to fix (address, user, database) and never carry the driver's
 * message or stack, which can contain internals; the original error stays available as `cause` for logs.
 */
import neo4j from 'neo4j-driver';
import { StoreError, isStoreError } from '../errors.js';

export interface ConnectionFacts {
  readonly uri: string;
  readonly user: string;
  readonly database: string;
}

const UNREACHABLE = new Set([
  neo4j.error.SERVICE_UNAVAILABLE,
  neo4j.error.SESSION_EXPIRED,
  'Neo.TransientError.General.DatabaseUnavailable',
  'Neo.ClientError.Cluster.NotALeader',
]);
const BAD_CREDENTIALS = new Set([
  'Neo.ClientError.Security.Unauthorized',
  'Neo.ClientError.Security.AuthenticationRateLimit',
  'Neo.ClientError.Security.CredentialsExpired',
]);
const NO_DATABASE = 'Neo.ClientError.Database.DatabaseNotFound';
const FORBIDDEN = 'Neo.ClientError.Security.Forbidden';
const DUPLICATE = 'Neo.ClientError.Schema.ConstraintValidationFailed';
const LOCK_CONFLICTS = new Set([
  'Neo.TransientError.Transaction.DeadlockDetected',
  'Neo.TransientError.Transaction.LockClientStopped',
  'Neo.TransientError.Transaction.LockAcquisitionTimeout',
]);

/** The URI without user info, should someone have put credentials into it. */
export function safeUri(uri: string): string {
  return uri.replace(/\/\/[^@/]*@/, '//');
}

function codeOf(error: unknown): string | undefined {
  return error instanceof neo4j.Neo4jError && typeof error.code === 'string'
    ? error.code
    : undefined;
}

function withCause(error: StoreError, cause: unknown): StoreError {
  error.cause = cause;
  return error;
}

/** Maps any error thrown while talking to Neo4j; StoreErrors (our own checks) pass unchanged. */
export function toStoreError(error: unknown, facts: ConnectionFacts, doing: string): StoreError {
  if (isStoreError(error)) return error;
  const code = codeOf(error);
  const fail = (storeCode: StoreError['code'], message: string): StoreError =>
    withCause(new StoreError(storeCode, message), error);
  if (code !== undefined && UNREACHABLE.has(code)) {
    return fail('STORE_UNAVAILABLE', `cannot reach Neo4j at ${safeUri(facts.uri)} (${doing})`);
  }
  if (code !== undefined && BAD_CREDENTIALS.has(code)) {
    return fail('STORE_UNAVAILABLE', `Neo4j rejected the credentials for user ${facts.user}`);
  }
  if (code === NO_DATABASE) {
    return fail('STORE_UNAVAILABLE', `database ${facts.database} does not exist in Neo4j`);
  }
  if (code === FORBIDDEN) {
    return fail('STORE_UNAVAILABLE', `Neo4j user ${facts.user} may not ${doing}`);
  }
  if (code === DUPLICATE) {
    return fail(
      'DUPLICATE_ID',
      'a node or relationship with the same id was written at the same time',
    );
  }
  if (code !== undefined && LOCK_CONFLICTS.has(code)) {
    return fail('CONFLICT', 'a concurrent write held the same nodes; try again');
  }
  const detail = code ? ` (${code})` : '';
  return fail('STORE_UNAVAILABLE', `Neo4j failed to ${doing}${detail}`);
}

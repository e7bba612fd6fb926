/**
 * What clients see of errors. Store errors keep their human message and get a stable GraphQL code; errors the
 * API itself raises (parse, validation, bad variables) pass as they are; anything else is logged and becomes
 * a generic INTERNAL_SERVER_ERROR, so no internals (stack traces, database messages) leave the server.
 */
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLError, GraphQLFormattedError } from 'graphql';
import { TooManyRequestsError } from '../auth/login-limiter.js';
import { ForbiddenError, UnauthenticatedError } from '../auth/viewer.js';
import type { Logger } from '../logger.js';
import { StoreError } from '../store/errors.js';
import type { StoreErrorCode } from '../store/errors.js';

const STORE_CODES: Record<StoreErrorCode, string> = {
  VALIDATION: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  DUPLICATE_ID: 'CONFLICT',
  CONFLICT: 'CONFLICT',
  STORE_UNAVAILABLE: 'STORE_UNAVAILABLE',
  STORE_CORRUPT: 'INTERNAL_SERVER_ERROR',
};

/** Codes of errors raised by Apollo or graphql-js about the request itself; safe to show. */
const REQUEST_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'QUERY_TOO_COMPLEX',
  // Raised while building the context (bad or expired token, store down), already with a clear message.
  'UNAUTHENTICATED',
  'STORE_UNAVAILABLE',
]);

/** Errors of the auth module: their message is meant for the user, their code goes to `extensions.code`. */
function authExtensions(error: unknown): Record<string, unknown> | null {
  if (error instanceof ForbiddenError || error instanceof UnauthenticatedError) {
    return { code: error.code };
  }
  if (error instanceof TooManyRequestsError) {
    return { code: error.code, retryAfterSeconds: error.retryAfterSeconds };
  }
  return null;
}

export const INTERNAL_MESSAGE = 'Internal server error. The problem has been logged.';

export type FormatError = (
  formatted: GraphQLFormattedError,
  error: unknown,
) => GraphQLFormattedError;

export function createFormatError(logger: Logger, development: boolean): FormatError {
  return (formatted, error) => {
    const original = unwrapResolverError(error);
    const where = { locations: formatted.locations, path: formatted.path };
    if (original instanceof StoreError && STORE_CODES[original.code] !== 'INTERNAL_SERVER_ERROR') {
      const extensions: Record<string, unknown> = { code: STORE_CODES[original.code] };
      if (original.issues.length > 0) extensions.issues = original.issues;
      return { message: original.message, ...where, extensions };
    }
    const auth = authExtensions(original);
    if (auth && original instanceof Error) {
      return { message: original.message, ...where, extensions: auth };
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && REQUEST_CODES.has(code)) {
      return development ? formatted : withoutStacktrace(formatted);
    }
    if (formatted.path === undefined && isCodelessRequestError(original)) {
      return { message: original.message, ...where, extensions: { code: 'BAD_REQUEST' } };
    }
    logger.error({ err: original, path: formatted.path }, 'GraphQL request failed unexpectedly');
    if (development) return formatted;
    return { message: INTERNAL_MESSAGE, ...where, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}

/**
 * A few errors that graphql-js and Apollo raise about the request itself carry no code, e.g. "Too many errors
 * processing variables, error limit reached" (more than 50 bad variable values) or "provided sha does not
 * match query" (automatic persisted queries). They are the client's mistake, not an internal failure: no
 * resolver path, no underlying cause.
 */
function isCodelessRequestError(error: unknown): error is GraphQLError {
  // By name, not instanceof: Apollo and this module may load different copies of graphql-js (ESM/CJS).
  if (!(error instanceof Error) || error.name !== 'GraphQLError') return false;
  const { extensions, path, originalError } = error as GraphQLError;
  return extensions?.code === undefined && path === undefined && originalError == null;
}

function withoutStacktrace(formatted: GraphQLFormattedError): GraphQLFormattedError {
  if (!formatted.extensions || !('stacktrace' in formatted.extensions)) return formatted;
  const { stacktrace: _stacktrace, ...extensions } = formatted.extensions;
  return { ...formatted, extensions };
}

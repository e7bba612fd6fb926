/**
 * What clients see of errors. Store and auth errors keep their human message and get their code from the API's
 * one error table (api-errors.ts, shared with the HTTP routes); errors the API itself raises (parse,
 * validation, bad variables) pass as they are; anything else is logged and becomes a generic
 * INTERNAL_SERVER_ERROR, so no internals (stack traces, database messages) leave the server.
 */
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLError, GraphQLFormattedError } from 'graphql';
import { API_ERRORS, knownApiError } from '../api-errors.js';
import type { Logger } from '../logger.js';

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

export type FormatError = (
  formatted: GraphQLFormattedError,
  error: unknown,
) => GraphQLFormattedError;

export function createFormatError(logger: Logger, development: boolean): FormatError {
  return (formatted, error) => {
    const original = unwrapResolverError(error);
    const where = { locations: formatted.locations, path: formatted.path };
    const known = knownApiError(original);
    if (known) return { message: known.message, ...where, extensions: known.extensions };
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && REQUEST_CODES.has(code)) {
      return development ? formatted : withoutStacktrace(formatted);
    }
    if (formatted.path === undefined && isCodelessRequestError(original)) {
      return { message: original.message, ...where, extensions: { code: 'BAD_REQUEST' } };
    }
    logger.error({ err: original, path: formatted.path }, 'GraphQL request failed unexpectedly');
    if (development) return formatted;
    const internal = API_ERRORS.INTERNAL_SERVER_ERROR.message;
    return { message: internal, ...where, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
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

/**
 * The one HTTP error handler of the app, for every route that is not GraphQL (import, export, unknown paths,
 * bodies too large or not JSON): errors in the GraphQL shape with the status of the API's error table
 * (api-errors.ts), so clients handle them like any other API error. Anything unexpected is logged and answered
 * as a generic 500, never with a stack trace.
 */
import type { ErrorRequestHandler, RequestHandler, Response } from 'express';
import { ApiError, errorBody, knownApiError } from '../api-errors.js';
import type { Logger } from '../logger.js';

export const BODY_LIMIT_BYTES = 1024 * 1024;

export function sendApiError(res: Response, error: ApiError): void {
  // Busy and rate-limited answers say when to come back, also to clients that only read headers.
  const retryAfter = error.details.retryAfterSeconds;
  if (typeof retryAfter === 'number') res.set('Retry-After', String(retryAfter));
  res.status(error.status).json(errorBody(error));
}

export const notFound: RequestHandler = (req, res) => {
  sendApiError(res, new ApiError('NOT_FOUND', `Nothing at ${req.method} ${req.path}.`));
};

/** Errors of express.json() (body-parser), which carry a `type`. */
function bodyParserError(error: unknown): ApiError | undefined {
  const type =
    typeof error === 'object' && error !== null && 'type' in error ? error.type : undefined;
  if (type === 'entity.too.large') {
    const limit = `${BODY_LIMIT_BYTES / (1024 * 1024)} MB`;
    return new ApiError('PAYLOAD_TOO_LARGE', `Request body is larger than the limit of ${limit}.`);
  }
  if (type === 'entity.parse.failed')
    return new ApiError('BAD_REQUEST', 'Request body is not valid JSON.');
  return undefined;
}

/** A module's own errors in the API's terms; undefined for the rest. */
export type ErrorTranslation = (error: unknown) => ApiError | undefined;

/**
 * Answers an error in the API's shape: the module's own errors (`translate`), auth and store errors and
 * body-parser errors with their code and status, anything else as a logged 500. The app installs one last;
 * a router that must answer before express leaves it (the import, which closes unread uploads) installs one
 * with its translation.
 */
export function errorHandler(
  logger: Logger | undefined,
  translate: ErrorTranslation = () => undefined,
): ErrorRequestHandler {
  return (error: unknown, _req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    const known = translate(error) ?? knownApiError(error) ?? bodyParserError(error);
    if (!known) logger?.error({ err: error }, 'HTTP request failed unexpectedly');
    sendApiError(res, known ?? new ApiError('INTERNAL_SERVER_ERROR'));
  };
}

/**
 * HTTP error responses of the import and export endpoints: `{ error: { code, message, details? } }` with the
 * status and code that fit, using the same codes as the GraphQL API. Unknown errors are logged and become a
 * generic 500 without internals.
 */
import type { ErrorRequestHandler, Response } from 'express';
import { ForbiddenError, UnauthenticatedError } from '../../auth/viewer.js';
import type { Logger } from '../../logger.js';
import { StoreError } from '../../store/errors.js';
import { TooManyRowsError } from './csv-parse.js';
import { ExportTooLargeError } from './export.service.js';
import { ImportTooLargeError } from './import-plan.js';
import { ImportRejectedError } from './import.service.js';

/** An error the handlers raise on purpose, with its HTTP status and code. */
export class HttpError extends Error {
  override readonly name = 'HttpError';

  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

export interface ErrorBody {
  readonly error: { readonly code: string; readonly message: string; readonly details?: unknown };
}

export function sendError(res: Response, error: HttpError): void {
  const body: ErrorBody = {
    error: {
      code: error.code,
      message: error.message,
      ...(error.details === undefined ? {} : { details: error.details }),
    },
  };
  res.status(error.status).json(body);
}

const STORE_STATUS: Record<StoreError['code'], [number, string]> = {
  VALIDATION: [422, 'BAD_USER_INPUT'],
  NOT_FOUND: [422, 'BAD_USER_INPUT'],
  DUPLICATE_ID: [409, 'CONFLICT'],
  CONFLICT: [409, 'CONFLICT'],
  STORE_UNAVAILABLE: [503, 'STORE_UNAVAILABLE'],
  STORE_CORRUPT: [500, 'INTERNAL_SERVER_ERROR'],
};

/** The HTTP form of a known error, or undefined for unexpected ones. */
export function toHttpError(error: unknown): HttpError | undefined {
  if (error instanceof HttpError) return error;
  if (error instanceof UnauthenticatedError) return new HttpError(401, error.code, error.message);
  if (error instanceof ForbiddenError) return new HttpError(403, error.code, error.message);
  if (error instanceof TooManyRowsError || error instanceof ImportTooLargeError)
    return new HttpError(400, 'IMPORT_TOO_LARGE', error.message);
  if (error instanceof ImportRejectedError)
    return new HttpError(422, 'BAD_USER_INPUT', error.message, error.report);
  if (error instanceof ExportTooLargeError)
    return new HttpError(413, 'EXPORT_TOO_LARGE', error.message);
  if (error instanceof StoreError && error.code !== 'STORE_CORRUPT') {
    const [status, code] = STORE_STATUS[error.code];
    const issues = error.issues.length > 0 ? { issues: error.issues } : undefined;
    return new HttpError(status, code, error.message, issues);
  }
  return undefined;
}

export function handleErrors(logger: Logger | undefined): ErrorRequestHandler {
  return (error: unknown, req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    // An upload refused before it was read to the end: close the connection instead of draining it.
    if (!req.complete) res.set('connection', 'close');
    const known = toHttpError(error);
    if (!known) logger?.error({ err: error }, 'import/export request failed unexpectedly');
    sendError(res, known ?? new HttpError(500, 'INTERNAL_SERVER_ERROR', 'Internal server error.'));
  };
}

/**
 * The import and export errors in the API's terms (codes and statuses from the one table in api-errors.ts);
 * the shared HTTP error handler (http/errors.ts) answers them in the GraphQL shape
 * `{ errors: [{ message, extensions: { code, ... } }] }`.
 */
import type { ErrorRequestHandler } from 'express';
import { ApiError } from '../../api-errors.js';
import { isStoreError } from '../../store/errors.js';
import { TooManyRowsError } from './csv-parse.js';
import { ExportTooLargeError } from './export.service.js';
import { ImportTooLargeError } from './import-plan.js';
import { ImportRejectedError } from './import.service.js';

/** The API form of this module's own errors; undefined for the rest (auth, store, unexpected). */
export function importExportError(error: unknown): ApiError | undefined {
  if (error instanceof TooManyRowsError || error instanceof ImportTooLargeError)
    return new ApiError('IMPORT_TOO_LARGE', error.message);
  // A rejected apply carries the row-by-row report, as a dry run would have answered it.
  if (error instanceof ImportRejectedError)
    return new ApiError('BAD_USER_INPUT', error.message, { report: error.report });
  if (error instanceof ExportTooLargeError) return new ApiError('EXPORT_TOO_LARGE', error.message);
  // A node the file refers to but the store lacks is a mistake in the file, not a missing resource.
  if (isStoreError(error, 'NOT_FOUND')) {
    const details = error.issues.length > 0 ? { issues: error.issues } : {};
    return new ApiError('BAD_USER_INPUT', error.message, details);
  }
  return undefined;
}

/**
 * An upload refused before it was read to the end: close the connection instead of draining it. The answer
 * must follow at once, in this router (leaving it defers to later event-loop turns, while the client keeps
 * sending).
 */
export const closeUnreadUpload: ErrorRequestHandler = (error: unknown, req, res, next) => {
  if (!req.complete && !res.headersSent) res.set('connection', 'close');
  next(error);
};

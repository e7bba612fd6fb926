/**
 * The API's errors, one table for GraphQL and the HTTP routes (import, export, unknown paths, bad bodies): each
 * code with its HTTP status and the human message used when the thrower has nothing more specific to say.
 * Every error leaves the server in GraphQL's shape, also from the HTTP routes:
 *
 *   { "errors": [{ "message": "…", "extensions": { "code": "BAD_USER_INPUT", …details } }] }
 *
 * so a client reads one shape everywhere. Never a stack trace: unknown errors become INTERNAL_SERVER_ERROR
 * (logged by whoever caught them).
 */
import { TooManyRequestsError } from './auth/login-limiter.js';
import { ForbiddenError, UnauthenticatedError } from './auth/viewer.js';
import { StoreError } from './store/errors.js';
import type { StoreErrorCode } from './store/errors.js';

export const API_ERRORS = {
  BAD_REQUEST: { status: 400, message: 'The request is malformed.' },
  IMPORT_TOO_LARGE: { status: 400, message: 'The import is too large; split the file.' },
  QUERY_TOO_COMPLEX: { status: 400, message: 'The query is too complex; ask for less.' },
  UNAUTHENTICATED: { status: 401, message: 'Please sign in.' },
  FORBIDDEN: { status: 403, message: 'Your account may not do this.' },
  NOT_FOUND: { status: 404, message: 'Not found.' },
  CONFLICT: { status: 409, message: 'Changed in the meantime; reload and try again.' },
  TIE_EXISTS: {
    status: 409,
    message: 'These two are already linked, or a proposal for this tie is still open.',
  },
  PAYLOAD_TOO_LARGE: { status: 413, message: 'The request body is too large.' },
  EXPORT_TOO_LARGE: { status: 413, message: 'The export is too large; narrow it down.' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, message: 'Unsupported content type.' },
  BAD_USER_INPUT: { status: 422, message: 'The input is invalid.' },
  REGION_NOT_DISTRICT: {
    status: 422,
    message: 'An account can look after districts only (Landkreise and kreisfreie Städte).',
  },
  PROPOSAL_FORM_INVALID: { status: 422, message: 'The form is invalid or too old; reload it.' },
  PROPOSAL_TOO_FAST: { status: 422, message: 'The form was sent too fast; send it again.' },
  PROPOSAL_TOO_LARGE: { status: 413, message: 'The proposal is too large.' },
  TOO_MANY_PENDING_PROPOSALS: {
    status: 429,
    message: 'Several proposals from your address are still waiting; wait for the decision.',
  },
  TOO_MANY_REQUESTS: { status: 429, message: 'Too many requests; wait and try again.' },
  TOO_MANY_HEAVY_REQUESTS: {
    status: 429,
    message:
      'You already have the most exports and analyses running at once; wait until one has finished.',
  },
  INTERNAL_SERVER_ERROR: {
    status: 500,
    message: 'Internal server error. The problem has been logged.',
  },
  STORE_UNAVAILABLE: { status: 503, message: 'The database is unavailable; try again shortly.' },
  SERVER_BUSY: {
    status: 503,
    message: 'The server is busy with other exports and analyses; try again shortly.',
  },
} as const satisfies Record<string, { readonly status: number; readonly message: string }>;

export type ApiErrorCode = keyof typeof API_ERRORS;

/** An error meant for the client: a code of the table, a message, and details for `extensions`. */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly code: ApiErrorCode,
    message: string = API_ERRORS[code].message,
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
  }

  get status(): number {
    return API_ERRORS[this.code].status;
  }

  /** GraphQL's `extensions`: the code first, then the details (`issues`, `report`, `retryAfterSeconds`). */
  get extensions(): { readonly code: ApiErrorCode } & Readonly<Record<string, unknown>> {
    return { code: this.code, ...this.details };
  }
}

export interface ErrorBody {
  readonly errors: readonly {
    readonly message: string;
    readonly extensions: { readonly code: string } & Readonly<Record<string, unknown>>;
  }[];
}

/** The response body of an HTTP route's error, in GraphQL's shape. */
export function errorBody(error: ApiError): ErrorBody {
  return { errors: [{ message: error.message, extensions: error.extensions }] };
}

/** Store errors keep their human message; their code becomes the API's (a corrupt store is internal). */
export const STORE_ERROR_CODES: Readonly<Record<StoreErrorCode, ApiErrorCode>> = {
  VALIDATION: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  DUPLICATE_ID: 'CONFLICT',
  CONFLICT: 'CONFLICT',
  STORE_UNAVAILABLE: 'STORE_UNAVAILABLE',
  STORE_CORRUPT: 'INTERNAL_SERVER_ERROR',
};

/**
 * The API form of the errors every path raises alike (auth, store), or undefined for anything unexpected,
 * which the caller logs and answers as INTERNAL_SERVER_ERROR.
 */
export function knownApiError(error: unknown): ApiError | undefined {
  if (error instanceof ApiError) return error;
  if (error instanceof ForbiddenError || error instanceof UnauthenticatedError) {
    return new ApiError(error.code, error.message);
  }
  if (error instanceof TooManyRequestsError) {
    return new ApiError(error.code, error.message, {
      retryAfterSeconds: error.retryAfterSeconds,
    });
  }
  if (error instanceof StoreError && STORE_ERROR_CODES[error.code] !== 'INTERNAL_SERVER_ERROR') {
    const details = error.issues.length > 0 ? { issues: error.issues } : {};
    return new ApiError(STORE_ERROR_CODES[error.code], error.message, details);
  }
  return undefined;
}

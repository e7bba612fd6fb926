/**
 * One shape for every failure the API can report. GraphQL and the HTTP routes (import, export) answer errors
 * alike, `{ errors: [{ message, extensions: { code, ... } }] }`, read here and nowhere else: `code`, `issues`,
 * `retryAfterSeconds`, and the whole `extensions` for what one feature knows (the import's `report`). Network
 * failures become NETWORK. Components translate `code` through `errors.<code>` in the locale files.
 */
import { CombinedGraphQLErrors, ServerError } from '@apollo/client';

export interface ApiIssue {
  readonly path: string;
  readonly message: string;
}

export interface ApiErrorInfo {
  readonly code: string;
  readonly message: string;
  readonly issues: readonly ApiIssue[];
  readonly retryAfterSeconds?: number;
  readonly extensions: Readonly<Record<string, unknown>>;
}

/** An error answer of the HTTP routes (import, export), thrown by their fetch/XHR helpers with its body. */
export class HttpApiError extends Error {
  override readonly name = 'HttpApiError';
  constructor(
    readonly status: number,
    /** The parsed JSON body, or null when it was not JSON. */
    readonly body: unknown,
  ) {
    super(`HTTP ${status}`);
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function issuesOf(value: unknown): ApiIssue[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((issue) =>
    isRecord(issue) && typeof issue.path === 'string' && typeof issue.message === 'string'
      ? [{ path: issue.path, message: issue.message }]
      : [],
  );
}

function fromGraphQLError(error: { message: string; extensions?: unknown }): ApiErrorInfo {
  const ext = isRecord(error.extensions) ? error.extensions : {};
  const retry = ext.retryAfterSeconds;
  return {
    code: typeof ext.code === 'string' ? ext.code : 'UNKNOWN',
    message: error.message,
    issues: issuesOf(ext.issues),
    ...(typeof retry === 'number' ? { retryAfterSeconds: retry } : {}),
    extensions: ext,
  };
}

/** Reads an HTTP error body `{ errors: [...] }` (its first error); by the status when there is none. */
function fromBody(status: number, body: unknown): ApiErrorInfo {
  if (isRecord(body) && Array.isArray(body.errors) && isRecord(body.errors[0])) {
    const first = body.errors[0];
    return fromGraphQLError({ message: String(first.message), extensions: first.extensions });
  }
  const code = status === 401 ? 'UNAUTHENTICATED' : status === 403 ? 'FORBIDDEN' : 'UNKNOWN';
  return { code, message: `HTTP ${status}`, issues: [], extensions: {} };
}

export function apiErrorInfo(error: unknown): ApiErrorInfo {
  if (CombinedGraphQLErrors.is(error) && error.errors[0]) return fromGraphQLError(error.errors[0]);
  if (ServerError.is(error)) {
    try {
      return fromBody(error.statusCode, JSON.parse(error.bodyText));
    } catch {
      return fromBody(error.statusCode, null);
    }
  }
  if (error instanceof HttpApiError) return fromBody(error.status, error.body);
  if (error instanceof TypeError) {
    return { code: 'NETWORK', message: error.message, issues: [], extensions: {} };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'UNKNOWN', message, issues: [], extensions: {} };
}

/** Whole minutes to wait, at least one. */
export const minutesFrom = (seconds: number | undefined) =>
  Math.max(1, Math.ceil((seconds ?? 60) / 60));

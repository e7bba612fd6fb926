/**
 * One shape for every failure the API can report: GraphQL errors (`extensions.code`, `issues`,
 * `retryAfterSeconds`), HTTP errors of the import/export endpoints (`{ error: { code, message, details } }`)
 * and network failures. Components translate `code` through `errors.<code>` in the locale files.
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
  readonly details?: unknown;
}

/** An HTTP error of the REST endpoints (import, export), thrown by their fetch/XHR helpers. */
export class HttpApiError extends Error {
  override readonly name = 'HttpApiError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
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
  };
}

/** Reads an HTTP error body: GraphQL `{ errors }` or REST `{ error: { code, message, details } }`. */
export function fromBody(status: number, body: unknown): ApiErrorInfo {
  if (isRecord(body) && Array.isArray(body.errors) && isRecord(body.errors[0])) {
    const first = body.errors[0];
    return fromGraphQLError({ message: String(first.message), extensions: first.extensions });
  }
  if (isRecord(body) && isRecord(body.error) && typeof body.error.code === 'string') {
    return {
      code: body.error.code,
      message: String(body.error.message ?? ''),
      issues: [],
      details: body.error.details,
    };
  }
  const code = status === 401 ? 'UNAUTHENTICATED' : status === 403 ? 'FORBIDDEN' : 'UNKNOWN';
  return { code, message: `HTTP ${status}`, issues: [] };
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
  if (error instanceof HttpApiError) {
    return { code: error.code, message: error.message, issues: [], details: error.details };
  }
  if (error instanceof TypeError) return { code: 'NETWORK', message: error.message, issues: [] };
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'UNKNOWN', message, issues: [] };
}

/** Whole minutes to wait, at least one. */
export const minutesFrom = (seconds: number | undefined) =>
  Math.max(1, Math.ceil((seconds ?? 60) / 60));

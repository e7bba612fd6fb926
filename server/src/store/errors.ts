/**
 * Errors raised by stores. The code travels unchanged to the API, which maps it to a GraphQL error code;
 * the message is for humans and never contains a stack trace or database internals.
 */
import type { ValidationIssue } from '@nzr/graph-schema';

export type StoreErrorCode =
  'VALIDATION' | 'DUPLICATE_ID' | 'NOT_FOUND' | 'CONFLICT' | 'STORE_UNAVAILABLE' | 'STORE_CORRUPT';

export class StoreError extends Error {
  override readonly name = 'StoreError';

  constructor(
    readonly code: StoreErrorCode,
    message: string,
    readonly issues: readonly ValidationIssue[] = [],
  ) {
    super(message);
  }
}

export function validationError(issues: readonly ValidationIssue[], context = ''): StoreError {
  const summary = issues
    .slice(0, 5)
    .map((issue) => `${issue.path} ${issue.message}`)
    .join('; ');
  const more = issues.length > 5 ? ` (and ${issues.length - 5} more)` : '';
  return new StoreError('VALIDATION', `${context}${summary}${more}`, issues);
}

export function isStoreError(error: unknown, code?: StoreErrorCode): error is StoreError {
  return error instanceof StoreError && (code === undefined || error.code === code);
}

/** Assertion helper: the promise rejects with a StoreError of this code; returns it for further checks. */
import { expect } from 'vitest';
import { isStoreError } from '../errors.js';
import type { StoreError, StoreErrorCode } from '../errors.js';

export async function expectStoreError(
  promise: Promise<unknown>,
  code: StoreErrorCode,
): Promise<StoreError> {
  const error: unknown = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!isStoreError(error)) throw new Error(`expected a StoreError ${code}, got ${String(error)}`);
  expect(error.code, error.message).toBe(code);
  return error;
}

/** A VALIDATION error whose issues include one at `path`. */
export async function expectIssue(promise: Promise<unknown>, path: string): Promise<void> {
  const error = await expectStoreError(promise, 'VALIDATION');
  expect(error.issues.map((issue) => issue.path)).toContain(path);
}

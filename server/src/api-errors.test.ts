import { describe, expect, it } from 'vitest';
import { API_ERRORS, ApiError, errorBody, knownApiError } from './api-errors.js';
import { TooManyRequestsError } from './auth/login-limiter.js';
import { ForbiddenError, UnauthenticatedError } from './auth/viewer.js';
import { StoreError } from './store/errors.js';

describe('the API error table', () => {
  it('gives every code an HTTP error status and a message', () => {
    for (const [code, { status, message }] of Object.entries(API_ERRORS)) {
      expect(status, code).toBeGreaterThanOrEqual(400);
      expect(status, code).toBeLessThan(600);
      expect(message, code).toMatch(/\.$/);
    }
  });

  it('answers in the GraphQL shape, details in extensions, never a stack', () => {
    const error = new ApiError('BAD_USER_INPUT', 'Row 2 is wrong.', { report: { rows: 2 } });
    expect(error.status).toBe(422);
    expect(errorBody(error)).toEqual({
      errors: [
        { message: 'Row 2 is wrong.', extensions: { code: 'BAD_USER_INPUT', report: { rows: 2 } } },
      ],
    });
    expect(JSON.stringify(errorBody(error))).not.toMatch(/stack|api-errors/);
    expect(new ApiError('INTERNAL_SERVER_ERROR').message).toBe(
      API_ERRORS.INTERNAL_SERVER_ERROR.message,
    );
  });

  it('maps auth and store errors alike for GraphQL and the HTTP routes', () => {
    expect(knownApiError(new ForbiddenError('No.'))?.extensions).toEqual({ code: 'FORBIDDEN' });
    expect(knownApiError(new UnauthenticatedError('Sign in.'))?.status).toBe(401);
    expect(knownApiError(new TooManyRequestsError(90))?.extensions).toEqual({
      code: 'TOO_MANY_REQUESTS',
      retryAfterSeconds: 90,
    });
    const issues = [{ path: 'name', message: 'is required' }];
    const invalid = knownApiError(new StoreError('VALIDATION', 'name is required', issues));
    expect(invalid?.extensions).toEqual({ code: 'BAD_USER_INPUT', issues });
    expect(knownApiError(new StoreError('NOT_FOUND', 'No node x.'))?.code).toBe('NOT_FOUND');
    expect(knownApiError(new StoreError('STORE_UNAVAILABLE', 'Down.'))?.status).toBe(503);
  });

  it('leaves unexpected errors and a corrupt store to the caller (logged, then a 500)', () => {
    expect(knownApiError(new Error('socket reset'))).toBeUndefined();
    expect(knownApiError(new StoreError('STORE_CORRUPT', 'bad file'))).toBeUndefined();
  });
});

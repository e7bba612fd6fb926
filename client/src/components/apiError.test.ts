import { describe, expect, it } from 'vitest';
import { HttpApiError, apiErrorInfo } from './apiError';

const body = (message: string, extensions: Record<string, unknown>) => ({
  errors: [{ message, extensions }],
});

describe('apiErrorInfo', () => {
  it('reads an HTTP route error in the GraphQL shape: code, message, issues and extensions', () => {
    const report = { rows: 3, valid: 2, errors: [{ row: 2, column: 'name', message: 'missing' }] };
    const info = apiErrorInfo(
      new HttpApiError(422, body('nothing was imported', { code: 'BAD_USER_INPUT', report })),
    );
    expect(info).toMatchObject({ code: 'BAD_USER_INPUT', message: 'nothing was imported' });
    expect(info.extensions.report).toEqual(report);
  });

  it('keeps issues and the wait of a rate limit', () => {
    const issues = [{ path: 'email', message: 'is taken' }];
    expect(apiErrorInfo(new HttpApiError(422, body('bad', { code: 'X', issues }))).issues).toEqual(
      issues,
    );
    const limited = body('wait', { code: 'TOO_MANY_REQUESTS', retryAfterSeconds: 90 });
    expect(apiErrorInfo(new HttpApiError(429, limited)).retryAfterSeconds).toBe(90);
  });

  it('falls back to the status when the body is not an API error', () => {
    expect(apiErrorInfo(new HttpApiError(401, null)).code).toBe('UNAUTHENTICATED');
    expect(apiErrorInfo(new HttpApiError(403, '<html>')).code).toBe('FORBIDDEN');
    expect(apiErrorInfo(new HttpApiError(502, null))).toMatchObject({
      code: 'UNKNOWN',
      message: 'HTTP 502',
    });
  });

  it('calls a failed fetch a network error', () => {
    expect(apiErrorInfo(new TypeError('Failed to fetch')).code).toBe('NETWORK');
  });
});

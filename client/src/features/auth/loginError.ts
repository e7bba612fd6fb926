import { apiErrorInfo, minutesFrom } from '../../components/apiError';

export type LoginProblem =
  | { readonly key: 'auth.errors.wrongCredentials' }
  | { readonly key: 'auth.errors.disabled' }
  | { readonly key: 'auth.errors.tooManyAttempts'; readonly minutes: number }
  | { readonly key: 'other'; readonly error: unknown };

/**
 * What went wrong with a sign-in. The API answers UNAUTHENTICATED for wrong credentials and for disabled
 * accounts alike (the message tells them apart) and TOO_MANY_REQUESTS with `retryAfterSeconds`.
 */
export function loginProblem(error: unknown): LoginProblem {
  const info = apiErrorInfo(error);
  if (info.code === 'TOO_MANY_REQUESTS') {
    return { key: 'auth.errors.tooManyAttempts', minutes: minutesFrom(info.retryAfterSeconds) };
  }
  if (info.code === 'UNAUTHENTICATED') {
    return /disabled/i.test(info.message)
      ? { key: 'auth.errors.disabled' }
      : { key: 'auth.errors.wrongCredentials' };
  }
  return { key: 'other', error };
}

/**
 * Brakes password guessing: at most 5 failed logins per e-mail and client address in 15 minutes (kept in
 * memory: one process, and a restart only forgets failures). A success clears the counter.
 */
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

export const LOGIN_ATTEMPTS = 5;
export const LOGIN_WINDOW_SECONDS = 15 * 60;

/** Raised when too many logins failed; the API maps it to TOO_MANY_REQUESTS. */
export class TooManyRequestsError extends Error {
  override readonly name = 'TooManyRequestsError';
  readonly code = 'TOO_MANY_REQUESTS';

  constructor(
    readonly retryAfterSeconds: number,
    what: 'sign-in' | 'proposals' = 'sign-in',
  ) {
    const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
    const wait = `Please wait ${minutes} minute${minutes === 1 ? '' : 's'} and try again.`;
    super(
      what === 'sign-in'
        ? `Too many failed sign-in attempts. ${wait}`
        : `Too many proposals from your address. ${wait}`,
    );
  }
}

export class LoginLimiter {
  private readonly limiter = new RateLimiterMemory({
    points: LOGIN_ATTEMPTS,
    duration: LOGIN_WINDOW_SECONDS,
  });

  private static key(email: string, ip: string): string {
    return `${email.trim().toLowerCase()}|${ip}`;
  }

  /** Throws TooManyRequestsError when this e-mail/address pair has used up its attempts. */
  async check(email: string, ip: string): Promise<void> {
    const state = await this.limiter.get(LoginLimiter.key(email, ip));
    if (state && state.consumedPoints >= LOGIN_ATTEMPTS) {
      throw new TooManyRequestsError(Math.ceil(state.msBeforeNext / 1000));
    }
  }

  async failed(email: string, ip: string): Promise<void> {
    try {
      await this.limiter.consume(LoginLimiter.key(email, ip));
    } catch (error) {
      // consume rejects with RateLimiterRes once the points are used up; check() reports that next time.
      if (!(error instanceof RateLimiterRes)) throw error;
    }
  }

  async succeeded(email: string, ip: string): Promise<void> {
    await this.limiter.delete(LoginLimiter.key(email, ip));
  }
}

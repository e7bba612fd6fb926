/**
 * Spam and abuse limits of proposals, without an external captcha: a signed form token (a proposal sent sooner
 * than MIN_FILL_SECONDS after the form was opened, or with a forged or stale token, is refused), a honeypot
 * field people never see, a rate limit per client address (kept in memory like the login limiter: a restart
 * only forgets counts) and a keyed hash of the address, so pending proposals per address can be capped
 * without storing the address itself.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { PROPOSAL_ABUSE_LIMITS } from '@nzr/graph-schema';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { TooManyRequestsError } from '../../auth/login-limiter.js';
import { ApiError } from '../../api-errors.js';

const HOUR_SECONDS = 60 * 60;

export interface ProposalGuardOptions {
  /** Milliseconds since the epoch; tests move it instead of waiting. */
  readonly now?: () => number;
}

export class ProposalGuard {
  private readonly limiter = new RateLimiterMemory({
    points: PROPOSAL_ABUSE_LIMITS.PER_HOUR,
    duration: HOUR_SECONDS,
  });
  private readonly now: () => number;

  constructor(
    private readonly key: Buffer,
    options: ProposalGuardOptions = {},
  ) {
    this.now = options.now ?? Date.now;
  }

  /** A token naming the moment the form was opened, signed with the server's key. */
  formToken(): string {
    const issued = String(this.now());
    return `${issued}.${this.sign(`form:${issued}`)}`;
  }

  /** Refuses a filled honeypot, a forged or stale token and a form sent too fast. */
  checkForm(token: string, honeypot: string | null | undefined): void {
    const invalid = () =>
      new ApiError('PROPOSAL_FORM_INVALID', 'The form is invalid or too old; reload it.');
    if (honeypot != null && honeypot !== '') throw invalid();
    const [issued = '', signature = ''] = String(token).split('.');
    const expected = Buffer.from(this.sign(`form:${issued}`));
    const given = Buffer.from(signature);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw invalid();
    const ageMs = this.now() - Number(issued);
    if (!Number.isFinite(ageMs) || ageMs > PROPOSAL_ABUSE_LIMITS.FORM_TOKEN_HOURS * 3_600_000) {
      throw invalid();
    }
    if (ageMs < PROPOSAL_ABUSE_LIMITS.MIN_FILL_SECONDS * 1000) {
      throw new ApiError(
        'PROPOSAL_TOO_FAST',
        'The form was sent too fast; check it and send again.',
      );
    }
  }

  /** Counts one proposal of this address; TOO_MANY_REQUESTS when the hour's allowance is used up. */
  async consume(address: string): Promise<void> {
    try {
      await this.limiter.consume(this.sourceKey(address));
    } catch (error) {
      if (!(error instanceof RateLimiterRes)) throw error;
      throw new TooManyRequestsError(Math.ceil(error.msBeforeNext / 1000), 'proposals');
    }
  }

  /** Keyed hash of a client address: equal addresses match, the address cannot be read back. */
  sourceKey(address: string): string {
    return this.sign(`address:${address}`).slice(0, 32);
  }

  private sign(text: string): string {
    return createHmac('sha256', this.key).update(text).digest('base64url');
  }
}

/** The spam and abuse limits of proposals, on the guard alone (its clock is moved, never waited for). */
import { PROPOSAL_ABUSE_LIMITS } from '@nzr/graph-schema';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api-errors.js';
import { TooManyRequestsError } from '../../auth/login-limiter.js';
import { ProposalGuard } from './proposal.guard.js';

function guardAt(start: number) {
  const clock = { now: start };
  const guard = new ProposalGuard(Buffer.from('key-one'), { now: () => clock.now });
  return { guard, clock };
}

function codeOf(run: () => void): string | undefined {
  try {
    run();
  } catch (error) {
    return error instanceof ApiError ? error.code : String(error);
  }
  return undefined;
}

const MIN_MS = PROPOSAL_ABUSE_LIMITS.MIN_FILL_SECONDS * 1000;

describe('proposal guard', () => {
  it('accepts a form filled for a while and refuses one sent at once', () => {
    const { guard, clock } = guardAt(1_000_000);
    const token = guard.formToken();
    expect(codeOf(() => guard.checkForm(token, ''))).toBe('PROPOSAL_TOO_FAST');
    clock.now += MIN_MS;
    expect(codeOf(() => guard.checkForm(token, null))).toBeUndefined();
  });

  it('refuses a filled honeypot, a forged, foreign or stale token', () => {
    const { guard, clock } = guardAt(1_000_000);
    const token = guard.formToken();
    clock.now += MIN_MS;
    expect(codeOf(() => guard.checkForm(token, 'http://spam.example'))).toBe(
      'PROPOSAL_FORM_INVALID',
    );
    const [issued, signature] = token.split('.');
    const earlier = `${Number(issued) - 60_000}.${signature}`;
    expect(codeOf(() => guard.checkForm(earlier, ''))).toBe('PROPOSAL_FORM_INVALID');
    expect(codeOf(() => guard.checkForm('garbage', ''))).toBe('PROPOSAL_FORM_INVALID');
    const other = new ProposalGuard(Buffer.from('key-two'), { now: () => clock.now });
    expect(codeOf(() => other.checkForm(token, ''))).toBe('PROPOSAL_FORM_INVALID');
    clock.now += PROPOSAL_ABUSE_LIMITS.FORM_TOKEN_HOURS * 3_600_000;
    expect(codeOf(() => guard.checkForm(token, ''))).toBe('PROPOSAL_FORM_INVALID');
  });

  it('allows PER_HOUR proposals per address, then says how long to wait', async () => {
    const { guard } = guardAt(1_000_000);
    for (let i = 0; i < PROPOSAL_ABUSE_LIMITS.PER_HOUR; i++) await guard.consume('10.0.0.1');
    const refused = await guard.consume('10.0.0.1').catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(TooManyRequestsError);
    expect((refused as TooManyRequestsError).retryAfterSeconds).toBeGreaterThan(0);
    await expect(guard.consume('10.0.0.2')).resolves.toBeUndefined();
  });

  it('keys addresses without keeping them', () => {
    const { guard } = guardAt(0);
    expect(guard.sourceKey('10.0.0.1')).toBe(guard.sourceKey('10.0.0.1'));
    expect(guard.sourceKey('10.0.0.1')).not.toBe(guard.sourceKey('10.0.0.2'));
    expect(guard.sourceKey('10.0.0.1')).not.toContain('10.0.0.1');
  });
});

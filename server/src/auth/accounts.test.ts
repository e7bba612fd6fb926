/**
 * Account input rules (issue 14, item 8): trivial passwords were accepted ("aaaaaaaaaa", "1234567890", ten
 * spaces), lengths were counted in UTF-16 units, bidi overrides and control characters passed in e-mails and
 * names, and a session token without `exp` was accepted.
 */
import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { displayNameIssues, emailIssues, newAccount, passwordIssues } from './accounts.js';
import { SessionTokens } from './session.js';

const messages = (issues: readonly { message: string }[]): string[] =>
  issues.map((issue) => issue.message);

describe('passwords', () => {
  it.each(['aaaaaaaaaa', '1234567890', '          ', 'passwort123456', 'qwertzuiop12'])(
    'refuses the guessable %j',
    (password) => {
      expect(messages(passwordIssues(password)).join()).toMatch(/too easy to guess/);
    },
  );

  it('accepts a phrase of unrelated words, and counts characters, not UTF-16 units', () => {
    expect(passwordIssues('correct horse battery')).toEqual([]);
    expect(passwordIssues('Kiefer Ölmühle Rabe 7')).toEqual([]);
    // Nine emoji are 18 UTF-16 units but nine characters: too short.
    expect(messages(passwordIssues('🌲'.repeat(9)))).toEqual(['must be at least 10 characters']);
  });

  it('refuses a password built from the account’s own e-mail or name', async () => {
    const input = { email: 'gretchen.kowalczyk@example.org', role: 'member' as const };
    await expect(newAccount({ ...input, password: 'gretchenkowalczyk' })).rejects.toThrow(
      /too easy to guess/,
    );
    await expect(newAccount({ ...input, password: 'birke amsel kanu 47' })).resolves.toMatchObject({
      email: input.email,
    });
  });
});

describe('identifiers', () => {
  it('refuses control and invisible characters in e-mails and names', () => {
    expect(emailIssues('admin\u202E@example.org')).toHaveLength(1);
    expect(emailIssues('ad\u200Bmin@example.org')).toHaveLength(1);
    expect(emailIssues('anna@example.org')).toEqual([]);
    expect(messages(displayNameIssues('Anna\u202Enimda'))).toEqual([
      'must not contain control or invisible characters',
    ]);
    expect(messages(displayNameIssues('Anna\u0007'))).toHaveLength(1);
    expect(displayNameIssues('Zoë Müller-Łukasiewicz')).toEqual([]);
  });
});

describe('session tokens', () => {
  it('refuses a correctly signed token without an expiry', async () => {
    const secret = 'a-session-secret-of-enough-length-0123456789';
    const tokens = new SessionTokens(secret, 3600);
    const valid = await tokens.issue({ accountId: 'acc-1', version: 1 });
    expect(await tokens.verify(valid.token)).toEqual({ accountId: 'acc-1', version: 1 });
    const forever = await new SignJWT({ ver: 1 })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('acc-1')
      .setIssuer('nzr-explorer')
      .setAudience('nzr-explorer-api')
      .setIssuedAt()
      .sign(new TextEncoder().encode(secret));
    expect(await tokens.verify(forever)).toBeNull();
  });
});

/**
 * Building account records: checked input, generated id, hashed password. Shared by the admin mutations, the
 * first-admin bootstrap and the `admin` CLI so that all three apply the same rules.
 */
import { randomBytes } from 'node:crypto';
import { ACCOUNT_ROLES, EMAIL_MAX_LENGTH, EMAIL_PATTERN } from '@nzr/graph-schema';
import type { AccountRole, ValidationIssue } from '@nzr/graph-schema';
import { MIN_PASSWORD_LENGTH } from '../config.js';
import { validationError } from '../store/errors.js';
import type { AccountInput } from '../store/port.js';
import { weakPasswordReason } from './password-strength.js';
import { hashPassword } from './password.js';

export const ACCOUNT_ID_PREFIX = 'acc';
const MAX_PASSWORD_LENGTH = 1000;
const MAX_DISPLAY_NAME = 200;

/**
 * Control characters and invisible format characters (bidi overrides such as U+202E, zero-width joiners, line
 * separators): in an e-mail address or a name they make one account look like another in the admin's list.
 */
const HIDDEN_CHARACTERS = /[\p{Cc}\p{Cf}\u2028\u2029]/u;

/** Length in characters as people count them (code points), not UTF-16 units. */
const characters = (text: string): number => [...text].length;

export function emailIssues(email: string): ValidationIssue[] {
  return EMAIL_PATTERN.test(email) &&
    email.length <= EMAIL_MAX_LENGTH &&
    !HIDDEN_CHARACTERS.test(email)
    ? []
    : [{ path: 'email', message: 'must be an e-mail address' }];
}

/** `accountWords`: e-mail and name of the account, which a password must not be built from. */
export function passwordIssues(
  password: string,
  accountWords: readonly string[] = [],
): ValidationIssue[] {
  const length = characters(password);
  if (length < MIN_PASSWORD_LENGTH)
    return [{ path: 'password', message: `must be at least ${MIN_PASSWORD_LENGTH} characters` }];
  if (length > MAX_PASSWORD_LENGTH)
    return [{ path: 'password', message: `must be at most ${MAX_PASSWORD_LENGTH} characters` }];
  // zxcvbn matches whole dictionary entries: give it the parts too ("anna.schmidt@…" → anna, schmidt, …).
  const words = accountWords.flatMap((word) => [word, ...word.split(/[^\p{L}\p{N}]+/u)]);
  const weak = weakPasswordReason(
    password,
    words.filter((word) => word.length >= 3),
  );
  return weak
    ? [
        {
          path: 'password',
          message: `is too easy to guess (${weak}); use a longer phrase of unrelated words`,
        },
      ]
    : [];
}

export function displayNameIssues(name: string): ValidationIssue[] {
  if (HIDDEN_CHARACTERS.test(name))
    return [{ path: 'displayName', message: 'must not contain control or invisible characters' }];
  return name.trim() === '' || characters(name) > MAX_DISPLAY_NAME
    ? [{ path: 'displayName', message: `must be 1-${MAX_DISPLAY_NAME} characters` }]
    : [];
}

export function roleIssues(role: string): ValidationIssue[] {
  return (ACCOUNT_ROLES as readonly string[]).includes(role)
    ? []
    : [{ path: 'role', message: `must be one of ${ACCOUNT_ROLES.join(', ')}` }];
}

export interface NewAccount {
  readonly email: string;
  readonly password: string;
  readonly role: AccountRole;
  readonly displayName?: string;
}

/** A new account record, or VALIDATION with every issue. */
export async function newAccount(input: NewAccount): Promise<AccountInput> {
  const email = input.email.trim().toLowerCase();
  const displayName = input.displayName?.trim() || email.split('@')[0] || email;
  const issues = [
    ...emailIssues(email),
    ...passwordIssues(input.password, [email, displayName]),
    ...displayNameIssues(displayName),
    ...roleIssues(input.role),
  ];
  if (issues.length > 0) throw validationError(issues);
  return {
    id: `${ACCOUNT_ID_PREFIX}-${randomBytes(8).toString('hex')}`,
    email,
    displayName,
    role: input.role,
    passwordHash: await hashPassword(input.password),
    disabled: false,
  };
}

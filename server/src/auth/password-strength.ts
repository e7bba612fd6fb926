/**
 * How guessable a password is, with zxcvbn-ts (the maintained TypeScript successor of Dropbox's zxcvbn) and its
 * common and German dictionaries: breached and common passwords, keyboard patterns, repeats, sequences, dates,
 * names, and words of the account itself. The only module that imports zxcvbn-ts; its dictionaries are large,
 * so they are built on first use, not at start-up.
 */
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as german from '@zxcvbn-ts/language-de';

/** zxcvbn's 0-4 scale; 3 means "safely unguessable: moderate protection from offline slow-hash scenario". */
export const MIN_PASSWORD_SCORE = 3;

let factory: ZxcvbnFactory | undefined;

function zxcvbn(): ZxcvbnFactory {
  factory ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...german.dictionary },
    graphs: common.adjacencyGraphs,
    // Only the first characters are analysed: the cost stays bounded for a 1,000-character password.
    maxLength: 128,
  });
  return factory;
}

/** Why a password is too easy to guess, or null when it is strong enough. */
export function weakPasswordReason(
  password: string,
  accountWords: readonly string[],
): string | null {
  const result = zxcvbn().check(password, [...accountWords]);
  if (result.score >= MIN_PASSWORD_SCORE) return null;
  const warning = result.feedback.warning;
  return warning ? `${warning}` : 'easy to guess';
}

/**
 * The e-mail a coordinator can copy to introduce two actors (no mail server: the text goes to the clipboard
 * or the coordinator's own mail program). Pure, so it is unit-tested; the words come from the locale.
 */
import type { TFunction } from 'i18next';

export interface EmailPair {
  readonly fromName: string;
  readonly toName: string;
}

export function introductionEmail(
  t: TFunction,
  pair: EmailPair,
): { subject: string; body: string } {
  const names = { fromName: pair.fromName, toName: pair.toName };
  return {
    subject: t('introductions.email.subject', names),
    body: t('introductions.email.body', names),
  };
}

/** A mailto: link with subject and body (recipients left for the coordinator to fill in). */
export function mailtoHref(text: { subject: string; body: string }): string {
  const query = `subject=${encodeURIComponent(text.subject)}&body=${encodeURIComponent(text.body)}`;
  return `mailto:?${query}`;
}

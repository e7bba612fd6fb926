/**
 * Reasons in one place: their kinds and parameters, their wire form and their wording in German and English.
 * The server words them in German for the API's `explanationDe`; the client words them in the reader's
 * language. Names of the nodes a reason mentions come from the caller (`names`); sectors, resource kinds and
 * reference topics are named from graph-schema.
 */
import type { Language } from './enum-entries.js';
import { reasonInEnglish } from './reasons/english.js';
import { reasonInGerman } from './reasons/german.js';
import type { NameLookup, Reason } from './reasons/kinds.js';

export { REASON_KINDS } from './reasons/kinds.js';
export type { NameLookup, Reason, ReasonKind, ReasonOf } from './reasons/kinds.js';
export { reasonFromFields, toReasonFields } from './reasons/fields.js';
export type { ReasonFields } from './reasons/fields.js';
export { dateText, listText, numberText, topicName } from './reasons/words.js';

const noNames: NameLookup = () => undefined;

/** One reason as a phrase in lower case, e.g. "12 km entfernt" or "12 km away". */
export function wordReason(
  reason: Reason,
  language: Language,
  names: NameLookup = noNames,
): string {
  return language === 'de' ? reasonInGerman(reason, names) : reasonInEnglish(reason, names);
}

/** Reasons joined into one sentence: comma-separated, starting with a capital letter, with a full stop. */
export function explainReasons(
  reasons: readonly Reason[],
  language: Language,
  names: NameLookup = noNames,
): string {
  const text = reasons.map((reason) => wordReason(reason, language, names)).join(', ');
  if (text.length === 0) return '';
  // A sentence that ends in a name ending with a full stop ("… Umweltverein Zittau e.V.") gets no second one.
  const stop = text.endsWith('.') ? '' : '.';
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}${stop}`;
}

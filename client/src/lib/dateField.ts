/**
 * The text of a date field, in the reader's language, and back to the ISO date the URL and the API keep
 * (`YYYY-MM-DD`, unchanged). A native date field follows the browser's locale (mm/dd/yyyy in an English
 * browser, even in the German UI), so the field is plain text: `07.12.2026` in German (graph-schema's
 * dateText, as every other date in the UI), ISO in English. Both languages accept ISO and a day-first date
 * with dots or slashes (`7.12.2026`, `07/12/2026`); month-first is never read, so no date is ambiguous.
 */
import { dateText } from '@nzr/graph-schema';
import { isIsoDate } from './isoDate';

export type DateFieldLanguage = 'de' | 'en';

/** What a field holds that is no date: incomplete (`12.2024`), impossible (`31.02.2024`) or not a date. */
export const NOT_A_DATE = Symbol('not a date');
export type DateFieldValue = string | null | typeof NOT_A_DATE;

const ISO_LIKE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const DAY_FIRST = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/;

export const fieldLanguage = (language: string): DateFieldLanguage =>
  language.startsWith('en') ? 'en' : 'de';

/** How the field shows an ISO date. */
export function dateFieldText(iso: string, language: DateFieldLanguage): string {
  return language === 'de' ? dateText(iso, 'de') : iso;
}

/** The ISO date the text names; null for an empty field; NOT_A_DATE for anything else. */
export function parseDateField(text: string): DateFieldValue {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const iso = ISO_LIKE.exec(trimmed);
  const dayFirst = DAY_FIRST.exec(trimmed);
  const [year, month, day] = iso
    ? [iso[1], iso[2], iso[3]]
    : dayFirst
      ? [dayFirst[3], dayFirst[2], dayFirst[1]]
      : [];
  if (year === undefined || month === undefined || day === undefined) return NOT_A_DATE;
  const candidate = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  return isIsoDate(candidate) ? candidate : NOT_A_DATE;
}

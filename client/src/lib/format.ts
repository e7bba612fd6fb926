/** Numbers, shares, distances and dates in the reader's language (Intl), as one hook for all views. */
import { dateText } from '@nzr/graph-schema';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

export interface Format {
  readonly locale: string;
  number(value: number | null | undefined, digits?: number): string;
  percent(value: number | null | undefined, digits?: number): string;
  km(value: number | null | undefined): string;
  date(iso: string | null | undefined): string;
}

export function createFormat(language: string): Format {
  const locale = language === 'en' ? 'en-GB' : 'de-DE';
  const dash = '–';
  return {
    locale,
    number: (value, digits = 0) =>
      value == null
        ? dash
        : new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value),
    percent: (value, digits = 0) =>
      value == null
        ? dash
        : new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: digits }).format(
            value,
          ),
    km: (value) =>
      value == null
        ? dash
        : new Intl.NumberFormat(locale, {
            style: 'unit',
            unit: 'kilometer',
            maximumFractionDigits: 1,
          }).format(value),
    // One date format per language, the reasons' too (graph-schema's dateText).
    date: (iso) => (iso ? dateText(iso, language === 'en' ? 'en' : 'de') : dash),
  };
}

export function useFormat(): Format {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'de';
  return useMemo(() => createFormat(language), [language]);
}

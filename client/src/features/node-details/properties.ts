/**
 * Which stored properties the details panel shows, in which order, and how each value is written: enum values
 * and property names through the locale files, numbers and dates per locale (Intl).
 */
import { dateText } from '@nzr/graph-schema';
import type { TFunction } from 'i18next';

/** Shown in this order; name, description, sector and location are shown elsewhere. */
const SHOWN = [
  'kind',
  'level',
  'address',
  'url',
  'email',
  'visibility',
  'foundedOn',
  'funder',
  'funderLevel',
  'eligibleSectors',
  'deadline',
  'maxAmountEur',
  'population',
  'areaKm2',
  'ags',
  'goodPractice',
  'startDate',
  'endDate',
  'cooperationKind',
] as const;

/** Properties whose values are enum keys with display names under `enum.<property>.<value>`. */
const ENUMS = new Set(['kind', 'level', 'visibility', 'funderLevel', 'cooperationKind']);
const DATES = new Set(['foundedOn', 'deadline', 'startDate', 'endDate', 'consentDate']);

export interface PropertyRow {
  readonly key: string;
  readonly name: string;
  readonly value: string;
  readonly href?: string;
}

function formatValue(key: string, value: unknown, t: TFunction, language: string): string {
  if (typeof value === 'boolean') return t(value ? 'common.yes' : 'common.no');
  if (typeof value === 'number') {
    const style: Intl.NumberFormatOptions =
      key === 'maxAmountEur' ? { style: 'currency', currency: 'EUR' } : {};
    return new Intl.NumberFormat(language, { maximumFractionDigits: 1, ...style }).format(value);
  }
  if (Array.isArray(value)) {
    return value.map((item) => formatValue(key, item, t, language)).join(', ');
  }
  const text = String(value);
  if (key === 'eligibleSectors') return t(`sector.${text}`);
  if (ENUMS.has(key)) return t(`enum.${key}.${text}`, { defaultValue: text });
  if (DATES.has(key) && /^\d{4}-\d{2}-\d{2}$/.test(text)) {
    return dateText(text, language === 'en' ? 'en' : 'de');
  }
  return text;
}

export function propertyRows(
  properties: Readonly<Record<string, unknown>>,
  t: TFunction,
  language: string,
): PropertyRow[] {
  return SHOWN.filter((key) => {
    const value = properties[key];
    return (
      value !== undefined &&
      value !== null &&
      value !== '' &&
      !(Array.isArray(value) && value.length === 0)
    );
  }).map((key) => {
    const value = properties[key];
    const text = formatValue(key, value, t, language);
    const href = key === 'url' ? text : key === 'email' ? `mailto:${text}` : undefined;
    return { key, name: t(`property.${key}`), value: text, ...(href ? { href } : {}) };
  });
}

/**
 * Readers for single URL search parameters, each strict: a value that does not parse is ignored (null or
 * empty), so that a hand-edited or truncated permalink still opens a sensible view.
 */
import { ID_PATTERN } from '@nzr/graph-schema';
import type { GeoPoint } from '@nzr/graph-schema';
import { isOneOf } from '../lib/domain';
import { isIsoDate } from '../lib/isoDate';

/** Ids and lists are capped so that a URL cannot ask for an unbounded query. */
const MAX_IDS = 50;

const SORT_PATTERN = /^[A-Za-z0-9]{1,40}:(asc|desc)$/;

export type { GeoPoint };

export function list(params: URLSearchParams, key: string): string[] {
  const value = params.get(key);
  return value ? [...new Set(value.split(',').filter(Boolean))] : [];
}

export const ids = (params: URLSearchParams, key: string): string[] =>
  list(params, key)
    .filter((id) => ID_PATTERN.test(id))
    .slice(0, MAX_IDS);

export const id = (params: URLSearchParams, key: string): string | null =>
  ids(params, key)[0] ?? null;

export function enums<T extends string>(
  params: URLSearchParams,
  key: string,
  values: readonly T[],
): T[] {
  return list(params, key).filter((value): value is T => isOneOf(values, value));
}

/** One value of a closed list, or null when absent or unknown. */
export function oneOf<T extends string>(
  params: URLSearchParams,
  key: string,
  values: readonly T[],
): T | null {
  const value = params.get(key) ?? '';
  return isOneOf(values, value) ? value : null;
}

export function point(value: string | null): GeoPoint | null {
  const [lat, lon, ...rest] = (value ?? '').split(',').map(Number);
  if (rest.length > 0 || lat === undefined || lon === undefined) return null;
  if (!(Math.abs(lat) <= 90 && Math.abs(lon) <= 180) || !value?.includes(',')) return null;
  return { latitude: lat, longitude: lon };
}

export function radius(value: string | null): number | null {
  const km = Number(value);
  return value && Number.isInteger(km) && km >= 1 && km <= 100 ? km : null;
}

/** A calendar day `YYYY-MM-DD`; days that do not exist (2023-02-30) are ignored, as the API rejects them. */
export function date(value: string | null): string | null {
  return value && isIsoDate(value) ? value : null;
}

export function sort(value: string | null): string | null {
  return value && SORT_PATTERN.test(value) ? value : null;
}

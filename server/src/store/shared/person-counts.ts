/** Persons per visibility, as both stores count them for `stats`. */
import { VISIBILITIES } from '@nzr/graph-schema';
import type { Visibility } from '@nzr/graph-schema';

export function noPersons(): Record<Visibility, number> {
  return Object.fromEntries(VISIBILITIES.map(({ value }) => [value, 0])) as Record<
    Visibility,
    number
  >;
}

export function isVisibility(value: unknown): value is Visibility {
  return VISIBILITIES.some((entry) => entry.value === value);
}

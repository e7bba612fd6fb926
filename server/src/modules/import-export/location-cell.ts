/** The point a row gives in its latitude and longitude columns, for every import kind that has them. */
import type { RowBuilder } from './row-builder.js';

/** A point from the latitude and longitude columns (both or neither). */
export function location(b: RowBuilder): { latitude: number; longitude: number } | undefined {
  const latitude = b.number('latitude');
  const longitude = b.number('longitude');
  if (latitude === undefined && longitude === undefined) return undefined;
  if (latitude === undefined || longitude === undefined) {
    if (!b.errors.some((e) => e.column === 'latitude' || e.column === 'longitude'))
      b.error(latitude === undefined ? 'latitude' : 'longitude', 'latLonTogether');
    return undefined;
  }
  return { latitude, longitude };
}

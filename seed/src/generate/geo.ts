/** Small geographic helpers: distances and jittered points. */
import type { GeoPoint } from '@nzr/graph-schema';
import type { Random } from './random.js';

const EARTH_RADIUS_KM = 6371;
const RAD = Math.PI / 180;

/** Great-circle distance in km (haversine). */
export function distanceKm(a: GeoPoint, b: GeoPoint): number {
  const dLat = (b.latitude - a.latitude) * RAD;
  const dLon = (b.longitude - a.longitude) * RAD;
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(a.latitude * RAD) * Math.cos(b.latitude * RAD) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

const round5 = (value: number): number => Math.round(value * 1e5) / 1e5;

/** A point uniformly within `radiusKm` of `center`, rounded to 5 decimals (about 1 m). */
export function jitter(random: Random, center: GeoPoint, radiusKm: number): GeoPoint {
  const r = radiusKm * Math.sqrt(random.next());
  const angle = random.next() * 2 * Math.PI;
  const dLat = (r * Math.cos(angle)) / 111.32;
  const dLon = (r * Math.sin(angle)) / (111.32 * Math.cos(center.latitude * RAD));
  return { latitude: round5(center.latitude + dLat), longitude: round5(center.longitude + dLon) };
}

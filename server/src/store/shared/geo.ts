/**
 * Great-circle distance as Neo4j computes `point.distance` for WGS-84 points (haversine with Neo4j's earth
 * radius), so radius queries agree between the stores to the metre.
 */
import type { GeoPoint } from '@nzr/graph-schema';

export const EARTH_RADIUS_M = 6_378_140;

const toRadians = (degrees: number): number => (degrees * Math.PI) / 180;

export function distanceMeters(a: GeoPoint, b: GeoPoint): number {
  const dLat = toRadians(b.latitude - a.latitude);
  const dLon = toRadians(b.longitude - a.longitude);
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(toRadians(a.latitude)) * Math.cos(toRadians(b.latitude)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

export function distanceKm(a: GeoPoint, b: GeoPoint): number {
  return distanceMeters(a, b) / 1000;
}

/** A latitude/longitude box that contains the circle; used to pre-select candidates from a spatial index. */
export function boundingBox(
  center: GeoPoint,
  radiusKm: number,
): { minLat: number; maxLat: number; minLon: number; maxLon: number } {
  const latDelta = ((radiusKm * 1000) / EARTH_RADIUS_M) * (180 / Math.PI) * 1.0001;
  const minLat = Math.max(-90, center.latitude - latDelta);
  const maxLat = Math.min(90, center.latitude + latDelta);
  const widest = Math.max(Math.abs(minLat), Math.abs(maxLat));
  const cos = Math.cos(toRadians(widest));
  const lonDelta = cos < 1e-9 ? 180 : Math.min(180, latDelta / cos);
  return {
    minLat,
    maxLat,
    minLon: center.longitude - lonDelta,
    maxLon: center.longitude + lonDelta,
  };
}

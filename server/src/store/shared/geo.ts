/**
 * The one great-circle distance of the server, as Neo4j computes `point.distance` for WGS-84 points (haversine
 * with Neo4j's earth radius): both stores' radius queries and the analyses' distances use it, so they agree to
 * the last bit. Callers that measure many distances (the spatial index, the pair score) keep the cosines of
 * their latitudes (cosLatitude) and call haversineMeters; everyone else calls distanceKm.
 */
import type { GeoPoint } from '@nzr/graph-schema';

export const EARTH_RADIUS_M = 6_378_140;

const toRadians = (degrees: number): number => (degrees * Math.PI) / 180;

/** cos(latitude) as the haversine uses it; precompute it for points measured many times. */
export const cosLatitude = (latitude: number): number => Math.cos(toRadians(latitude));

/** Haversine in metres from `a` to `b`, given the cosines of their latitudes (cosLatitude). */
export function haversineMeters(
  a: GeoPoint,
  cosLatA: number,
  b: GeoPoint,
  cosLatB: number,
): number {
  const dLat = toRadians(b.latitude - a.latitude);
  const dLon = toRadians(b.longitude - a.longitude);
  const h = Math.sin(dLat / 2) ** 2 + cosLatA * cosLatB * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

export function distanceMeters(a: GeoPoint, b: GeoPoint): number {
  return haversineMeters(a, cosLatitude(a.latitude), b, cosLatitude(b.latitude));
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

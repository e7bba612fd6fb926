import { describe, expect, it } from 'vitest';
import { boundingBox, distanceKm } from './geo.js';

const dresden = { latitude: 51.05089, longitude: 13.73832 };
const leipzig = { latitude: 51.33962, longitude: 12.37129 };

describe('distance', () => {
  it('measures Dresden to Leipzig at about 100 km', () => {
    const km = distanceKm(dresden, leipzig);
    expect(km).toBeGreaterThan(99);
    expect(km).toBeLessThan(102);
  });

  it('is zero for the same point and symmetric', () => {
    expect(distanceKm(dresden, dresden)).toBe(0);
    expect(distanceKm(dresden, leipzig)).toBeCloseTo(distanceKm(leipzig, dresden), 9);
  });

  it('uses a bounding box that contains the whole circle', () => {
    const box = boundingBox(dresden, 50);
    for (let bearing = 0; bearing < 360; bearing += 15) {
      // Walk 49.9 km in each direction on a sphere and check the box holds the point.
      const rad = (bearing * Math.PI) / 180;
      const angular = 49.9 / 6378.14;
      const lat1 = (dresden.latitude * Math.PI) / 180;
      const lon1 = (dresden.longitude * Math.PI) / 180;
      const lat2 = Math.asin(
        Math.sin(lat1) * Math.cos(angular) + Math.cos(lat1) * Math.sin(angular) * Math.cos(rad),
      );
      const lon2 =
        lon1 +
        Math.atan2(
          Math.sin(rad) * Math.sin(angular) * Math.cos(lat1),
          Math.cos(angular) - Math.sin(lat1) * Math.sin(lat2),
        );
      const point = { latitude: (lat2 * 180) / Math.PI, longitude: (lon2 * 180) / Math.PI };
      expect(distanceKm(dresden, point)).toBeCloseTo(49.9, 6);
      expect(point.latitude).toBeGreaterThanOrEqual(box.minLat);
      expect(point.latitude).toBeLessThanOrEqual(box.maxLat);
      expect(point.longitude).toBeGreaterThanOrEqual(box.minLon);
      expect(point.longitude).toBeLessThanOrEqual(box.maxLon);
    }
  });
});

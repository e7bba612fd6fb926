import { projectToMap } from '@nzr/graph-schema';
import { describe, expect, it } from 'vitest';
import {
  GEO_SCALE,
  MAP_CENTRE,
  boxOf,
  circleRing,
  fromMap,
  labelPoint,
  ringsPath,
  toMap,
} from './mapProjection';
import { viewportFor, visibleBox } from './viewport';

const dresden = { latitude: 51.05, longitude: 13.74 };
const goerlitz = { latitude: 51.15, longitude: 14.99 };

/** Great-circle distance in km (haversine), independent of the projection under test. */
function km(
  a: { latitude: number; longitude: number },
  b: { latitude: number; longitude: number },
) {
  const rad = Math.PI / 180;
  const h =
    Math.sin(((b.latitude - a.latitude) * rad) / 2) ** 2 +
    Math.cos(a.latitude * rad) *
      Math.cos(b.latitude * rad) *
      Math.sin(((b.longitude - a.longitude) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

describe('the map projection', () => {
  it("is graph-schema's projectToMap around the fixed centre, scaled, and fromMap inverts it", () => {
    const base = projectToMap(goerlitz, MAP_CENTRE);
    expect(toMap(goerlitz)).toEqual({ x: base.x * GEO_SCALE, y: base.y * GEO_SCALE });
    const back = fromMap(toMap(goerlitz));
    expect(back.latitude).toBeCloseTo(goerlitz.latitude, 9);
    expect(back.longitude).toBeCloseTo(goerlitz.longitude, 9);
    // East to the right, north up.
    expect(toMap(goerlitz).x).toBeGreaterThan(toMap(dresden).x);
    expect(toMap(goerlitz).y).toBeLessThan(toMap(dresden).y);
  });

  it('keeps ground distances in proportion within the state (within 1 %)', () => {
    const leipzig = { latitude: 51.34, longitude: 12.37 };
    const plauen = { latitude: 50.5, longitude: 12.14 };
    const pixels = (a: typeof dresden, b: typeof dresden) =>
      Math.hypot(toMap(a).x - toMap(b).x, toMap(a).y - toMap(b).y);
    const ratio = (a: typeof dresden, b: typeof dresden) => pixels(a, b) / km(a, b);
    expect(ratio(leipzig, goerlitz) / ratio(plauen, dresden)).toBeCloseTo(1, 1);
  });

  it('draws a radius circle whose points lie that far from the centre on the ground', () => {
    const ring = circleRing(dresden, 20);
    expect(ring.at(0)).toEqual(ring.at(-1));
    for (const [longitude, latitude] of ring) {
      expect(km(dresden, { latitude, longitude })).toBeCloseTo(20, 0);
    }
    const box = boxOf([ring]);
    const centre = toMap(dresden);
    expect(box && (box.x1 + box.x2) / 2).toBeCloseTo(centre.x, 0);
    expect(box && (box.y1 + box.y2) / 2).toBeCloseTo(centre.y, 0);
  });

  it('writes rings as SVG paths and finds a label point inside a square', () => {
    const square = [
      [13, 51],
      [14, 51],
      [14, 52],
      [13, 52],
      [13, 51],
    ] as const;
    expect(ringsPath([square])).toMatch(/^M[-\d.]+,[-\d.]+(L[-\d.]+,[-\d.]+){4}Z$/);
    const label = labelPoint([square]);
    const middle = toMap({ latitude: 51.5, longitude: 13.5 });
    expect(label?.x).toBeCloseTo(middle.x, 0);
    // Equirectangular: the middle of the square in degrees is the middle on the map.
    expect(label?.y).toBeCloseTo(middle.y, 0);
  });
});

describe('fitting a box', () => {
  it('centres the box and shows all of it, and visibleBox inverts the viewport', () => {
    const box = { x1: 100, y1: -50, x2: 300, y2: 350 };
    const view = viewportFor(box, 800, 600, 20, { min: 0.05, max: 3 });
    expect(view.zoom).toBeCloseTo(560 / 400, 6);
    const visible = visibleBox({ ...view, width: 800, height: 600 });
    expect((visible.x1 + visible.x2) / 2).toBeCloseTo(200, 6);
    expect((visible.y1 + visible.y2) / 2).toBeCloseTo(150, 6);
    expect(visible.y1).toBeLessThan(box.y1);
    expect(visible.y2).toBeGreaterThan(box.y2);
  });

  it('does not zoom in beyond the limit for a tiny box', () => {
    const view = viewportFor({ x1: 0, y1: 0, x2: 2, y2: 2 }, 800, 600, 20, {
      min: 0.05,
      max: 1.25,
    });
    expect(view.zoom).toBe(1.25);
  });
});

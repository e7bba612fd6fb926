import { describe, expect, it } from 'vitest';
import { CLUSTER_COLOURS, LABEL_COLOURS, SECTOR_COLOURS, UNKNOWN_COLOUR } from './map-colours.js';

/** CIE L*a*b* of an sRGB colour `#rrggbb` (D65). */
function lab(hex: string): [number, number, number] {
  const [r, g, b] = [1, 3, 5]
    .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((c) => (c > 0.04045 ? ((c + 0.055) / 1.055) ** 2.4 : c / 12.92)) as [
    number,
    number,
    number,
  ];
  const x = (r * 0.4124 + g * 0.3576 + b * 0.1805) / 0.95047;
  const y = r * 0.2126 + g * 0.7152 + b * 0.0722;
  const z = (r * 0.0193 + g * 0.1192 + b * 0.9505) / 1.08883;
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}
const deltaE = (a: string, b: string) => {
  const [p, q] = [lab(a), lab(b)];
  return Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
};

describe('cluster colours', () => {
  // Issue 12: cluster colours clashed with sector colours (#1b9e77 beside civil society's #009E73).
  it('are far from every sector and label colour, and from each other', () => {
    const map = [...Object.values(SECTOR_COLOURS), ...Object.values(LABEL_COLOURS), UNKNOWN_COLOUR];
    for (const colour of CLUSTER_COLOURS) {
      for (const other of map)
        expect(deltaE(colour, other), `${colour} ${other}`).toBeGreaterThan(25);
      for (const other of CLUSTER_COLOURS)
        if (other !== colour)
          expect(deltaE(colour, other), `${colour} ${other}`).toBeGreaterThan(20);
    }
  });
});

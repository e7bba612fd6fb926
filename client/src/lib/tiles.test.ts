import { describe, expect, it } from 'vitest';
import { toMap } from './mapProjection';
import { tilesFor } from './tiles';
import { viewportFor } from './viewport';

const TEMPLATE = 'https://tiles.example/{z}/{x}/{y}.png';

describe('web map tiles', () => {
  it('covers the viewport with tiles of about screen resolution, placed by the map projection', () => {
    const a = toMap({ latitude: 51.2, longitude: 13.5 });
    const b = toMap({ latitude: 50.9, longitude: 14.0 });
    const box = { x1: a.x, y1: a.y, x2: b.x, y2: b.y };
    const view = {
      ...viewportFor(box, 1024, 600, 0, { min: 0.01, max: 10 }),
      width: 1024,
      height: 600,
    };
    const tiles = tilesFor(view, TEMPLATE);
    expect(tiles.length).toBeGreaterThan(0);
    expect(tiles.length).toBeLessThanOrEqual(80);
    // On screen a tile is close to its 256 pixels.
    const first = tiles[0];
    expect((first?.width ?? 0) * view.zoom).toBeGreaterThan(128);
    expect((first?.width ?? 0) * view.zoom).toBeLessThan(512);
    // The tiles together cover the box.
    expect(Math.min(...tiles.map((t) => t.x))).toBeLessThanOrEqual(box.x1);
    expect(Math.max(...tiles.map((t) => t.x + t.width))).toBeGreaterThanOrEqual(box.x2);
    expect(Math.min(...tiles.map((t) => t.y))).toBeLessThanOrEqual(box.y1);
    expect(Math.max(...tiles.map((t) => t.y + t.height))).toBeGreaterThanOrEqual(box.y2);
    // Dresden's tile at the chosen zoom is one of them, with the URL filled in.
    expect(tiles[0]?.url).toMatch(/^https:\/\/tiles\.example\/\d+\/\d+\/\d+\.png$/);
    expect(new Set(tiles.map((t) => t.key)).size).toBe(tiles.length);
  });
});

/**
 * An optional web map under the geographic views (OpenStreetMap-style tiles, `{z}/{x}/{y}` URL templates): off
 * unless the user turns it on (it loads images from a third party), and not offered at all when the build sets
 * VITE_MAP_TILE_URL to an empty string. Each Web-Mercator tile is placed by projecting its corners with the map's
 * own projection, so tiles, borders and nodes line up (within a tile the two projections differ by well under a
 * pixel at the zooms used).
 */
import { fromMap, toMap } from './mapProjection';
import { visibleBox } from './viewport';
import type { Viewport } from './viewport';

export interface TileSource {
  readonly url: string;
  readonly attribution: string;
}

const env = import.meta.env as Record<string, string | undefined>;
const TILE_URL = env.VITE_MAP_TILE_URL ?? 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';

/** The configured tile source, or null when the build switched tiles off. */
export const TILE_SOURCE: TileSource | null = TILE_URL
  ? {
      url: TILE_URL,
      attribution: env.VITE_MAP_TILE_ATTRIBUTION ?? '© OpenStreetMap-Mitwirkende (ODbL)',
    }
  : null;

export interface PlacedTile {
  readonly key: string;
  readonly url: string;
  /** Corners in map coordinates. */
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

const TILE_PX = 256;
const MAX_TILES = 80;

const tileX = (longitude: number, z: number) => ((longitude + 180) / 360) * 2 ** z;
const tileY = (latitude: number, z: number) => {
  const phi = (latitude * Math.PI) / 180;
  return ((1 - Math.log(Math.tan(phi) + 1 / Math.cos(phi)) / Math.PI) / 2) * 2 ** z;
};
const longitudeOf = (x: number, z: number) => (x / 2 ** z) * 360 - 180;
const latitudeOf = (y: number, z: number) =>
  (Math.atan(Math.sinh(Math.PI * (1 - (2 * y) / 2 ** z))) * 180) / Math.PI;

/** The tiles that cover the viewport, at the zoom level whose pixels are closest to screen pixels. */
export function tilesFor(viewport: Viewport, url: string): PlacedTile[] {
  const box = visibleBox(viewport);
  const north = fromMap({ x: box.x1, y: box.y1 });
  const south = fromMap({ x: box.x2, y: box.y2 });
  const degreesWide = south.longitude - north.longitude;
  if (!(degreesWide > 0)) return [];
  const tilesAcross = viewport.width / TILE_PX;
  const z = Math.min(18, Math.max(4, Math.round(Math.log2((360 * tilesAcross) / degreesWide))));
  const [x1, x2] = [Math.floor(tileX(north.longitude, z)), Math.floor(tileX(south.longitude, z))];
  const [y1, y2] = [Math.floor(tileY(north.latitude, z)), Math.floor(tileY(south.latitude, z))];
  const tiles: PlacedTile[] = [];
  for (let x = x1; x <= x2; x++) {
    for (let y = y1; y <= y2; y++) {
      if (tiles.length >= MAX_TILES) return tiles;
      const nw = toMap({ latitude: latitudeOf(y, z), longitude: longitudeOf(x, z) });
      const se = toMap({ latitude: latitudeOf(y + 1, z), longitude: longitudeOf(x + 1, z) });
      tiles.push({
        key: `${z}/${x}/${y}`,
        url: url.replace('{z}', String(z)).replace('{x}', String(x)).replace('{y}', String(y)),
        x: nw.x,
        y: nw.y,
        width: se.x - nw.x,
        height: se.y - nw.y,
      });
    }
  }
  return tiles;
}

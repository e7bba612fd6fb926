import { STATE_AGS, regionId as regionIdOf } from '@nzr/graph-schema';
import { useMemo, useState } from 'react';
import type { Borders } from '../../lib/borders';
import { boxOf, circleRing } from '../../lib/mapProjection';
import type { GeoPoint } from '../../lib/mapProjection';
import { TILE_SOURCE } from '../../lib/tiles';
import { useBorders } from '../../lib/useBorders';
import type { FitBox } from '../../lib/viewport';
import type { GeoLayer } from './NetworkMap';

export interface GeoLayerInput {
  /** Region to outline and fit the view to (e.g. the region filter; the state: all of it); null: the nodes. */
  readonly regionId?: string | null;
  /** A search radius to draw and fit the view to. */
  readonly circle?: { readonly centre: GeoPoint; readonly radiusKm: number } | null;
}

const TILES_KEY = 'nzr.mapTiles';
const REGION_PREFIX = regionIdOf('');

function areaRings(borders: Borders | null, ags: string | null) {
  if (!borders || !ags) return null;
  if (ags === STATE_AGS) return borders.districtLines;
  const area =
    borders.districts.find((d) => d.ags === ags) ??
    borders.municipalities.find((m) => m.ags === ags);
  return area?.rings ?? null;
}

/** Underlay and fit box of a geographic map; tiles are a per-browser choice, off until turned on. */
export function useGeoLayer(enabled: boolean, input: GeoLayerInput) {
  const { borders } = useBorders(enabled);
  const [tilesOn, setTilesOn] = useState(() => localStorage.getItem(TILES_KEY) === '1');
  const setTiles = (on: boolean) => {
    localStorage.setItem(TILES_KEY, on ? '1' : '0');
    setTilesOn(on);
  };
  const regionId = input.regionId ?? null;
  const ags = regionId?.startsWith(REGION_PREFIX) ? regionId.slice(REGION_PREFIX.length) : null;
  const centre = input.circle?.centre;
  const radiusKm = input.circle?.radiusKm;
  const circle = useMemo(
    () =>
      centre && radiusKm !== undefined ? { ring: circleRing(centre, radiusKm), radiusKm } : null,
    [centre, radiusKm],
  );
  const fit = useMemo((): FitBox | null => {
    if (circle) return boxOf([circle.ring]);
    const rings = areaRings(borders, ags);
    return rings ? boxOf(rings) : null;
  }, [circle, borders, ags]);
  const tiles = tilesOn ? TILE_SOURCE : null;
  const layer = useMemo(
    (): GeoLayer | null => (enabled ? { borders, highlightAgs: ags, circle, tiles } : null),
    [enabled, borders, ags, circle, tiles],
  );
  return { layer, fit, tiles: { available: TILE_SOURCE !== null, on: tilesOn, set: setTiles } };
}

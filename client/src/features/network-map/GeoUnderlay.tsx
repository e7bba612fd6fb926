/**
 * What the geographic layout draws under the nodes: optional web map tiles, municipality and district borders, the
 * selected region filled, and a radius circle; in map coordinates inside one SVG group that follows cytoscape's pan
 * and zoom (the canvas above is transparent). Strokes keep their screen width at every zoom.
 */
import { memo, useMemo } from 'react';
import type { Borders, Ring } from '../../lib/borders';
import { pixelsPerDegree, ringsPath } from '../../lib/mapProjection';
import { tilesFor } from '../../lib/tiles';
import type { TileSource } from '../../lib/tiles';
import type { Viewport } from '../../lib/viewport';

export interface GeoUnderlayProps {
  readonly borders: Borders | null;
  readonly viewport: Viewport | null;
  /** AGS of the region to fill (the region filter), if any. */
  readonly highlightAgs: string | null;
  readonly circle: { readonly ring: Ring; readonly radiusKm: number } | null;
  readonly tiles: TileSource | null;
}

/** Municipality lines only from this scale on: at the state's scale 426 municipalities are a grey blur. */
const MUNICIPALITY_PX_PER_DEGREE = 600;

const BorderPaths = memo(function BorderPaths({ borders }: { readonly borders: Borders }) {
  const paths = useMemo(
    () => ({
      municipalities: ringsPath(borders.municipalityLines, false),
      districts: ringsPath(borders.districtLines, false),
    }),
    [borders],
  );
  return (
    <>
      <path className="border-municipality" d={paths.municipalities} />
      <path
        className="border-district"
        d={paths.districts}
        data-testid="border-districts"
        data-count={borders.districts.length}
      />
    </>
  );
});

export function GeoUnderlay({ borders, viewport, highlightAgs, circle, tiles }: GeoUnderlayProps) {
  const highlight = useMemo(() => {
    if (!borders || !highlightAgs) return null;
    const area =
      borders.districts.find((d) => d.ags === highlightAgs) ??
      borders.municipalities.find((m) => m.ags === highlightAgs);
    return area ? { ags: area.ags, name: area.name, d: ringsPath(area.rings) } : null;
  }, [borders, highlightAgs]);
  const circlePath = useMemo(() => (circle ? ringsPath([circle.ring]) : null), [circle]);
  if (!viewport) return null;
  const { zoom, pan } = viewport;
  const placed = tiles ? tilesFor(viewport, tiles.url) : [];
  return (
    <svg
      className={
        pixelsPerDegree(zoom) < MUNICIPALITY_PX_PER_DEGREE
          ? 'geo-underlay state-scale'
          : 'geo-underlay'
      }
      aria-hidden="true"
      data-testid="geo-underlay"
    >
      <g transform={`translate(${pan.x} ${pan.y}) scale(${zoom})`}>
        {placed.map((tile) => (
          <image
            key={tile.key}
            href={tile.url}
            x={tile.x}
            y={tile.y}
            width={tile.width}
            height={tile.height}
            preserveAspectRatio="none"
            className="map-tile"
          />
        ))}
        {highlight && (
          <path
            className="border-highlight"
            d={highlight.d}
            data-testid="border-highlight"
            data-ags={highlight.ags}
          />
        )}
        {borders && <BorderPaths borders={borders} />}
        {circle && circlePath && (
          <path
            className="radius-circle"
            d={circlePath}
            data-testid="radius-circle"
            data-radius-km={circle.radiusKm}
          />
        )}
      </g>
    </svg>
  );
}

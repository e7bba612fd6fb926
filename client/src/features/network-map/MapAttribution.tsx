import { useTranslation } from 'react-i18next';
import { BORDERS_ATTRIBUTION } from '../../lib/borders';
import type { TileSource } from '../../lib/tiles';

/** The sources of what the geographic map draws, as their licences ask: always visible on the map. */
export function MapAttribution({ tiles }: { readonly tiles: TileSource | null }) {
  const { t } = useTranslation();
  return (
    <p className="map-attribution" data-testid="map-attribution">
      {t('map.bordersSource')}: {BORDERS_ATTRIBUTION}
      {tiles && ` · ${t('map.tilesSource')}: ${tiles.attribution}`}
    </p>
  );
}

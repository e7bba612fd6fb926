import { useTranslation } from 'react-i18next';
import { Metric } from '../../components/Metric';
import { useFormat } from '../../lib/format';
import type { RegionFigures } from './regions.fragment';

/** Kreisfreie Städte against Landkreise: the key figures side by side, each explained. */
export function UrbanRural({
  urban,
  rural,
  showChange,
}: {
  readonly urban: RegionFigures;
  readonly rural: RegionFigures;
  readonly showChange: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const group = (key: 'urban' | 'rural', figures: RegionFigures) => (
    <div className="urban-rural-group">
      <h4>{t(`regions.${key}Group`)}</h4>
      <dl className="metrics">
        <Metric
          label={t('regions.column.actorsPer10k')}
          value={format.number(figures.actorsPer10k, 1)}
          explanation={t('regions.explain.actorsPer10k')}
        />
        <Metric
          label={t('regions.column.crossSectorShare')}
          value={format.percent(figures.crossSectorShare)}
          explanation={t('regions.explain.crossSectorShare')}
        />
        <Metric
          label={t('regions.column.density')}
          value={format.percent(figures.density, 1)}
          explanation={t('regions.explain.density')}
        />
        {showChange && (
          <Metric
            label={t('regions.column.newTies')}
            value={format.number(figures.newTies)}
            explanation={t('regions.explain.newTies', {
              cross: format.number(figures.newCrossSectorTies),
            })}
          />
        )}
      </dl>
    </div>
  );
  return (
    <div className="urban-rural">
      {group('urban', urban)}
      {group('rural', rural)}
    </div>
  );
}

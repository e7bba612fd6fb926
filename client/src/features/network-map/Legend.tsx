import type { NodeLabel, Sector } from '@nzr/graph-schema';
import { useTranslation } from 'react-i18next';
import { LABEL_COLOURS, SECTOR_COLOURS } from './colours';

const SECTORS = Object.keys(SECTOR_COLOURS) as Sector[];
const LABELS = Object.keys(LABEL_COLOURS) as Exclude<NodeLabel, 'Institution'>[];

/** Colour key of the map: organisations by sector, then the other kinds of node. */
export function Legend() {
  const { t } = useTranslation();
  const entry = (key: string, colour: string, text: string) => (
    <li key={key}>
      <span className="swatch" style={{ backgroundColor: colour }} aria-hidden="true" />
      {text}
    </li>
  );
  return (
    <section className="legend" aria-label={t('map.legend')}>
      <h3>{t('map.legend')}</h3>
      <p className="legend-group">{t('labels.Institution')}</p>
      <ul>
        {SECTORS.map((sector) => entry(sector, SECTOR_COLOURS[sector], t(`sector.${sector}`)))}
      </ul>
      <ul>{LABELS.map((label) => entry(label, LABEL_COLOURS[label], t(`labels.${label}`)))}</ul>
    </section>
  );
}

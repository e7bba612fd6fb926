import type { RelationshipType } from '@nzr/graph-schema';
import { useTranslation } from 'react-i18next';
import { NODE_LABEL_VALUES, SECTOR_VALUES } from '../../lib/domain';
import { LABEL_COLOURS, SECTOR_COLOURS } from '@nzr/graph-schema';
import { EDGE_STYLES } from './edgeStyles';

const LABELS = NODE_LABEL_VALUES.filter((label) => label !== 'Institution');
const DASH = { solid: undefined, dashed: '6 4', dotted: '1 3' } as const;

/** Colour and line key of the map, plus what the node size means (the chosen measure: degree). */
export function Legend({ types }: { readonly types: readonly RelationshipType[] }) {
  const { t } = useTranslation();
  const swatch = (key: string, colour: string, text: string) => (
    <li key={key}>
      <span className="swatch" style={{ backgroundColor: colour }} aria-hidden="true" />
      {text}
    </li>
  );
  return (
    <section className="legend" aria-labelledby="legend-heading">
      <h2 id="legend-heading">{t('map.legend')}</h2>
      <h3>{t('legend.sectors')}</h3>
      <ul>{SECTOR_VALUES.map((s) => swatch(s, SECTOR_COLOURS[s], t(`sector.${s}`)))}</ul>
      <h3>{t('legend.kinds')}</h3>
      <ul>{LABELS.map((l) => swatch(l, LABEL_COLOURS[l], t(`label.${l}`)))}</ul>
      {types.length > 0 && (
        <>
          <h3>{t('legend.relations')}</h3>
          <ul>
            {types.map((type) => {
              const style = EDGE_STYLES[type];
              return (
                <li key={type}>
                  <svg width="28" height="10" aria-hidden="true" className="line-swatch">
                    <line
                      x1="1"
                      y1="5"
                      x2="27"
                      y2="5"
                      stroke={style.colour}
                      strokeWidth={Math.max(1.5, style.width)}
                      strokeDasharray={DASH[style.line]}
                    />
                  </svg>
                  {t(`relation.${type}`)}
                </li>
              );
            })}
          </ul>
        </>
      )}
      <h3>{t('legend.size')}</h3>
      <p className="legend-note">
        <strong>{t('metrics.degree.name')}:</strong> {t('metrics.degree.explanation')}
      </p>
    </section>
  );
}

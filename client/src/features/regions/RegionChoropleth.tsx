/**
 * The Regions view as a map: every district (or municipality) filled by the chosen figure, with a legend, the
 * borders' attribution, and a link per area to the region's network map. The table below stays the exact,
 * accessible form of the same figures.
 */
import type { MouseEvent } from 'react';
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { BORDERS_ATTRIBUTION } from '../../lib/borders';
import { useFormat } from '../../lib/format';
import { boxOf, labelPoint, ringsPath } from '../../lib/mapProjection';
import { useBorders } from '../../lib/useBorders';
import './choropleth.css';
import { NO_DATA_COLOUR, colourClasses, colourOf } from './choropleth';
import type { ChoroplethMetric } from './choropleth';
import type { RegionRowData } from './regions.fragment';

export { CHOROPLETH_METRICS } from './choropleth';
export type { ChoroplethMetric } from './choropleth';

export interface RegionChoroplethProps {
  readonly rows: readonly RegionRowData[];
  readonly level: 'district' | 'municipality';
  readonly metric: ChoroplethMetric;
  readonly metrics: readonly ChoroplethMetric[];
  readonly onMetric: (metric: ChoroplethMetric) => void;
  readonly mapHref: (regionId: string) => string;
  readonly onOpen: (href: string) => void;
}

const agsOf = (id: string) => id.slice(id.indexOf('-') + 1);

export function RegionChoropleth(props: RegionChoroplethProps) {
  const { t } = useTranslation();
  const id = useId();
  const format = useFormat();
  const { borders, failed } = useBorders();
  const { rows, metric } = props;
  const byAgs = useMemo(() => new Map(rows.map((row) => [agsOf(row.region.id), row])), [rows]);
  const classes = useMemo(
    () => colourClasses(rows.map((row) => row[metric]).filter((v): v is number => v !== null)),
    [rows, metric],
  );
  // Enough digits that neighbouring class bounds differ (0,25 – 0,31, not 0,3 – 0,3).
  const largest = Math.max(0, ...classes.map((c) => Math.abs(c.to)));
  const digits = largest < 1 ? 2 : largest < 10 ? 1 : 0;
  const shown = (value: number) =>
    metric === 'crossSectorShare' || metric === 'density'
      ? format.percent(value, 1)
      : format.number(value, digits);
  const areas = props.level === 'district' ? borders?.districts : borders?.municipalities;
  const drawn = useMemo(
    () =>
      (areas ?? []).map((area) => ({
        area,
        d: ringsPath(area.rings),
        label: props.level === 'district' ? labelPoint(area.rings) : null,
      })),
    [areas, props.level],
  );
  const box = useMemo(() => (borders ? boxOf(borders.districtLines) : null), [borders]);
  const outline = useMemo(
    () =>
      borders && props.level === 'municipality' ? ringsPath(borders.districtLines, false) : '',
    [borders, props.level],
  );
  const follow = (event: MouseEvent<Element>, href: string) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    props.onOpen(href);
  };
  return (
    <figure className="region-choropleth" data-testid="region-choropleth">
      <div className="field choropleth-metric">
        <label htmlFor={id}>{t('regions.choropleth.metric')}</label>
        <select
          id={id}
          value={metric}
          onChange={(event) => props.onMetric(event.target.value as ChoroplethMetric)}
        >
          {props.metrics.map((key) => (
            <option key={key} value={key}>
              {t(`regions.choropleth.metrics.${key}`)}
            </option>
          ))}
        </select>
      </div>
      {failed && <p className="hint">{t('regions.choropleth.unavailable')}</p>}
      {box && (
        <svg
          viewBox={`${box.x1 - 4} ${box.y1 - 4} ${box.x2 - box.x1 + 8} ${box.y2 - box.y1 + 8}`}
          role="img"
          aria-label={t('regions.choropleth.label', {
            metric: t(`regions.choropleth.metrics.${metric}`),
          })}
        >
          {drawn.map(({ area, d }) => {
            const row = byAgs.get(area.ags);
            const value = row?.[metric] ?? null;
            const colour = row ? colourOf(value, classes) : NO_DATA_COLOUR;
            const title = `${row?.region.name ?? area.name}: ${value === null ? t('regions.choropleth.noData') : shown(value)}`;
            const path = (
              <path d={d} fill={colour} data-ags={area.ags} data-colour={colour}>
                <title>{title}</title>
              </path>
            );
            return row ? (
              <a
                key={area.ags}
                href={props.mapHref(row.region.id)}
                onClick={(event) => follow(event, props.mapHref(row.region.id))}
              >
                {path}
              </a>
            ) : (
              <g key={area.ags}>{path}</g>
            );
          })}
          {outline && <path className="choropleth-districts" d={outline} />}
          {drawn.map(({ area, label }) =>
            label ? (
              <text key={area.ags} x={label.x} y={label.y} className="choropleth-label">
                {byAgs.get(area.ags)?.region.name ?? area.name}
              </text>
            ) : null,
          )}
        </svg>
      )}
      <figcaption>
        <ul className="choropleth-legend" aria-label={t('regions.choropleth.legend')}>
          {classes.map((c) => (
            <li key={c.colour}>
              <span className="swatch" style={{ backgroundColor: c.colour }} aria-hidden="true" />
              {c.from === c.to ? shown(c.from) : `${shown(c.from)} – ${shown(c.to)}`}
            </li>
          ))}
          <li>
            <span
              className="swatch"
              style={{ backgroundColor: NO_DATA_COLOUR }}
              aria-hidden="true"
            />
            {t('regions.choropleth.noData')}
          </li>
        </ul>
        <p className="map-attribution-inline">
          {t('regions.choropleth.source')}: {BORDERS_ATTRIBUTION}
        </p>
      </figcaption>
    </figure>
  );
}

import { inRegion } from '@nzr/graph-schema';
import type { Sector } from '@nzr/graph-schema';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format';
import type { GapCellData, GapHeatmapTable } from './gaps.fragment';
import { cellColour, cellFor, classifyCell, textColour } from './heatScale';
import './gaps.css';

export interface GapHeatmapProps {
  readonly table: GapHeatmapTable;
  /** Caption context, e.g. the region's name. */
  readonly scope: string;
}

/** Sector × sector cooperations as an accessible heat map: a real table with colour, numbers and marks. */
export function GapHeatmap({ table, scope }: GapHeatmapProps) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const sectors = table.sectorSizes.map((size) => size.sector);
  const tip = (cell: GapCellData) =>
    t('gaps.cellTip', {
      observed: format.number(cell.observed),
      expected: format.number(cell.expected, 1),
      ratio: format.percent(cell.ratio),
    });
  const renderCell = (row: Sector, column: Sector) => {
    const cell = cellFor(table.cells, row, column);
    if (!cell) return <td key={column} />;
    const level = classifyCell(cell);
    return (
      <td
        key={column}
        className={`heat-cell heat-${level}`}
        style={{ background: cellColour(cell.ratio), color: textColour(cell.ratio) }}
        tabIndex={0}
        title={tip(cell)}
        aria-label={`${t(`sector.${row}`)} × ${t(`sector.${column}`)}: ${tip(cell)}${
          cell.underLinked ? ` ${t('gaps.underLinked')}` : ''
        }`}
      >
        <span className="heat-value">{format.number(cell.observed)}</span>
        {cell.underLinked && <span aria-hidden="true"> ▼</span>}
        <span className="heat-tip" aria-hidden="true">
          {tip(cell)}
        </span>
      </td>
    );
  };
  return (
    <div className="gap-heatmap">
      <div className="table-scroll">
        <table>
          <caption>
            {t('gaps.caption', {
              scope: inRegion(scope, i18n.resolvedLanguage === 'en' ? 'en' : 'de'),
              ties: format.number(table.totalTies),
            })}
          </caption>
          <thead>
            <tr>
              <td />
              {sectors.map((sector) => (
                <th key={sector} scope="col">
                  {t(`sector.${sector}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.sectorSizes.map(({ sector, institutions }) => (
              <tr key={sector}>
                <th scope="row">
                  {t(`sector.${sector}`)}{' '}
                  <span className="muted">({format.number(institutions)})</span>
                </th>
                {sectors.map((column) => renderCell(sector, column))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <HeatLegend />
    </div>
  );
}

function HeatLegend() {
  const { t } = useTranslation();
  const format = useFormat();
  const steps = [0.25, 0.5, 1, 2, 4];
  return (
    <div className="heat-legend">
      <p className="hint">{t('gaps.legendText')}</p>
      <ul aria-label={t('gaps.legend')}>
        {steps.map((ratio) => (
          <li key={ratio}>
            <span className="swatch" style={{ background: cellColour(ratio) }} />
            {t('gaps.legendRatio', { ratio: `${format.number(ratio, 2)}×` })}
          </li>
        ))}
        <li>▼ {t('gaps.underLinked')}</li>
      </ul>
    </div>
  );
}

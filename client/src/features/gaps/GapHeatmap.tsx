import { inRegion } from '@nzr/graph-schema';
import type { Sector } from '@nzr/graph-schema';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format';
import type { GapCellData, GapHeatmapTable } from './gaps.fragment';
import { cellColour, cellFor, classifyCell, textColour } from './heatScale';
import { sameSectors } from './verdicts';
import type { Verdict } from './verdicts';
import './gaps.css';

export interface GapHeatmapProps {
  readonly table: GapHeatmapTable;
  /** Caption context, e.g. the region's name. */
  readonly scope: string;
  /** The sectors of the open cell, if any. */
  readonly selected: readonly Sector[] | null;
  /** A click or Enter on a cell opens it (its pairs, suggestions and brokers). */
  readonly onSelect: (cell: GapCellData) => void;
}

/** A mark beside the count, so that the verdict does not rest on colour alone. */
const VERDICT_MARK: Record<Verdict, string> = { gap: '▼', unremarkable: '', insufficientData: '?' };

/** Sector × sector cooperations as an accessible heat map: a real table with colour, numbers and marks. */
export function GapHeatmap({ table, scope, selected, onSelect }: GapHeatmapProps) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const sectors = table.sectorSizes.map((size) => size.sector);
  const sizeOf = new Map(table.sectorSizes.map((size) => [size.sector, size.institutions]));
  /** The empty sector of a cell that cannot hold a tie, null when the region has no ties; undefined: neither. */
  const emptySector = (cell: GapCellData): Sector | null | undefined => {
    const empty = cell.sectors.find((sector) => (sizeOf.get(sector) ?? 0) === 0);
    if (empty) return empty;
    return table.totalTies === 0 ? null : undefined;
  };
  const tip = (cell: GapCellData) =>
    `${t('gaps.cellTip', {
      observed: format.number(cell.observed),
      expected: format.number(cell.expected, 1),
    })} · ${t(`gaps.verdict.${cell.verdict}`)}`;
  const renderCell = (row: Sector, column: Sector) => {
    const cell = cellFor(table.cells, row, column);
    if (!cell) return <td key={column} />;
    const level = classifyCell(cell);
    const open = selected !== null && sameSectors(selected, cell.sectors);
    const empty = emptySector(cell);
    if (empty !== undefined) {
      const why = empty
        ? t('gaps.emptySector', { sector: t(`sector.${empty}`) })
        : t('gaps.noTies');
      return (
        <td key={column} className={`heat-cell heat-empty${open ? ' heat-open' : ''}`}>
          <button
            type="button"
            className="heat-button"
            aria-pressed={open}
            aria-label={`${t(`sector.${row}`)} × ${t(`sector.${column}`)}: ${why}`}
            title={why}
            onClick={() => onSelect(cell)}
          >
            –
          </button>
        </td>
      );
    }
    // Without a verdict the ratio says nothing: no red for a zero that chance explains.
    const decided = cell.verdict !== 'insufficientData';
    return (
      <td
        key={column}
        className={`heat-cell heat-${level} verdict-${cell.verdict}${open ? ' heat-open' : ''}`}
        style={decided ? { background: cellColour(cell.ratio), color: textColour(cell.ratio) } : {}}
      >
        <button
          type="button"
          className="heat-button"
          aria-pressed={open}
          aria-label={`${t(`sector.${row}`)} × ${t(`sector.${column}`)}: ${tip(cell)}`}
          onClick={() => onSelect(cell)}
        >
          <span className="heat-value">{format.number(cell.observed)}</span>
          <span className="heat-verdict" aria-hidden="true">
            {VERDICT_MARK[cell.verdict]}
          </span>
        </button>
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
        <li>▼ {t('gaps.verdict.gap')}</li>
        <li>
          <span className="swatch swatch-insufficient" /> ? {t('gaps.verdict.insufficientData')}
        </li>
      </ul>
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format';
import type { GapHeatmapTable } from './gaps.fragment';
import { pooledCounts } from './pooled';
import { verdictCounts } from './verdicts';

/**
 * The verdicts of the table in one line, and for a sparse scope (most cells without a verdict) a plain
 * explanation: few organisations and cooperations allow few verdicts, each cell says what would change that.
 */
export function GapSummary({
  table,
  scope,
}: {
  readonly table: GapHeatmapTable;
  readonly scope: string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const counts = verdictCounts(table.cells);
  const emptySectors = new Set(
    table.sectorSizes.filter((size) => size.institutions === 0).map((size) => size.sector),
  );
  const emptyCells = table.cells.filter((cell) =>
    cell.sectors.some((sector) => emptySectors.has(sector)),
  ).length;
  const institutions = table.sectorSizes.reduce((sum, size) => sum + size.institutions, 0);
  const sparse = counts.insufficientData * 2 > table.cells.length;
  const pooled = table.pooled;
  const pooledVerdicts = pooled ? pooledCounts(table.cells, pooled.cells) : null;
  return (
    <div className="gap-summary">
      <p className="gap-summary-counts">
        {t('gaps.summary', {
          count: counts.gap,
          gap: format.number(counts.gap),
          unremarkable: format.number(counts.unremarkable),
          insufficient: format.number(counts.insufficientData),
        })}
        {emptyCells > 0 &&
          ` ${t('gaps.summaryEmpty', { count: emptyCells, formatted: format.number(emptyCells) })}`}
      </p>
      {sparse && (
        <p className="hint">
          {t('gaps.sparse', {
            scope,
            institutions: format.number(institutions),
            ties: format.number(table.totalTies),
          })}
        </p>
      )}
      {pooled && pooledVerdicts && pooledVerdicts.lacking > 0 && (
        <p className="gap-pooled-summary">
          {t('gaps.pooled.summary', {
            partners: pooled.partners.map((partner) => partner.name).join(', '),
            institutions: format.number(pooled.institutions),
            ties: format.number(pooled.totalTies),
            count: pooledVerdicts.lacking,
            lacking: format.number(pooledVerdicts.lacking),
          })}{' '}
          {t('gaps.pooled.counts', {
            count: pooledVerdicts.gap,
            gap: format.number(pooledVerdicts.gap),
            unremarkable: format.number(pooledVerdicts.unremarkable),
            insufficient: format.number(pooledVerdicts.insufficientData),
          })}
        </p>
      )}
      <p className="hint">{t('gaps.cellHint')}</p>
    </div>
  );
}

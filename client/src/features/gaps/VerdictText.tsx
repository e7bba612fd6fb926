import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format';
import type { GapCellData } from './gaps.fragment';

/** A p-value as a share: "0,4 %", and "< 0,1 %" below that (more digits would claim false precision). */
const share = (format: ReturnType<typeof useFormat>, p: number) =>
  p < 0.001 ? `< ${format.percent(0.001, 1)}` : format.percent(p, 1);

/**
 * The verdict on one cell in plain words: what was counted, what chance would give, whether that is a gap,
 * and for cells with too few data what would make them decidable.
 */
export function VerdictText({
  cell,
}: {
  readonly cell: Pick<GapCellData, 'observed' | 'expected' | 'verdict' | 'test'> & {
    readonly dataNeeded?: GapCellData['dataNeeded'];
  };
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const figures = {
    observed: format.number(cell.observed),
    count: cell.observed,
    expected: format.number(cell.expected, 1),
    p: share(format, cell.test.pValue),
    pMin: share(format, cell.test.minimumPValue),
    alpha: format.percent(cell.test.alpha),
  };
  const need = cell.dataNeeded;
  const parts: string[] = [];
  if (need?.additionalCooperations != null)
    parts.push(
      t('gaps.need.cooperations', {
        count: need.additionalCooperations,
        formatted: format.number(need.additionalCooperations),
      }),
    );
  if (need?.additionalInstitutions != null && need.sector)
    parts.push(
      t(parts.length > 0 ? 'gaps.need.orInstitutions' : 'gaps.need.institutions', {
        count: need.additionalInstitutions,
        formatted: format.number(need.additionalInstitutions),
        sector: t(`sector.${need.sector}`),
      }),
    );
  const needText = parts.length > 0 ? `${parts.join(' ')}.` : t('gaps.need.none');
  return (
    <div className={`verdict verdict-${cell.verdict}`}>
      <p>
        <strong>{t(`gaps.verdict.${cell.verdict}`)}:</strong>{' '}
        {t(
          cell.expected === 0
            ? 'gaps.verdictText.nothingExpected'
            : `gaps.verdictText.${cell.verdict}`,
          figures,
        )}
      </p>
      {need && <p className="verdict-need">{needText}</p>}
    </div>
  );
}

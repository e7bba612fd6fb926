import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format';
import type { GrowthData } from './growth.fragment';

const BAR_AREA = 120;
const SLOT = 44;
const TOP = 18;

/**
 * Cooperations begun per year as bars; the darker part came from an introduction. Numbers sit on the bars, so
 * the chart reads without hovering; the table beside it has every figure for screen readers.
 */
export function GrowthBars({ years }: { readonly years: GrowthData['years'] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const highest = Math.max(1, ...years.map((y) => y.started));
  const width = years.length * SLOT;
  const height = TOP + BAR_AREA + 22;
  const scale = (value: number) => (value / highest) * BAR_AREA;
  return (
    <svg
      className="growth-bars"
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={t('growth.chartLabel')}
      preserveAspectRatio="xMinYMin meet"
    >
      {years.map((y, index) => {
        const x = index * SLOT + 6;
        const barWidth = SLOT - 12;
        const total = scale(y.started);
        const via = scale(y.startedViaIntroduction);
        const base = TOP + BAR_AREA;
        return (
          <g key={y.year}>
            <rect
              className="growth-started"
              x={x}
              y={base - total}
              width={barWidth}
              height={total}
            />
            {via > 0 && (
              <rect className="growth-via" x={x} y={base - via} width={barWidth} height={via} />
            )}
            <text className="growth-value" x={x + barWidth / 2} y={base - total - 4}>
              {format.number(y.started)}
            </text>
            <text className="growth-year" x={x + barWidth / 2} y={base + 16}>
              {`’${String(y.year).slice(2)}`}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

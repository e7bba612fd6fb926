import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format';
import { GrowthBars } from './GrowthBars';
import type { GrowthData } from './growth.fragment';
import './growth.css';

/**
 * The network's own growth in a region: a sentence with the totals, the bars per year, and a table with every
 * figure (begun, across sectors, from introductions, ended, in force at the year's end, introductions made).
 */
export function GrowthChart({ growth }: { readonly growth: GrowthData }) {
  const { t } = useTranslation();
  const format = useFormat();
  const years = growth.years;
  const first = years[0]?.year ?? new Date().getFullYear();
  const sum = (key: 'started' | 'startedCrossSector' | 'startedViaIntroduction') =>
    years.reduce((total, y) => total + y[key], 0);
  return (
    <div className="growth">
      <p>
        {t('growth.summary', {
          count: sum('started'),
          first,
          started: format.number(sum('started')),
          crossSector: format.number(sum('startedCrossSector')),
          via: format.number(sum('startedViaIntroduction')),
        })}{' '}
        {growth.introductions === 0
          ? t('growth.noIntroductions')
          : t('growth.introductions', {
              total: format.number(growth.introductions),
              cooperating: format.number(growth.introductionsCooperating),
            })}
      </p>
      <GrowthBars years={years} />
      <p className="growth-legend hint">
        <span className="swatch growth-started" aria-hidden="true" /> {t('growth.legendStarted')}{' '}
        <span className="swatch growth-via" aria-hidden="true" /> {t('growth.legendVia')}
      </p>
      {(growth.undated > 0 || growth.startedEarlier > 0) && (
        <p className="hint">
          {t('growth.notShown', {
            undated: format.number(growth.undated),
            earlier: format.number(growth.startedEarlier),
            first,
          })}
        </p>
      )}
      {growth.truncated && <p className="hint">{t('growth.truncated')}</p>}
      <details>
        <summary>{t('growth.asTable')}</summary>
        <div className="table-scroll">
          <table className="data-table">
            <thead>
              <tr>
                {(
                  [
                    'year',
                    'started',
                    'crossSector',
                    'via',
                    'ended',
                    'active',
                    'introduced',
                  ] as const
                ).map((key) => (
                  <th key={key} scope="col">
                    {t(`growth.column.${key}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {years.map((y) => (
                <tr key={y.year}>
                  <th scope="row">{y.year}</th>
                  {[
                    y.started,
                    y.startedCrossSector,
                    y.startedViaIntroduction,
                    y.ended,
                    y.activeAtEnd,
                    y.introduced,
                  ].map((value, index) => (
                    <td key={index} className="number">
                      {format.number(value)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import { Explanation } from '../../components/Explanation';
import { useFormat } from '../../lib/format';
import { propertiesOf } from '../../lib/nodeProperties';
import type { FundingMatchData } from './funding.fragment';
import { daysUntil } from './funding.fragment';

export interface FundingListProps {
  readonly matches: readonly FundingMatchData[];
  readonly names: ReadonlyMap<string, string>;
}

/** Funding programmes that fit, nearest deadline first: funder, amount, deadline and why they fit. */
export function FundingList({ matches, names }: FundingListProps) {
  const { t } = useTranslation();
  const format = useFormat();
  if (matches.length === 0) return <p className="empty">{t('funding.none')}</p>;
  const today = new Date();
  return (
    <ol className="result-list">
      {matches.map(({ programme, deadline, ...match }) => {
        const props = propertiesOf<'FundingProgramme'>(programme.properties);
        const days = deadline ? daysUntil(deadline, today) : null;
        return (
          <li
            key={programme.id}
            className={days !== null && days <= 30 ? 'result-card urgent' : 'result-card'}
          >
            <div className="result-head">
              <h4>
                {props.url ? (
                  <a href={props.url} rel="noreferrer" target="_blank">
                    {programme.name}
                  </a>
                ) : (
                  programme.name
                )}
              </h4>
              <span className="score">
                {deadline
                  ? t('funding.deadline', { date: format.date(deadline), count: days ?? 0 })
                  : t('funding.openEnded')}
              </span>
            </div>
            <p className="muted">
              {[
                props.funder,
                props.funderLevel && t(`enum.funderLevel.${props.funderLevel}`),
                props.maxAmountEur &&
                  t('funding.upTo', {
                    amount: new Intl.NumberFormat(format.locale, {
                      style: 'currency',
                      currency: 'EUR',
                      maximumFractionDigits: 0,
                    }).format(props.maxAmountEur),
                  }),
                match.themeOpen && t('funding.themeOpen'),
              ]
                .filter(Boolean)
                .join(' · ')}
            </p>
            <Explanation
              reasons={match.reasons}
              explanationDe={match.explanationDe}
              names={names}
            />
          </li>
        );
      })}
    </ol>
  );
}

import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format';
import { INTRODUCTION_SUMMARY } from './introductions.queries';

/** How many introductions in a region led to cooperation: the network's own growth (counts only). */
export function IntroductionSummary({ regionId }: { readonly regionId: string | null }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { data } = useQuery(INTRODUCTION_SUMMARY, { variables: { regionId } });
  const summary = data?.introductionSummary;
  if (!summary) return null;
  return (
    <section className="introduction-summary" aria-labelledby="introduction-summary-heading">
      <h3 id="introduction-summary-heading">{t('introductions.summary.heading')}</h3>
      <p>
        {summary.total === 0
          ? t('introductions.summary.none')
          : t('introductions.summary.text', {
              total: format.number(summary.total),
              cooperating: format.number(summary.cooperating),
            })}
      </p>
    </section>
  );
}

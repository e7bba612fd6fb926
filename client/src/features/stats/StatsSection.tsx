import { gql } from '@apollo/client';
import type { TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../components/ErrorMessage';
import { STATS_SUMMARY_STATS, StatsSummary } from './StatsSummary';
import type { StatsSectionQuery, StatsSectionQueryVariables } from '../../generated/graphql';

export const STATS_SECTION: TypedDocumentNode<StatsSectionQuery, StatsSectionQueryVariables> = gql`
  query StatsSection {
    stats {
      ...StatsSummary_stats
    }
  }
  ${STATS_SUMMARY_STATS}
`;

/** Owns the stats query for the overview. */
export function StatsSection() {
  const { t } = useTranslation();
  const { data, error } = useQuery(STATS_SECTION);
  return (
    <section className="stats" aria-labelledby="stats-heading">
      <h2 id="stats-heading">{t('stats.heading')}</h2>
      {error && <ErrorMessage error={error} />}
      {data ? (
        <StatsSummary stats={data.stats} />
      ) : (
        !error && <p role="status">{t('common.loading')}</p>
      )}
    </section>
  );
}

import { gql } from '@apollo/client';
import type { NodeLabel, RelationshipType } from '@nzr/graph-schema';
import type { StatsSummary_StatsFragment } from '../../generated/graphql';
import { useTranslation } from 'react-i18next';

export const STATS_SUMMARY_STATS = gql`
  fragment StatsSummary_stats on Stats {
    nodes {
      label
      count
    }
    relationships {
      type
      count
    }
  }
`;

export type StatsSummaryStats = StatsSummary_StatsFragment;

/** What the overview shows, in this order: who is in the network first, then how they are linked. */
const SHOWN_LABELS: readonly NodeLabel[] = [
  'Person',
  'Institution',
  'Network',
  'Project',
  'Topic',
  'FundingProgramme',
];
const SHOWN_RELATIONSHIPS: readonly [RelationshipType, string][] = [
  ['COOPERATES_WITH', 'stats.cooperations'],
  ['MEMBER_OF', 'stats.memberships'],
];

export function StatsSummary({ stats }: { readonly stats: StatsSummaryStats }) {
  const { t, i18n } = useTranslation();
  const format = new Intl.NumberFormat(i18n.resolvedLanguage);
  const countOf = (label: NodeLabel) =>
    stats.nodes.find((entry) => entry.label === label)?.count ?? 0;
  const relationshipCount = (type: RelationshipType) =>
    stats.relationships.find((entry) => entry.type === type)?.count ?? 0;
  const items: [string, string, number][] = [
    ...SHOWN_LABELS.map((label): [string, string, number] => [
      label,
      t(`labels.${label}`),
      countOf(label),
    ]),
    ...SHOWN_RELATIONSHIPS.map(([type, key]): [string, string, number] => [
      type,
      t(key),
      relationshipCount(type),
    ]),
  ];
  return (
    <dl className="stats-summary">
      {items.map(([key, name, count]) => (
        <div key={key}>
          <dt>{name}</dt>
          <dd>{format.format(count)}</dd>
        </div>
      ))}
    </dl>
  );
}

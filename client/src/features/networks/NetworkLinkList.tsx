import { useTranslation } from 'react-i18next';
import { Explanation } from '../../components/Explanation';
import { useFormat } from '../../lib/format';
import type { NetworkLinkData, NetworkSummaryData } from './networks.fragment';

export interface NetworkLinkListProps {
  readonly links: readonly NetworkLinkData[];
  readonly names: ReadonlyMap<string, string>;
}

/** Links between regional networks, heaviest first: shared members, themes and good-practice projects. */
export function NetworkLinkList({ links, names }: NetworkLinkListProps) {
  const { t } = useTranslation();
  const format = useFormat();
  if (links.length === 0) return <p className="empty">{t('networks.noLinks')}</p>;
  return (
    <ol className="result-list">
      {links.map((link) => (
        <li key={`${link.a.id}-${link.b.id}`} className="result-card">
          <div className="result-head">
            <h4>
              {link.a.name} ↔ {link.b.name}
            </h4>
            <span className="score">
              {t('networks.weight', { weight: format.number(link.weight, 1) })}
            </span>
          </div>
          <p className="muted">
            {t('networks.counts', {
              members: format.number(link.sharedMemberIds.length),
              topics: format.number(link.sharedTopicIds.length),
              projects: format.number(link.goodPracticeProjectIds.length),
            })}
          </p>
          <Explanation reasons={link.reasons} explanationDe={link.explanationDe} names={names} />
        </li>
      ))}
    </ol>
  );
}

/** The regional networks with their members and themes. */
export function NetworkTable({
  networks,
  names,
}: {
  readonly networks: readonly NetworkSummaryData[];
  readonly names: ReadonlyMap<string, string>;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <div className="table-scroll">
      <table>
        <caption className="visually-hidden">{t('networks.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('networks.network')}</th>
            <th scope="col" className="numeric">
              {t('networks.members')}
            </th>
            <th scope="col">{t('networks.themes')}</th>
          </tr>
        </thead>
        <tbody>
          {networks.map((network) => (
            <tr key={network.node.id}>
              <th scope="row">{network.node.name}</th>
              <td className="numeric">{format.number(network.members)}</td>
              <td>{network.topicIds.map((id) => names.get(id) ?? id).join(', ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import { Explanation } from '../../components/Explanation';
import { useFormat } from '../../lib/format';
import { linkId } from './networkGraph';
import type { NetworkLinkData } from './networks.fragment';

export interface NetworkLinkListProps {
  readonly links: readonly NetworkLinkData[];
  readonly names: ReadonlyMap<string, string>;
  readonly selectedId: string | null;
  /** Choosing a network's name selects it (as on the graph and in the table). */
  readonly onSelect: (id: string) => void;
}

/** Links between regional networks, heaviest first: shared members, themes and good-practice projects. */
export function NetworkLinkList({ links, names, selectedId, onSelect }: NetworkLinkListProps) {
  const { t } = useTranslation();
  const format = useFormat();
  if (links.length === 0) return <p className="empty">{t('networks.noLinks')}</p>;
  const name = (network: NetworkLinkData['a']) => (
    <button
      type="button"
      className="link-button"
      aria-pressed={network.id === selectedId}
      onClick={() => onSelect(network.id)}
    >
      {network.name}
    </button>
  );
  return (
    <ol className="result-list">
      {links.map((link) => (
        <li key={linkId(link)} className="result-card">
          <div className="result-head">
            <h4>
              {name(link.a)} ↔ {name(link.b)}
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

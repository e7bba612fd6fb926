import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Explanation } from '../../components/Explanation';
import { useFormat } from '../../lib/format';
import type { AllyData } from './allies.fragment';

export interface AllyListProps {
  readonly allies: readonly AllyData[];
  readonly names: ReadonlyMap<string, string>;
  readonly selectedId: string | null;
  readonly onSelect: (id: string) => void;
  /** Extra actions per ally, composed in by the route (e.g. "Vernetzung anstoßen" for coordinators). */
  readonly actions?: (ally: AllyData) => ReactNode;
}

/** Allies nearby, best first: distance, shared themes, the path through contacts and matching offers. */
export function AllyList({ allies, names, selectedId, onSelect, actions }: AllyListProps) {
  const { t } = useTranslation();
  const format = useFormat();
  if (allies.length === 0) return <p className="empty">{t('allies.none')}</p>;
  return (
    <ol className="result-list ally-list" aria-label={t('allies.listLabel')}>
      {allies.map((ally) => (
        <li
          key={ally.node.id}
          className="result-card"
          aria-current={ally.node.id === selectedId || undefined}
        >
          <div className="result-head">
            <h4>
              <button type="button" className="link-button" onClick={() => onSelect(ally.node.id)}>
                {ally.node.name}
              </button>
            </h4>
            <span className="score">{format.km(ally.distanceKm)}</span>
          </div>
          <p className="muted">
            {t(`label.${ally.node.label}`)}
            {ally.node.sector && ` · ${t(`sector.${ally.node.sector}`)}`}
            {ally.hops !== null && ` · ${t('allies.hops', { count: ally.hops })}`}
          </p>
          <Explanation reasons={ally.reasons} explanationDe={ally.explanationDe} names={names} />
          {ally.offers.length > 0 && (
            <p className="offers">
              <strong>{t('allies.offers')}</strong>{' '}
              {ally.offers
                .map((offer) => `${offer.offer.name} (${t(`enum.resourceKind.${offer.kind}`)})`)
                .join(', ')}
            </p>
          )}
          {actions?.(ally)}
        </li>
      ))}
    </ol>
  );
}

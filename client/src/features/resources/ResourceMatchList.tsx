import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Explanation } from '../../components/Explanation';
import { useFormat } from '../../lib/format';
import type { ResourceMatchData } from './resources.fragment';

export interface ResourceMatchListProps {
  readonly matches: readonly ResourceMatchData[];
  readonly names: ReadonlyMap<string, string>;
  /** Extra actions per match, composed in by the route (e.g. "Vernetzung anstoßen" for coordinators). */
  readonly actions?: (match: ResourceMatchData) => ReactNode;
}

/** Offers (Angebote) matched to needs (Bedarfe) of the same kind, best first. */
export function ResourceMatchList({ matches, names, actions }: ResourceMatchListProps) {
  const { t } = useTranslation();
  const format = useFormat();
  if (matches.length === 0) return <p className="empty">{t('resources.none')}</p>;
  return (
    <ol className="result-list">
      {matches.map((match) => (
        <li key={`${match.need.id}-${match.offer.id}`} className="result-card">
          <div className="result-head">
            <h4>{t(`enum.resourceKind.${match.kind}`)}</h4>
            <span className="score">
              {t('resources.score', { score: format.percent(match.score) })}
              {match.distanceKm !== null && ` · ${format.km(match.distanceKm)}`}
            </span>
          </div>
          <div className="match-pair">
            <p>
              <strong>{t('resources.need')}</strong> {match.need.name}{' '}
              <span className="muted">– {match.needOwner.name}</span>
            </p>
            <p>
              <strong>{t('resources.offer')}</strong> {match.offer.name}{' '}
              <span className="muted">– {match.offerOwner.name}</span>
            </p>
          </div>
          <Explanation reasons={match.reasons} explanationDe={match.explanationDe} names={names} />
          {actions?.(match)}
        </li>
      ))}
    </ol>
  );
}

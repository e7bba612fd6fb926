import type { MouseEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Explanation } from '../../components/Explanation';
import { useFormat } from '../../lib/format';
import type { SuggestionData } from './gaps.fragment';

export interface SuggestionListProps {
  readonly suggestions: readonly SuggestionData[];
  readonly names: ReadonlyMap<string, string>;
  /** Link to the map focused on both institutions (built by the route; features do not know the URL). */
  readonly mapHref: (a: string, b: string) => string;
  readonly onShowMap: (href: string) => void;
  /** Extra actions per pair, composed in by the route (e.g. "Vernetzung anstoßen" for coordinators). */
  readonly actions?: (a: SuggestionData['a'], b: SuggestionData['b']) => ReactNode;
  /** Why a suggestion targeted at a sector pair (its `target`) is listed first; null: no note. */
  readonly targetNote?: (sectors: readonly string[]) => string | null;
  /** Level of each suggestion's heading: 3 under a section's h2/h3 (default), 5 inside a cell panel's h4. */
  readonly headingLevel?: 3 | 5;
}

/** Ranked introductions (Kooperationsvorschläge) with their reasons and a link to the map. */
export function SuggestionList({
  suggestions,
  names,
  mapHref,
  onShowMap,
  actions,
  targetNote,
  headingLevel = 3,
}: SuggestionListProps) {
  const Heading = headingLevel === 3 ? 'h3' : 'h5';
  const { t } = useTranslation();
  const format = useFormat();
  if (suggestions.length === 0) return <p className="empty">{t('gaps.noSuggestions')}</p>;
  const follow = (event: MouseEvent<HTMLAnchorElement>, href: string) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    onShowMap(href);
  };
  return (
    <ol className="result-list suggestion-list">
      {suggestions.map((s) => {
        const href = mapHref(s.a.id, s.b.id);
        const note = s.target && targetNote ? targetNote(s.target) : null;
        return (
          <li key={`${s.a.id}-${s.b.id}`} className="result-card">
            <div className="result-head">
              <Heading>
                {s.a.name} <span aria-hidden="true">↔</span>
                <span className="visually-hidden">{t('gaps.and')}</span> {s.b.name}
              </Heading>
              <span className="score" title={t('gaps.scoreHelp')}>
                {t('gaps.score', { score: format.number(s.score, 2) })}
              </span>
            </div>
            <p className="muted">
              {s.a.sector ? t(`sector.${s.a.sector}`) : ''} ·{' '}
              {s.b.sector ? t(`sector.${s.b.sector}`) : ''}
            </p>
            {note && <p className="target-note">{note}</p>}
            <Explanation reasons={s.reasons} explanationDe={s.explanationDe} names={names} />
            <a href={href} className="map-link" onClick={(event) => follow(event, href)}>
              {t('gaps.showOnMap')}
            </a>
            {actions?.(s.a, s.b)}
          </li>
        );
      })}
    </ol>
  );
}

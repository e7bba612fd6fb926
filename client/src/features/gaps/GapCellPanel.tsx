import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format';
import type { GapCellData, PooledTable, SuggestionData } from './gaps.fragment';
import { pooledFor } from './pooled';
import { SuggestionList } from './SuggestionList';
import type { SuggestionListProps } from './SuggestionList';
import { VerdictText } from './VerdictText';

export interface GapCellPanelProps extends Omit<SuggestionListProps, 'suggestions'> {
  readonly cell: GapCellData;
  /** The district pooled with its nearest districts, when it has cells with too few data. */
  readonly pooled?: PooledTable | null;
  /** Suggestions between the cell's two sectors; undefined while they load. */
  readonly suggestions: readonly SuggestionData[] | undefined;
  readonly brokersHref: string;
  readonly onClose: () => void;
}

/** One sector × sector cell opened: verdict, the cooperations it holds, who could bridge it, whom to introduce. */
export function GapCellPanel({
  cell,
  pooled,
  suggestions,
  brokersHref,
  onClose,
  ...list
}: GapCellPanelProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const heading = useRef<HTMLHeadingElement>(null);
  const [a, b] = cell.sectors;
  const title = `${t(`sector.${a}`)} × ${t(`sector.${b}`)}`;
  const key = cell.sectors.join('-');
  const pooledCell = pooledFor(cell, pooled?.cells);
  useEffect(() => heading.current?.focus(), [key]);
  return (
    <section
      className="gap-cell-panel"
      aria-labelledby="gap-cell-heading"
      onKeyDown={(event) => event.key === 'Escape' && onClose()}
    >
      <div className="gap-cell-head">
        <h3 id="gap-cell-heading" ref={heading} tabIndex={-1}>
          {title}
        </h3>
        <button type="button" className="secondary" onClick={onClose}>
          {t('gaps.panel.close')}
        </button>
      </div>
      <VerdictText cell={cell} />
      {pooledCell && pooled && (
        <div className="gap-pooled">
          <p className="gap-pooled-label">
            {t('gaps.pooled.label', {
              partners: pooled.partners.map((partner) => partner.name).join(', '),
            })}
          </p>
          <VerdictText cell={pooledCell} />
        </div>
      )}
      <h4>{t('gaps.panel.pairs', { count: cell.observed })}</h4>
      {cell.pairs.length === 0 ? (
        <p className="empty">{t('gaps.panel.noPairs')}</p>
      ) : (
        <ul className="gap-pairs">
          {cell.pairs.map((pair) => (
            <li key={`${pair.a.id}-${pair.b.id}`}>
              {pair.a.name} ↔ {pair.b.name}
            </li>
          ))}
          {cell.observed > cell.pairs.length && (
            <li className="muted">
              {t('gaps.panel.morePairs', {
                count: cell.observed - cell.pairs.length,
                formatted: format.number(cell.observed - cell.pairs.length),
              })}
            </li>
          )}
        </ul>
      )}
      <h4>{t('gaps.panel.brokers')}</h4>
      {a === b ? (
        <p className="empty">{t('gaps.panel.brokersDiagonal')}</p>
      ) : cell.brokers.length === 0 ? (
        <p className="empty">{t('gaps.panel.noBrokers')}</p>
      ) : (
        <ul className="gap-brokers">
          {cell.brokers.map((broker) => (
            <li key={broker.node.id}>
              <strong>{broker.node.name}</strong>{' '}
              <span className="muted">
                {broker.node.sector ? t(`sector.${broker.node.sector}`) : ''} ·{' '}
                {t('gaps.panel.openPairs', {
                  count: broker.openPairs,
                  formatted: format.number(broker.openPairs),
                })}
              </span>
            </li>
          ))}
        </ul>
      )}
      <p>
        <a
          href={brokersHref}
          onClick={(event) => {
            if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
            event.preventDefault();
            list.onShowMap(brokersHref);
          }}
        >
          {t('gaps.panel.allBrokers')}
        </a>
      </p>
      <h4>{t('gaps.panel.suggestions')}</h4>
      {suggestions === undefined ? (
        <p className="hint">{t('gaps.panel.loading')}</p>
      ) : (
        <SuggestionList {...list} suggestions={suggestions} headingLevel={5} />
      )}
    </section>
  );
}

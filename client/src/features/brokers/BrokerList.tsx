import { useTranslation } from 'react-i18next';
import { Explanation } from '../../components/Explanation';
import { useFormat } from '../../lib/format';
import type { BrokerData, CutPointData } from './brokers.fragment';

/** Brokers, highest betweenness first, with constraint, effective size and the sector pairs they bridge. */
export function BrokerList({ brokers }: { readonly brokers: readonly BrokerData[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (brokers.length === 0) return <p className="empty">{t('brokers.none')}</p>;
  return (
    <ol className="result-list">
      {brokers.map((broker) => (
        <li key={broker.node.id} className="result-card">
          <div className="result-head">
            <h4>{broker.node.name}</h4>
            <span className="score">
              {broker.node.sector ? t(`sector.${broker.node.sector}`) : t('label.Person')}
            </span>
          </div>
          <dl className="inline-figures">
            {(
              [
                ['betweenness', format.number(broker.betweenness, 3)],
                ['constraint', format.number(broker.constraint, 2)],
                ['effectiveSize', format.number(broker.effectiveSize, 1)],
                ['degree', format.number(broker.degree)],
              ] as const
            ).map(([key, value]) => (
              <div key={key}>
                {/* Plain German first; the English term of network analysis for those who know it. */}
                <dt title={t(`brokers.technicalTerm.${key}`)}>
                  <abbr title={t(`brokers.technicalTerm.${key}`)}>{t(`brokers.${key}`)}</abbr>
                </dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
          <Explanation reasons={broker.reasons} explanationDe={broker.explanationDe} />
          <p className="muted">
            {t('brokers.bridges')}:{' '}
            {broker.bridges
              .slice(0, 4)
              .map(
                (b) =>
                  `${b.sectors.map((s) => t(`sector.${s}`)).join(' – ')} (${format.number(b.openPairs)})`,
              )
              .join(', ')}
          </p>
        </li>
      ))}
    </ol>
  );
}

/** Single points of failure: actors without whom parts of the network lose touch. */
export function CutPointList({ cutPoints }: { readonly cutPoints: readonly CutPointData[] }) {
  const { t } = useTranslation();
  if (cutPoints.length === 0) return <p className="empty">{t('brokers.noCutPoints')}</p>;
  return (
    <ol className="result-list">
      {cutPoints.map((point) => (
        <li key={point.node.id} className="result-card warning-card">
          <div className="result-head">
            <h4>{point.node.name}</h4>
            <span className="score">{t('brokers.cutOff', { count: point.cutOff })}</span>
          </div>
          <Explanation reasons={point.reasons} explanationDe={point.explanationDe} />
        </li>
      ))}
    </ol>
  );
}

import { useTranslation } from 'react-i18next';
import { Explanation } from '../../components/Explanation';
import { useFormat } from '../../lib/format';
import type { ClusterData } from './clusters.fragment';
import { clusterColour } from './clusters.fragment';

export interface ClusterCardProps {
  readonly cluster: ClusterData;
  readonly index: number;
  readonly names: ReadonlyMap<string, string>;
}

/** One topic cluster: its colour on the map, size, themes, sectors and regions with shares. */
export function ClusterCard({ cluster, index, names }: ClusterCardProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const share = (value: number) => format.percent(value);
  return (
    <li className="result-card cluster-card" style={{ borderLeftColor: clusterColour(index) }}>
      <div className="result-head">
        <h4>
          <span
            className="swatch"
            style={{ background: clusterColour(index) }}
            aria-hidden="true"
          />{' '}
          {t('clusters.cardTitle', { number: index + 1 })}
        </h4>
        <span className="score">{t('clusters.size', { count: cluster.size })}</span>
      </div>
      <dl className="cluster-facts">
        <dt>{t('clusters.members')}</dt>
        <dd>
          {cluster.topMembers.map((member) => member.name).join(', ')}
          {cluster.size > cluster.topMembers.length &&
            ` ${t('clusters.moreMembers', { count: cluster.size - cluster.topMembers.length })}`}
        </dd>
        <dt>{t('clusters.themes')}</dt>
        <dd>
          {cluster.themes
            .map((x) => `${names.get(x.topicId) ?? x.topicId} (${share(x.share)})`)
            .join(', ')}
        </dd>
        <dt>{t('clusters.sectors')}</dt>
        <dd>
          {cluster.sectors.map((x) => `${t(`sector.${x.sector}`)} (${share(x.share)})`).join(', ')}
        </dd>
        <dt>{t('clusters.regions', { count: cluster.regionCount })}</dt>
        <dd>
          {cluster.regions
            .map((x) => `${names.get(x.regionId) ?? x.regionId} (${share(x.share)})`)
            .join(', ')}
        </dd>
      </dl>
      <Explanation reasons={cluster.reasons} explanationDe={cluster.explanationDe} names={names} />
    </li>
  );
}

import { useQuery } from '@apollo/client/react';
import { LIMITS, STATE_REGION_ID } from '@nzr/graph-schema';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Metric } from '../../../components/Metric';
import { ClusterCard } from '../../../features/clusters/ClusterCard';
import { clusterColouring } from '../../../features/clusters/clusters.fragment';
import { ThemeGraph } from '../../../features/clusters/ThemeGraph';
import { useFormat } from '../../../lib/format';
import { layoutChange, layoutOf } from '../../urlState';
import { useExplorerState } from '../../useExplorerState';
import { CLUSTER_MODES } from '../../viewChoices';
import { AnalysisPage } from './AnalysisPage';
import { AsOfControl } from './AsOfControl';
import { ChoiceGroup } from './ChoiceGroup';
import { CLUSTERS_MAP, CLUSTERS_VIEW } from './clusters.query';
import { ClusterMap } from './ClusterMap';
import { RegionTopicControls } from './RegionTopicControls';
import { useAnalysisOptions } from './useAnalysisOptions';

/** The map starts from at most the API's number of start ids. */
const MAX_START_NODES = LIMITS.MAX_START_IDS;

/** Themencluster: communities coloured on the map, one card each, modularity, the theme network. */
export function ClustersRoute() {
  const { t } = useTranslation();
  const format = useFormat();
  const [state, update] = useExplorerState();
  const { topics, districts, names } = useAnalysisOptions();
  const { regionId, topicId, activeOn } = state.filters;
  const mode = state.clusterMode;
  const view = useQuery(CLUSTERS_VIEW, {
    // The API takes one scope: a theme wins over the region.
    // The map's "Stand am" (same URL parameter) dates the clusters' cooperations.
    variables: {
      regionId: topicId ? null : (regionId ?? STATE_REGION_ID),
      topicId,
      mode,
      asOf: activeOn,
    },
  });
  const result = (view.data ?? view.previousData)?.topicClusters;
  const themes = (view.data ?? view.previousData)?.themeCooccurrence;
  const clusters = useMemo(() => result?.clusters ?? [], [result]);
  const memberIds = clusters.flatMap((c) => c.memberIds).slice(0, MAX_START_NODES);
  const regionIds = [...new Set(clusters.flatMap((c) => c.regions.map((r) => r.regionId)))];
  const map = useQuery(CLUSTERS_MAP, {
    variables: { ids: memberIds, regionIds, activeOn },
    skip: memberIds.length === 0,
  });
  const allNames = useMemo(() => {
    const merged = new Map(names);
    for (const region of map.data?.regions ?? []) if (region) merged.set(region.id, region.name);
    return merged;
  }, [names, map.data]);
  const colours = useMemo(() => clusterColouring(clusters), [clusters]);
  const setFilter = (change: Partial<typeof state.filters>) =>
    update({ filters: { ...state.filters, ...change } }, { replace: true });
  const controls = (
    <>
      <RegionTopicControls
        view="clusters"
        regionId={regionId}
        topicId={topicId}
        districts={districts}
        topics={topics}
        onChange={setFilter}
      />
      <AsOfControl value={activeOn} onChange={(date) => setFilter({ activeOn: date })} />
      <ChoiceGroup
        legend={t('clusters.mode')}
        name="cluster-mode"
        values={CLUSTER_MODES}
        value={mode}
        labelOf={(value) =>
          t(value === 'cooperation' ? 'clusters.modeCooperation' : 'clusters.modeThemes')
        }
        onChange={(clusterMode) => update({ clusterMode }, { replace: true })}
      />
    </>
  );
  return (
    <AnalysisPage
      id="clusters"
      title={t('clusters.title')}
      intro={t('clusters.intro')}
      controls={controls}
      loading={view.loading}
      error={view.error ?? map.error}
    >
      {result && (
        <>
          <dl className="metrics">
            <Metric
              label={t('clusters.modularity')}
              value={format.number(result.modularity, 2)}
              explanation={t('clusters.modularityExplanation')}
            />
            <Metric
              label={t('clusters.communities')}
              value={format.number(result.communityCount)}
              explanation={t('clusters.communitiesExplanation')}
            />
            <Metric
              label={t('clusters.actors')}
              value={format.number(result.actors)}
              explanation={t('clusters.actorsExplanation')}
            />
          </dl>
          {result.truncated && <p className="hint">{t('clusters.truncated')}</p>}
          <section aria-labelledby="cluster-cards-heading">
            <h3 id="cluster-cards-heading">{t('clusters.cardsHeading')}</h3>
            {clusters.length === 0 && <p className="empty">{t('clusters.none')}</p>}
            <ul className="card-grid cluster-cards">
              {clusters.map((cluster, index) => (
                <ClusterCard key={cluster.id} cluster={cluster} index={index} names={allNames} />
              ))}
            </ul>
          </section>
          <ClusterMap
            graph={map.data?.neighbourhood}
            colours={colours}
            districts={districts}
            layout={layoutOf(state)}
            selectedId={state.selected}
            onLayoutChange={(layout) => update(layoutChange(layout), { replace: true })}
            onSelect={(selected) => update({ selected }, { replace: true })}
          />
          {themes && (
            <section aria-labelledby="theme-graph-heading">
              <h3 id="theme-graph-heading">{t('clusters.themeHeading')}</h3>
              <ThemeGraph network={themes} names={names} />
            </section>
          )}
        </>
      )}
    </AnalysisPage>
  );
}

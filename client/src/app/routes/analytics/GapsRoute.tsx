import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { STATE_REGION_ID } from '../../../features/filters/options.fragment';
import { RegionPicker } from '../../../features/filters/RegionPicker';
import { GapHeatmap } from '../../../features/gaps/GapHeatmap';
import { SuggestionList } from '../../../features/gaps/SuggestionList';
import { navigate } from '../../router';
import { useExplorerState } from '../../useExplorerState';
import { AnalysisPage } from './AnalysisPage';
import { GAPS_VIEW } from './gaps.query';
import { mapFocusHref } from './links';
import { TopicSelect } from './TopicSelect';
import { useAnalysisOptions } from './useAnalysisOptions';

/** Vernetzungslücken: the sector × sector heat map of a region and whom to introduce. */
export function GapsRoute() {
  const { t } = useTranslation();
  const [state, update] = useExplorerState();
  const { topics, districts, names } = useAnalysisOptions();
  const { regionId, topicId } = state.filters;
  const { data, previousData, loading, error } = useQuery(GAPS_VIEW, {
    variables: {
      regionId: regionId ?? STATE_REGION_ID,
      topicId,
      topicIds: topicId ? [topicId] : null,
    },
  });
  const view = data ?? previousData;
  const setFilter = (change: Partial<typeof state.filters>) =>
    update({ filters: { ...state.filters, ...change } }, { replace: true });
  const controls = (
    <>
      <RegionPicker
        regionId={regionId}
        districts={districts}
        onChange={(id) => setFilter({ regionId: id })}
      />
      <TopicSelect
        label={t('gaps.topic')}
        allLabel={t('gaps.allTopics')}
        topics={topics}
        value={topicId}
        onChange={(id) => setFilter({ topicId: id })}
      />
    </>
  );
  return (
    <AnalysisPage
      id="gaps"
      title={t('gaps.title')}
      intro={t('gaps.intro')}
      controls={controls}
      loading={loading}
      error={error}
    >
      {view && (
        <>
          <section aria-labelledby="gap-table-heading">
            <h3 id="gap-table-heading">{t('gaps.tableHeading')}</h3>
            {view.gapTable.truncated && <p className="hint">{t('gaps.truncated')}</p>}
            <GapHeatmap table={view.gapTable} scope={view.region?.name ?? t('filters.allSaxony')} />
            <p className="metric-explanation">{t('gaps.metric')}</p>
          </section>
          <section aria-labelledby="suggestions-heading">
            <h3 id="suggestions-heading">{t('gaps.suggestionsHeading')}</h3>
            <p className="hint">{t('gaps.suggestionsText')}</p>
            <SuggestionList
              suggestions={view.linkSuggestions.suggestions}
              names={names}
              mapHref={mapFocusHref}
              onShowMap={(href) => navigate(href)}
            />
          </section>
        </>
      )}
    </AnalysisPage>
  );
}

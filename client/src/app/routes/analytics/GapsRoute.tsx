import { useQuery } from '@apollo/client/react';
import { STATE_REGION_ID } from '@nzr/graph-schema';
import { useTranslation } from 'react-i18next';
import { GapHeatmap } from '../../../features/gaps/GapHeatmap';
import { SuggestionList } from '../../../features/gaps/SuggestionList';
import { IntroduceButton } from '../../../features/introductions/IntroduceButton';
import { navigate } from '../../router';
import { useExplorerState } from '../../useExplorerState';
import { useCan } from '../../viewer';
import { AnalysisPage } from './AnalysisPage';
import { AsOfControl } from './AsOfControl';
import { GAPS_VIEW } from './gaps.query';
import { mapFocusHref } from './links';
import { RegionTopicControls } from './RegionTopicControls';
import { useAnalysisOptions } from './useAnalysisOptions';

/** Vernetzungslücken: the sector × sector heat map of a region and whom to introduce. */
export function GapsRoute() {
  const { t } = useTranslation();
  const [state, update] = useExplorerState();
  const canIntroduce = useCan('coordinator');
  const { topics, districts, names } = useAnalysisOptions();
  const { regionId, topicId, activeOn } = state.filters;
  const { data, previousData, loading, error } = useQuery(GAPS_VIEW, {
    variables: {
      regionId: regionId ?? STATE_REGION_ID,
      topicId,
      topicIds: topicId ? [topicId] : null,
      // The map's "Stand am" (same URL parameter): gaps and suggestions as of that day.
      asOf: activeOn,
    },
  });
  const view = data ?? previousData;
  const setFilter = (change: Partial<typeof state.filters>) =>
    update({ filters: { ...state.filters, ...change } }, { replace: true });
  const controls = (
    <>
      <RegionTopicControls
        view="gaps"
        regionId={regionId}
        topicId={topicId}
        districts={districts}
        topics={topics}
        onChange={setFilter}
      />
      <AsOfControl value={activeOn} onChange={(date) => setFilter({ activeOn: date })} />
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
              mapHref={(a, b) => mapFocusHref([a, b], activeOn)}
              onShowMap={(href) => navigate(href)}
              actions={
                canIntroduce
                  ? (a, b) => <IntroduceButton from={a} to={b} source="link_suggestion" />
                  : undefined
              }
            />
          </section>
        </>
      )}
    </AnalysisPage>
  );
}

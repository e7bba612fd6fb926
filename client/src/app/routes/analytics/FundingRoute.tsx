import { useQuery } from '@apollo/client/react';
import { STATE_REGION_ID } from '@nzr/graph-schema';
import { useTranslation } from 'react-i18next';
import { RegionPicker } from '../../../features/filters/RegionPicker';
import { FundingList } from '../../../features/funding/FundingList';
import { ChosenNode } from '../../../features/search/ChosenNode';
import { SearchBox } from '../../../features/search/SearchBox';
import { useExplorerState } from '../../useExplorerState';
import { APPLICANTS } from '../../viewChoices';
import { AnalysisPage } from './AnalysisPage';
import { FUNDING_VIEW } from './funding.query';
import { ChoiceGroup } from './ChoiceGroup';
import { TopicSelect } from './TopicSelect';
import { useAnalysisOptions } from './useAnalysisOptions';

/** Förderprogramme: programmes that fit a region or an organisation, nearest deadline first. */
export function FundingRoute() {
  const { t } = useTranslation();
  const [state, update] = useExplorerState();
  const { topics, districts, names } = useAnalysisOptions();
  const { regionId, topicId } = state.filters;
  // Without `for=` in the URL, a link that names an actor means that organisation.
  const applicant = state.applicant ?? (state.actor ? 'institution' : 'region');
  const forInstitution = applicant === 'institution';
  const institutionId = forInstitution ? state.actor : null;
  const { data, previousData, loading, error } = useQuery(FUNDING_VIEW, {
    variables: {
      regionId: forInstitution ? null : (regionId ?? STATE_REGION_ID),
      institutionId,
      topicIds: topicId ? [topicId] : null,
    },
    skip: forInstitution && !institutionId,
  });
  const result = (data ?? previousData)?.fundingMatches;
  const change = (next: Partial<typeof state>) => update(next, { replace: true });
  const controls = (
    <>
      <ChoiceGroup
        legend={t('funding.applicant')}
        name="funding-for"
        values={APPLICANTS}
        value={applicant}
        labelOf={(value) =>
          t(value === 'institution' ? 'funding.forInstitution' : 'funding.forRegion')
        }
        onChange={(choice) => change({ applicant: choice })}
      />
      {forInstitution ? (
        <>
          <SearchBox onPick={(node) => change({ actor: node.id })} />
          <ChosenNode id={institutionId} />
        </>
      ) : (
        <RegionPicker
          regionId={regionId}
          districts={districts}
          onChange={(id) => change({ filters: { ...state.filters, regionId: id } })}
        />
      )}
      <TopicSelect
        label={t('funding.topic')}
        allLabel={t('funding.allTopics')}
        topics={topics}
        value={topicId}
        onChange={(id) => change({ filters: { ...state.filters, topicId: id } })}
      />
    </>
  );
  return (
    <AnalysisPage
      id="funding"
      title={t('funding.title')}
      intro={t('funding.intro')}
      controls={controls}
      loading={loading}
      error={error}
    >
      {forInstitution && !institutionId && <p className="hint">{t('funding.chooseInstitution')}</p>}
      {result && (
        <section aria-label={t('funding.title')}>
          <p>
            {t('funding.summary', { count: result.matches.length, programmes: result.programmes })}
          </p>
          <FundingList matches={result.matches} names={names} />
        </section>
      )}
    </AnalysisPage>
  );
}

import { gql } from '@apollo/client';
import type { TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { STATE_REGION_ID } from '../../../features/filters/options.fragment';
import { RegionPicker } from '../../../features/filters/RegionPicker';
import { FundingList } from '../../../features/funding/FundingList';
import { FUNDING_LIST_MATCH } from '../../../features/funding/funding.fragment';
import type { FundingMatchData } from '../../../features/funding/funding.fragment';
import { SearchBox } from '../../../features/search/SearchBox';
import { useExplorerState } from '../../useExplorerState';
import { AnalysisPage } from './AnalysisPage';
import { TopicSelect } from './TopicSelect';
import { useAnalysisOptions } from './useAnalysisOptions';

interface FundingViewData {
  readonly fundingMatches: {
    readonly programmes: number;
    readonly matches: readonly FundingMatchData[];
  };
}
interface FundingViewVariables {
  readonly regionId: string | null;
  readonly institutionId: string | null;
  readonly topicIds: readonly string[] | null;
}

const FUNDING_VIEW: TypedDocumentNode<FundingViewData, FundingViewVariables> = gql`
  query FundingView($regionId: ID, $institutionId: ID, $topicIds: [ID!]) {
    fundingMatches(
      regionId: $regionId
      institutionId: $institutionId
      topicIds: $topicIds
      limit: 25
    ) {
      programmes
      matches {
        ...FundingList_match
      }
    }
  }
  ${FUNDING_LIST_MATCH}
`;

/** Förderprogramme: programmes that fit a region or an organisation, nearest deadline first. */
export function FundingRoute() {
  const { t } = useTranslation();
  const [state, update] = useExplorerState();
  const { topics, districts, names } = useAnalysisOptions();
  const { regionId, topicId } = state.filters;
  const [forInstitution, setForInstitution] = useState(state.actor !== null);
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
      <fieldset>
        <legend>{t('funding.applicant')}</legend>
        {[false, true].map((value) => (
          <label key={String(value)} className="radio">
            <input
              type="radio"
              name="funding-for"
              checked={forInstitution === value}
              onChange={() => setForInstitution(value)}
            />{' '}
            {t(value ? 'funding.forInstitution' : 'funding.forRegion')}
          </label>
        ))}
      </fieldset>
      {forInstitution ? (
        <SearchBox onPick={(node) => change({ actor: node.id })} />
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

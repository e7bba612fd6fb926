import { gql } from '@apollo/client';
import type { TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { STATE_REGION_ID } from '@nzr/graph-schema';
import { useTranslation } from 'react-i18next';
import { RegionPicker } from '../../../features/filters/RegionPicker';
import { IntroduceButton } from '../../../features/introductions/IntroduceButton';
import { canIntroducePair } from '../../../features/introductions/pair';
import {
  RESOURCE_MATCH_LIST_MATCH,
  UNMATCHED_RESOURCE,
} from '../../../features/resources/resources.fragment';
import { ResourceMatchList } from '../../../features/resources/ResourceMatchList';
import { UnmatchedResourceList } from '../../../features/resources/UnmatchedResourceList';
import type { ResourcesViewQuery, ResourcesViewQueryVariables } from '../../../generated/graphql';
import { useExplorerState } from '../../useExplorerState';
import { useCan } from '../../viewer';
import { AnalysisPage } from './AnalysisPage';
import { useAnalysisOptions } from './useAnalysisOptions';

const RESOURCES_VIEW: TypedDocumentNode<ResourcesViewQuery, ResourcesViewQueryVariables> = gql`
  query ResourcesView($regionId: ID!, $maxDistanceKm: Float) {
    resourceMatches(regionId: $regionId, maxDistanceKm: $maxDistanceKm, limit: 30) {
      truncated
      matches {
        ...ResourceMatchList_match
      }
      unmatchedNeeds {
        ...UnmatchedResourceList_item
      }
      unmatchedNeedCount
      unmatchedOffers {
        ...UnmatchedResourceList_item
      }
      unmatchedOfferCount
    }
  }
  ${RESOURCE_MATCH_LIST_MATCH}
  ${UNMATCHED_RESOURCE}
`;

/**
 * Angebote & Bedarfe: offers matched to the needs of a region (by distance, across its border too), with
 * distance and shared themes, then the needs and offers that nothing meets.
 */
export function ResourcesRoute() {
  const { t } = useTranslation();
  const [state, update] = useExplorerState();
  const { districts, names } = useAnalysisOptions();
  const canIntroduce = useCan('coordinator');
  const regionId = state.filters.regionId;
  const { data, previousData, loading, error } = useQuery(RESOURCES_VIEW, {
    variables: { regionId: regionId ?? STATE_REGION_ID, maxDistanceKm: state.radiusKm },
  });
  const result = (data ?? previousData)?.resourceMatches;
  const controls = (
    <>
      <RegionPicker
        regionId={regionId}
        districts={districts}
        onChange={(id) =>
          update({ filters: { ...state.filters, regionId: id } }, { replace: true })
        }
      />
      <div className="field">
        <label htmlFor="resource-distance">{t('resources.maxDistance')}</label>
        <select
          id="resource-distance"
          value={state.radiusKm ?? ''}
          onChange={(event) =>
            update(
              { radiusKm: event.target.value ? Number(event.target.value) : null },
              { replace: true },
            )
          }
        >
          {/* No choice: the API's default distance (DEFAULT_RESOURCE_RADIUS_KM on the server). */}
          <option value="">{t('resources.defaultDistance')}</option>
          {[5, 10, 25, 50, 100].map((km) => (
            <option key={km} value={km}>
              {km} km
            </option>
          ))}
        </select>
      </div>
    </>
  );
  return (
    <AnalysisPage
      id="resources"
      title={t('resources.title')}
      intro={t('resources.intro')}
      controls={controls}
      loading={loading}
      error={error}
    >
      {result && (
        <section aria-label={t('resources.title')}>
          <p>{t('resources.summary', { count: result.matches.length })}</p>
          <p className="metric-explanation">{t('resources.scoreText')}</p>
          {result.truncated && <p className="hint">{t('resources.truncated')}</p>}
          <ResourceMatchList
            matches={result.matches}
            names={names}
            actions={(match) =>
              canIntroduce && canIntroducePair(match.needOwner, match.offerOwner) ? (
                <IntroduceButton from={match.needOwner} to={match.offerOwner} source="offer_need" />
              ) : null
            }
          />
          <UnmatchedResourceList
            side="needs"
            items={result.unmatchedNeeds}
            count={result.unmatchedNeedCount}
          />
          <UnmatchedResourceList
            side="offers"
            items={result.unmatchedOffers}
            count={result.unmatchedOfferCount}
          />
        </section>
      )}
    </AnalysisPage>
  );
}

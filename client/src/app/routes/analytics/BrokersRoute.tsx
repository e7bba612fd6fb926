import { gql } from '@apollo/client';
import type { TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Metric } from '../../../components/Metric';
import { BrokerList, CutPointList } from '../../../features/brokers/BrokerList';
import {
  BROKER_LIST_BROKER,
  CUT_POINT_LIST_CUT_POINT,
} from '../../../features/brokers/brokers.fragment';
import type { BrokerData, CutPointData } from '../../../features/brokers/brokers.fragment';
import { STATE_REGION_ID } from '../../../features/filters/options.fragment';
import { RegionPicker } from '../../../features/filters/RegionPicker';
import { useFormat } from '../../../lib/format';
import { useExplorerState } from '../../useExplorerState';
import { AnalysisPage } from './AnalysisPage';
import { useAnalysisOptions } from './useAnalysisOptions';

type AnalysisNetwork = 'cooperation' | 'social';

interface BrokersViewData {
  readonly brokers: {
    readonly actors: number;
    readonly sampled: boolean;
    readonly sampleSize: number;
    readonly errorBound: number;
    readonly brokers: readonly BrokerData[];
    readonly cutPoints: readonly CutPointData[];
  };
}

const BROKERS_VIEW: TypedDocumentNode<
  BrokersViewData,
  { regionId: string; network: AnalysisNetwork }
> = gql`
  query BrokersView($regionId: ID!, $network: AnalysisNetwork!) {
    brokers(regionId: $regionId, network: $network, limit: 10) {
      actors
      sampled
      sampleSize
      errorBound
      brokers {
        ...BrokerList_broker
      }
      cutPoints {
        ...CutPointList_cutPoint
      }
    }
  }
  ${BROKER_LIST_BROKER}
  ${CUT_POINT_LIST_CUT_POINT}
`;

/** Brückenbauer:innen: brokers between sectors and single points of failure of a region. */
export function BrokersRoute() {
  const { t } = useTranslation();
  const format = useFormat();
  const [state, update] = useExplorerState();
  const { districts } = useAnalysisOptions();
  const [network, setNetwork] = useState<AnalysisNetwork>('cooperation');
  const regionId = state.filters.regionId;
  const { data, previousData, loading, error } = useQuery(BROKERS_VIEW, {
    variables: { regionId: regionId ?? STATE_REGION_ID, network },
  });
  const result = (data ?? previousData)?.brokers;
  const controls = (
    <>
      <RegionPicker
        regionId={regionId}
        districts={districts}
        onChange={(id) =>
          update({ filters: { ...state.filters, regionId: id } }, { replace: true })
        }
      />
      <fieldset>
        <legend>{t('brokers.network')}</legend>
        {(['cooperation', 'social'] as const).map((value) => (
          <label key={value} className="radio">
            <input
              type="radio"
              name="broker-network"
              checked={network === value}
              onChange={() => setNetwork(value)}
            />{' '}
            {t(value === 'cooperation' ? 'brokers.networkCooperation' : 'brokers.networkSocial')}
          </label>
        ))}
      </fieldset>
    </>
  );
  return (
    <AnalysisPage
      id="brokers"
      title={t('brokers.title')}
      intro={t('brokers.intro')}
      controls={controls}
      loading={loading}
      error={error}
    >
      {result && (
        <>
          <dl className="metrics">
            <Metric
              label={t('brokers.actors')}
              value={format.number(result.actors)}
              explanation={t('brokers.actorsExplanation')}
            />
          </dl>
          <p className="hint">
            {result.sampled
              ? t('brokers.sampledNote', {
                  sample: format.number(result.sampleSize),
                  bound: format.number(result.errorBound, 3),
                })
              : t('brokers.exactNote')}
          </p>
          <p className="metric-explanation">{t('brokers.metricsText')}</p>
          <div className="two-columns">
            <section aria-labelledby="brokers-heading">
              <h3 id="brokers-heading">{t('brokers.brokersHeading')}</h3>
              <BrokerList brokers={result.brokers} />
            </section>
            <section aria-labelledby="cut-points-heading">
              <h3 id="cut-points-heading">{t('brokers.cutPointsHeading')}</h3>
              <p className="hint">{t('brokers.cutPointsText')}</p>
              <CutPointList cutPoints={result.cutPoints} />
            </section>
          </div>
        </>
      )}
    </AnalysisPage>
  );
}

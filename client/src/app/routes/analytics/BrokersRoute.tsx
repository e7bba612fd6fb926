import { useQuery } from '@apollo/client/react';
import { STATE_REGION_ID } from '@nzr/graph-schema';
import { useTranslation } from 'react-i18next';
import { Metric } from '../../../components/Metric';
import { BrokerList, CutPointList } from '../../../features/brokers/BrokerList';
import { RegionPicker } from '../../../features/filters/RegionPicker';
import { useFormat } from '../../../lib/format';
import { useExplorerState } from '../../useExplorerState';
import { ANALYSIS_GRAPHS } from '../../viewChoices';
import { AnalysisPage } from './AnalysisPage';
import { AsOfControl } from './AsOfControl';
import { BROKERS_VIEW } from './brokers.query';
import { ChoiceGroup } from './ChoiceGroup';
import { useAnalysisOptions } from './useAnalysisOptions';

/** Brückenbauer:innen: brokers between sectors and single points of failure of a region. */
export function BrokersRoute() {
  const { t } = useTranslation();
  const format = useFormat();
  const [state, update] = useExplorerState();
  const { districts } = useAnalysisOptions();
  const { regionId, activeOn } = state.filters;
  const { data, previousData, loading, error } = useQuery(BROKERS_VIEW, {
    // The map's "Stand am" (same URL parameter): brokers of the ties in force that day.
    variables: { regionId: regionId ?? STATE_REGION_ID, network: state.graph, asOf: activeOn },
  });
  const setFilter = (change: Partial<typeof state.filters>) =>
    update({ filters: { ...state.filters, ...change } }, { replace: true });
  const result = (data ?? previousData)?.brokers;
  const controls = (
    <>
      <RegionPicker
        regionId={regionId}
        districts={districts}
        onChange={(id) => setFilter({ regionId: id })}
      />
      <AsOfControl value={activeOn} onChange={(date) => setFilter({ activeOn: date })} />
      <ChoiceGroup
        legend={t('brokers.network')}
        name="broker-network"
        values={ANALYSIS_GRAPHS}
        value={state.graph}
        labelOf={(value) =>
          t(value === 'cooperation' ? 'brokers.networkCooperation' : 'brokers.networkSocial')
        }
        onChange={(graph) => update({ graph }, { replace: true })}
      />
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

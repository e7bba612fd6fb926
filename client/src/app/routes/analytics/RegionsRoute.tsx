import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { DateFilter } from '../../../features/filters/DateFilter';
import { formatSort, parseSort } from '../../../features/regions/regions.fragment';
import { CHOROPLETH_METRICS, RegionChoropleth } from '../../../features/regions/RegionChoropleth';
import { RegionTable } from '../../../features/regions/RegionTable';
import { UrbanRural } from '../../../features/regions/UrbanRural';
import { navigate } from '../../router';
import { useExplorerState } from '../../useExplorerState';
import { REGION_LEVELS } from '../../viewChoices';
import { AnalysisPage } from './AnalysisPage';
import { ChoiceGroup } from './ChoiceGroup';
import { GrowthSection } from './GrowthSection';
import { regionMapHref } from './links';
import { REGIONS_VIEW } from './regions.query';

/** Regionen: districts and municipalities compared, urban against rural, change since a date, growth. */
export function RegionsRoute() {
  const { t } = useTranslation();
  const [state, update] = useExplorerState();
  const { data, previousData, loading, error } = useQuery(REGIONS_VIEW, {
    variables: { since: state.since },
  });
  const result = (data ?? previousData)?.regionComparison;
  const showChange = state.since !== null;
  // The column is part of the URL (`metric=`): reload, back and forward keep it.
  const metric = state.metric;
  const metrics = CHOROPLETH_METRICS.filter((key) => showChange || key !== 'newTies');
  const rows = result?.regions.filter((row) => row.level === state.level) ?? [];
  const controls = (
    <>
      <ChoiceGroup
        legend={t('regions.level')}
        name="region-level"
        values={REGION_LEVELS}
        value={state.level}
        labelOf={(value) =>
          t(value === 'district' ? 'regions.levelDistrict' : 'regions.levelMunicipality')
        }
        onChange={(level) => update({ level }, { replace: true })}
      />
      <DateFilter
        label={t('regions.since')}
        value={state.since}
        explanation={t('regions.sinceHint')}
        onChange={(since) => update({ since }, { replace: true })}
      />
    </>
  );
  return (
    <AnalysisPage
      id="regions"
      title={t('regions.title')}
      intro={t('regions.intro')}
      controls={controls}
      loading={loading}
      error={error}
    >
      {result && (
        <>
          <section aria-labelledby="urban-rural-heading">
            <h3 id="urban-rural-heading">{t('regions.summaryHeading')}</h3>
            {result.truncated && <p className="hint">{t('regions.truncated')}</p>}
            <UrbanRural urban={result.urban} rural={result.rural} showChange={showChange} />
          </section>
          <section aria-labelledby="region-map-heading">
            <h3 id="region-map-heading">{t('regions.choropleth.heading')}</h3>
            <RegionChoropleth
              rows={rows}
              level={state.level}
              metric={metrics.includes(metric) ? metric : 'actorsPer10k'}
              metrics={metrics}
              onMetric={(next) => update({ metric: next })}
              mapHref={regionMapHref}
              onOpen={(href) => navigate(href)}
            />
          </section>
          <GrowthSection />
          <section aria-labelledby="region-table-heading">
            <h3 id="region-table-heading">{t('regions.tableHeading')}</h3>
            <p className="hint">{t('regions.tableHint')}</p>
            <RegionTable
              rows={rows}
              sort={parseSort(state.sort)}
              showChange={showChange}
              onSort={(sort) => update({ sort: formatSort(sort) }, { replace: true })}
              mapHref={regionMapHref}
              onOpen={(href) => navigate(href)}
            />
          </section>
        </>
      )}
    </AnalysisPage>
  );
}

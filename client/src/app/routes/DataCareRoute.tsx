import { STATE_REGION_ID } from '@nzr/graph-schema';
import { useTranslation } from 'react-i18next';
import { DuplicateList } from '../../features/duplicates/DuplicateList';
import { RegionPicker } from '../../features/filters/RegionPicker';
import { useExplorerState } from '../useExplorerState';
import { useAnalysisOptions } from './analytics/useAnalysisOptions';
import { RoleGate } from './RoleGate';

/** Datenpflege (coordinators): possible duplicates of a region (all of Saxony until one is chosen), merged here. */
export function DataCareRoute() {
  const { t } = useTranslation();
  const [state, update] = useExplorerState();
  const { districts } = useAnalysisOptions();
  const regionId = state.filters.regionId;
  return (
    <RoleGate role="coordinator">
      <div className="page data-care-page">
        <h2>{t('duplicates.title')}</h2>
        <p className="intro">{t('duplicates.intro')}</p>
        <RegionPicker
          regionId={regionId}
          districts={districts}
          onChange={(id) =>
            update({ filters: { ...state.filters, regionId: id } }, { replace: true })
          }
        />
        <DuplicateList regionId={regionId ?? STATE_REGION_ID} />
      </div>
    </RoleGate>
  );
}

import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { RegionPicker } from '../../../features/filters/RegionPicker';
import { GrowthChart } from '../../../features/growth/GrowthChart';
import { useExplorerState } from '../../useExplorerState';
import { NETWORK_GROWTH } from './growth.query';
import { useAnalysisOptions } from './useAnalysisOptions';

/**
 * The Regions view's growth section: the network's own growth in the chosen district (the map's region filter,
 * so the choice is in the URL and shared with the other views), or in the whole state.
 */
export function GrowthSection() {
  const { t } = useTranslation();
  const [state, update] = useExplorerState();
  const { districts } = useAnalysisOptions();
  const regionId = state.filters.regionId;
  const { data, previousData, error } = useQuery(NETWORK_GROWTH, { variables: { regionId } });
  const growth = (data ?? previousData)?.networkGrowth;
  return (
    <section aria-labelledby="growth-heading">
      <h3 id="growth-heading">{t('growth.heading')}</h3>
      <RegionPicker
        regionId={regionId}
        districts={districts}
        onChange={(id) =>
          update({ filters: { ...state.filters, regionId: id } }, { replace: true })
        }
      />
      {error && <ErrorMessage error={error} />}
      {growth && <GrowthChart growth={growth} />}
    </section>
  );
}

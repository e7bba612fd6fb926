import { useTranslation } from 'react-i18next';
import { RegionPicker } from '../../features/filters/RegionPicker';
import { IntroductionList } from '../../features/introductions/IntroductionList';
import { PersonsWithoutConsent } from '../../features/ties/PersonsWithoutConsent';
import { RegionTieProposals } from '../../features/ties/RegionTieProposals';
import { useExplorerState } from '../useExplorerState';
import { useAnalysisOptions } from './analytics/useAnalysisOptions';
import { RoleGate } from './RoleGate';

/** Vernetzung anstoßen (coordinators): the open introductions of a region, moved on to cooperation. */
export function IntroductionsRoute() {
  const { t } = useTranslation();
  const [state, update] = useExplorerState();
  const { districts } = useAnalysisOptions();
  const regionId = state.filters.regionId;
  return (
    <RoleGate role="coordinator">
      <div className="page introductions-page">
        <h2>{t('introductions.title')}</h2>
        <p className="intro">{t('introductions.intro')}</p>
        <RegionPicker
          regionId={regionId}
          districts={districts}
          onChange={(id) =>
            update({ filters: { ...state.filters, regionId: id } }, { replace: true })
          }
        />
        <IntroductionList regionId={regionId} />
        <RegionTieProposals regionId={regionId} />
        <PersonsWithoutConsent regionId={regionId} />
      </div>
    </RoleGate>
  );
}

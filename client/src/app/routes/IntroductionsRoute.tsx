import { useTranslation } from 'react-i18next';
import { RegionPicker } from '../../features/filters/RegionPicker';
import { IntroductionList } from '../../features/introductions/IntroductionList';
import { PersonsWithoutConsent } from '../../features/ties/PersonsWithoutConsent';
import { RegionTieProposals } from '../../features/ties/RegionTieProposals';
import { QueueScopeSwitch } from '../../components/QueueScopeSwitch';
import { useQueueScope } from '../useQueueScope';
import { useAnalysisOptions } from './analytics/useAnalysisOptions';
import { RoleGate } from './RoleGate';

/** Vernetzung anstoßen (coordinators): the open introductions of a region, moved on to cooperation. */
export function IntroductionsRoute() {
  const { t } = useTranslation();
  const { districts } = useAnalysisOptions();
  const { regionId, myRegions, scope, setScope, setRegion } = useQueueScope();
  return (
    <RoleGate role="coordinator">
      <div className="page introductions-page">
        <h2>{t('introductions.title')}</h2>
        <p className="intro">{t('introductions.intro')}</p>
        {scope && <QueueScopeSwitch scope={scope} onChange={setScope} />}
        <RegionPicker regionId={regionId} districts={districts} onChange={setRegion} />
        <IntroductionList regionId={regionId} myRegions={myRegions} />
        <RegionTieProposals regionId={regionId} myRegions={myRegions} />
        <PersonsWithoutConsent regionId={regionId} />
      </div>
    </RoleGate>
  );
}

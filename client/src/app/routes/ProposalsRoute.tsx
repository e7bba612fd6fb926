import { useTranslation } from 'react-i18next';
import { RegionPicker } from '../../features/filters/RegionPicker';
import { ProposalQueue } from '../../features/proposals/ProposalQueue';
import type { ProposalEditor } from '../../features/proposals/ProposalCard';
import { QueueScopeSwitch } from '../../components/QueueScopeSwitch';
import { useQueueScope } from '../useQueueScope';
import { useAnalysisOptions } from './analytics/useAnalysisOptions';
import { RoleGate } from './RoleGate';
import { useProposalFields } from './useProposalFields';

/** Edit then approve: the proposed properties in the generated edit form. */
const Editor: ProposalEditor = ({ proposal, onApprove, onCancel }) => {
  const { t } = useTranslation();
  const properties = proposal.payload.properties as Record<string, unknown>;
  const fields = useProposalFields(proposal.payload.label as 'Institution' | 'Project', properties);
  return (
    <div className="form">
      {fields.node}
      <div className="actions">
        <button
          type="button"
          onClick={() => {
            const edited = fields.read();
            if (edited) onApprove(edited);
          }}
        >
          {t('proposals.approveEdited')}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          {t('proposals.cancel')}
        </button>
      </div>
    </div>
  );
};

/** Vorschläge prüfen (coordinators): the pending proposals of a region, approved or rejected in place. */
export function ProposalsRoute() {
  const { t } = useTranslation();
  const { districts } = useAnalysisOptions();
  const { regionId, myRegions, scope, setScope, setRegion } = useQueueScope();
  return (
    <RoleGate role="coordinator">
      <div className="page proposals-page">
        <h2>{t('proposals.queueTitle')}</h2>
        <p className="intro">{t('proposals.queueIntro')}</p>
        {scope && <QueueScopeSwitch scope={scope} onChange={setScope} />}
        <RegionPicker regionId={regionId} districts={districts} onChange={setRegion} />
        <ProposalQueue regionId={regionId} myRegions={myRegions} Editor={Editor} />
      </div>
    </RoleGate>
  );
}

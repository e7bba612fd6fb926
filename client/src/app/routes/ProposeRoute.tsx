import type { ProposalTargetLabel } from '@nzr/graph-schema';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProposalForm } from '../../features/proposals/ProposalForm';
import { useProposalFields } from './useProposalFields';

const LABELS: readonly ProposalTargetLabel[] = ['Institution', 'Project'];
/** Most proposals come from initiatives; the form starts with that kind in civil society. */
const START: Record<ProposalTargetLabel, Record<string, unknown>> = {
  Institution: { kind: 'initiative', sector: 'civil_society' },
  Project: {},
};

function NewEntryForm({ label, onSent }: { label: ProposalTargetLabel; onSent: () => void }) {
  const fields = useProposalFields(label, START[label]);
  return (
    <ProposalForm
      label={label}
      propertyFields={fields.node}
      readProperties={fields.read}
      showIssues={fields.showIssues}
      onSent={onSent}
    />
  );
}

/** Eintrag vorschlagen (everyone): a new organisation, initiative or project, checked by a coordinator. */
export function ProposeRoute() {
  const { t } = useTranslation();
  const [label, setLabel] = useState<ProposalTargetLabel>('Institution');
  const [sent, setSent] = useState(0);
  const [thanked, setThanked] = useState(false);
  return (
    <div className="page propose-page">
      <h2>{t('proposals.title')}</h2>
      <p className="intro">{t('proposals.intro')}</p>
      {thanked ? (
        <div role="status" className="success">
          <p>{t('proposals.thanks')}</p>
          <button type="button" className="secondary" onClick={() => setThanked(false)}>
            {t('proposals.another')}
          </button>
        </div>
      ) : (
        <>
          <fieldset className="choice">
            <legend>{t('proposals.what')}</legend>
            {LABELS.map((value) => (
              <label key={value}>
                <input
                  type="radio"
                  name="proposal-label"
                  checked={label === value}
                  onChange={() => setLabel(value)}
                />
                {t(value === 'Institution' ? 'proposals.whatInstitution' : 'proposals.whatProject')}
              </label>
            ))}
          </fieldset>
          <NewEntryForm
            key={`${label}-${sent}`}
            label={label}
            onSent={() => {
              setSent((n) => n + 1);
              setThanked(true);
            }}
          />
        </>
      )}
    </div>
  );
}

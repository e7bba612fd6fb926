import { useQuery } from '@apollo/client/react';
import type { ProposalTargetLabel } from '@nzr/graph-schema';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../../components/Dialog';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { EDIT_NODE } from '../../../features/editing/editing.queries';
import { ProposalForm } from '../../../features/proposals/ProposalForm';
import { useProposalFields } from '../useProposalFields';

interface ChangeFormProps {
  readonly id: string;
  readonly label: ProposalTargetLabel;
  readonly properties: Record<string, unknown>;
  readonly onSent: () => void;
}

/** Only what the member changed is proposed (the fields start with the entry's current values). */
function ChangeForm({ id, label, properties, onSent }: ChangeFormProps) {
  const fields = useProposalFields(label, properties, properties);
  return (
    <ProposalForm
      label={label}
      targetId={id}
      propertyFields={fields.node}
      readProperties={fields.read}
      showIssues={fields.showIssues}
      onSent={onSent}
    />
  );
}

/** "Änderung vorschlagen" for a member who acts for the entry (composed by the details panel). */
export function ProposeChangeButton({ id, name }: { readonly id: string; readonly name: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [sent, setSent] = useState(false);
  const { data, error } = useQuery(EDIT_NODE, {
    variables: { id },
    skip: !open,
    fetchPolicy: 'network-only',
  });
  const node = data?.node;
  const label = node?.label === 'Institution' || node?.label === 'Project' ? node.label : null;
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        {t('proposals.proposeChange')}
      </button>
      {sent && <p role="status">{t('proposals.thanks')}</p>}
      {open && (
        <Dialog
          title={`${t('proposals.proposeChange')}: ${name}`}
          onClose={() => setOpen(false)}
          closeLabel={t('proposals.cancel')}
          wide
        >
          {error && <ErrorMessage error={error} />}
          {node && label && (
            <ChangeForm
              id={id}
              label={label}
              properties={node.properties as Record<string, unknown>}
              onSent={() => {
                setOpen(false);
                setSent(true);
              }}
            />
          )}
        </Dialog>
      )}
    </>
  );
}

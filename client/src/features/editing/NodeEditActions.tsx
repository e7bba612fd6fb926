import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../components/ConfirmButton';
import { Dialog } from '../../components/Dialog';
import { ErrorMessage } from '../../components/ErrorMessage';
import { DELETE_NODE, EDIT_NODE } from './editing.queries';
import { NodeEditor } from './NodeEditor';

export interface NodeEditActionsProps {
  readonly id: string;
  readonly name: string;
  /** Called after the node was deleted (e.g. to close the details). */
  readonly onDeleted: () => void;
}

function EditDialog({ id, name, onClose }: { id: string; name: string; onClose: () => void }) {
  const { t } = useTranslation();
  // Always the current version from the server: the edit is based on it (optimistic concurrency).
  const { data, error } = useQuery(EDIT_NODE, { variables: { id }, fetchPolicy: 'network-only' });
  return (
    <Dialog
      title={t('editing.editTitle', { name })}
      onClose={onClose}
      closeLabel={t('editing.close')}
      wide
    >
      {error && <ErrorMessage error={error} />}
      {!data && !error && <p role="status">{t('editing.loading')}</p>}
      {data?.node && <NodeEditor node={data.node} onSaved={onClose} onCancel={onClose} />}
    </Dialog>
  );
}

/** "Bearbeiten" and "Löschen" for coordinators, shown in the details panel (composed by app/). */
export function NodeEditActions({ id, name, onDeleted }: NodeEditActionsProps) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [remove, { error }] = useMutation(DELETE_NODE, { refetchQueries: 'active' });
  const del = async () => {
    const result = await remove({ variables: { id, expectedVersion: null } }).catch(() => null);
    if (result?.data) onDeleted();
  };
  return (
    <>
      <button type="button" onClick={() => setEditing(true)}>
        {t('editing.edit')}
      </button>
      <ConfirmButton
        label={t('editing.delete')}
        question={t('editing.confirmDelete', { name })}
        yesLabel={t('editing.yesDelete')}
        cancelLabel={t('editing.cancel')}
        onConfirm={() => void del()}
      />
      {error && <ErrorMessage error={error} />}
      {editing && <EditDialog id={id} name={name} onClose={() => setEditing(false)} />}
    </>
  );
}

import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../components/ConfirmButton';
import { Dialog } from '../../components/Dialog';
import { ErrorMessage } from '../../components/ErrorMessage';
import { relationshipFields } from './fieldSpecs';
import { RelationshipEditor } from './RelationshipEditor';
import { DELETE_RELATIONSHIP, EDIT_RELATIONSHIPS } from './relationships.queries';
import type { EditableEdge } from './relationships.queries';

function RelationshipList({ id }: { readonly id: string }) {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(EDIT_RELATIONSHIPS, {
    variables: { id },
    fetchPolicy: 'network-only',
  });
  const [editing, setEditing] = useState<string | null>(null);
  const [remove, removal] = useMutation(DELETE_RELATIONSHIP, { refetchQueries: 'active' });
  const reload = () => void refetch().catch(() => undefined);
  const names = new Map(data?.neighbourhood.nodes.map((node) => [node.id, node.name]));
  const edges = (data?.neighbourhood.edges ?? []).filter((e) => e.source === id || e.target === id);
  const key = (edge: EditableEdge) => `${edge.type}:${edge.id}`;
  const del = (edge: EditableEdge) =>
    void remove({ variables: { type: edge.type, id: edge.id, expectedVersion: edge.version } })
      .then(reload)
      .catch(reload);
  if (error) return <ErrorMessage error={error} />;
  if (!data) return <p role="status">{t('editing.loading')}</p>;
  if (edges.length === 0) return <p className="empty">{t('editing.relationship.none')}</p>;
  return (
    <>
      {removal.error && <ErrorMessage error={removal.error} />}
      <ul className="edge-list">
        {edges.map((edge) => {
          const other = names.get(edge.source === id ? edge.target : edge.source) ?? '?';
          const editable = relationshipFields(edge.type).length > 0;
          return (
            <li key={key(edge)}>
              <span>
                <span className="relation-type">{t(`relation.${edge.type}`)}:</span> {other}
              </span>
              <span className="edit-actions">
                {editable && (
                  <button type="button" onClick={() => setEditing(key(edge))}>
                    {t('editing.edit')}
                  </button>
                )}
                <ConfirmButton
                  label={t('editing.delete')}
                  question={t('editing.relationship.confirmDelete', { name: other })}
                  yesLabel={t('editing.yesDelete')}
                  cancelLabel={t('editing.cancel')}
                  onConfirm={() => del(edge)}
                />
              </span>
              {editing === key(edge) && (
                <RelationshipEditor edge={edge} onDone={() => setEditing(null)} onStale={reload} />
              )}
            </li>
          );
        })}
      </ul>
    </>
  );
}

/** "Verbindungen bearbeiten": the node's relationships with their properties; edit or delete each. */
export function EditRelationshipsButton({
  id,
  name,
}: {
  readonly id: string;
  readonly name: string;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        {t('editing.relationship.edit')}
      </button>
      {open && (
        <Dialog
          title={t('editing.relationship.editTitle', { name })}
          onClose={() => setOpen(false)}
          closeLabel={t('editing.close')}
          wide
        >
          <RelationshipList id={id} />
        </Dialog>
      )}
    </>
  );
}

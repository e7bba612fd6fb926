import { useApolloClient, useMutation } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorInfo } from '../../components/apiError';
import { ErrorMessage } from '../../components/ErrorMessage';
import { ConflictNotice } from './ConflictNotice';
import { EDIT_NODE, UPDATE_NODE } from './editing.queries';
import type { EditableNode } from './editing.queries';
import { nodeFields } from './fieldSpecs';
import { changedOnServer, toFormValues, toProperties } from './formModel';
import type { Properties } from './formModel';
import { PropertiesFields } from './PropertiesFields';
import { usePropertiesForm } from './usePropertiesForm';

export interface NodeEditorProps {
  readonly node: EditableNode;
  readonly onSaved: () => void;
  readonly onCancel: () => void;
}

/**
 * The edit form of one node, generated from its label's property specs. Sends only changed properties with
 * the version the edit began from; on CONFLICT it loads the current values and offers reload or re-apply.
 */
export function NodeEditor({ node, onSaved, onCancel }: NodeEditorProps) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const fields = useMemo(() => nodeFields(node.label), [node.label]);
  const form = usePropertiesForm(fields, toFormValues(fields, node.properties));
  const [base, setBase] = useState<{ properties: Properties; version: number }>(node);
  const [server, setServer] = useState<EditableNode | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [update, { loading }] = useMutation(UPDATE_NODE);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    if (!form.check()) return;
    const properties = toProperties(fields, form.values, base.properties);
    if (Object.keys(properties).length === 0) return onSaved();
    try {
      await update({ variables: { id: node.id, properties, expectedVersion: base.version } });
      onSaved();
    } catch (error) {
      if (apiErrorInfo(error).code === 'CONFLICT') {
        const current = await client.query({
          query: EDIT_NODE,
          variables: { id: node.id },
          fetchPolicy: 'network-only',
        });
        if (current.data?.node) return setServer(current.data.node);
      }
      if (!form.showApiError(error)) setFailure(error);
    }
  };
  const reload = (latest: EditableNode) => {
    form.setValues(toFormValues(fields, latest.properties));
    form.clearErrors();
    setBase(latest);
    setServer(null);
  };
  const reapply = (latest: EditableNode) => {
    const mine = toProperties(fields, form.values, base.properties);
    form.setValues(toFormValues(fields, { ...latest.properties, ...mine }));
    setBase(latest);
    setServer(null);
  };

  return (
    <form className="form" onSubmit={(event) => void submit(event)} noValidate>
      {server && (
        <ConflictNotice
          fields={fields}
          changed={changedOnServer(fields, base.properties, server.properties)}
          mine={form.values}
          server={server.properties}
          onReload={() => reload(server)}
          onReapply={() => reapply(server)}
        />
      )}
      <PropertiesFields fields={fields} form={form} />
      {failure !== null && <ErrorMessage error={failure} />}
      <div className="button-row sticky">
        <button type="submit" className="primary" disabled={loading || server !== null}>
          {loading ? t('editing.saving') : t('editing.save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('editing.cancel')}
        </button>
      </div>
    </form>
  );
}

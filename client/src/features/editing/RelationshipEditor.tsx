import { useMutation } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorInfo } from '../../components/apiError';
import { ErrorMessage } from '../../components/ErrorMessage';
import { relationshipFields } from './fieldSpecs';
import { toFormValues, toProperties } from './formModel';
import { PropertiesFields } from './PropertiesFields';
import { UPDATE_RELATIONSHIP } from './relationships.queries';
import type { EditableEdge } from './relationships.queries';
import { usePropertiesForm } from './usePropertiesForm';

export interface RelationshipEditorProps {
  readonly edge: EditableEdge;
  readonly onDone: () => void;
  /** Called on CONFLICT, so the list is loaded again with the current versions. */
  readonly onStale: () => void;
}

/** The properties of one relationship (e.g. a cooperation's kind and dates), saved with its version. */
export function RelationshipEditor({ edge, onDone, onStale }: RelationshipEditorProps) {
  const { t } = useTranslation();
  const fields = useMemo(() => relationshipFields(edge.type), [edge.type]);
  const form = usePropertiesForm(fields, toFormValues(fields, edge.properties));
  const [failure, setFailure] = useState<unknown>(null);
  const [update, { loading }] = useMutation(UPDATE_RELATIONSHIP);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    if (!form.check()) return;
    const properties = toProperties(fields, form.values, edge.properties);
    if (Object.keys(properties).length === 0) return onDone();
    try {
      const variables = { type: edge.type, id: edge.id, properties, expectedVersion: edge.version };
      await update({ variables });
      onDone();
    } catch (error) {
      if (apiErrorInfo(error).code === 'CONFLICT') onStale();
      if (!form.showApiError(error)) setFailure(error);
    }
  };
  return (
    <form className="form relationship-editor" onSubmit={(event) => void submit(event)} noValidate>
      <PropertiesFields fields={fields} form={form} context={edge.type} />
      {failure !== null && <ErrorMessage error={failure} />}
      <div className="button-row">
        <button type="submit" className="primary" disabled={loading}>
          {t('editing.save')}
        </button>
        <button type="button" onClick={onDone}>
          {t('editing.cancel')}
        </button>
      </div>
    </form>
  );
}

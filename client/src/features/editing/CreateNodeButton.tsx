import { useMutation } from '@apollo/client/react';
import { NODE_LABEL_NAMES } from '@nzr/graph-schema';
import type { NodeLabel } from '@nzr/graph-schema';
import { useId, useMemo, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../components/Dialog';
import { ErrorMessage } from '../../components/ErrorMessage';
import { CREATE_NODE } from './editing.queries';
import { nodeFields } from './fieldSpecs';
import { toFormValues, toProperties } from './formModel';
import { PropertiesFields } from './PropertiesFields';
import { usePropertiesForm } from './usePropertiesForm';

function CreateForm({ label, onCreated }: { label: NodeLabel; onCreated: (id: string) => void }) {
  const { t } = useTranslation();
  const fields = useMemo(() => nodeFields(label), [label]);
  const form = usePropertiesForm(fields, toFormValues(fields, {}));
  const [create, { loading, error }] = useMutation(CREATE_NODE, { refetchQueries: 'active' });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!form.check()) return;
    try {
      const result = await create({
        variables: { label, properties: toProperties(fields, form.values) },
      });
      if (result.data) onCreated(result.data.createNode.id);
    } catch (failure) {
      form.showApiError(failure);
    }
  };
  return (
    <form className="form" onSubmit={(event) => void submit(event)} noValidate>
      <PropertiesFields fields={fields} form={form} />
      {error && !form.general.length && Object.keys(form.errors).length === 0 && (
        <ErrorMessage error={error} />
      )}
      <button type="submit" className="primary" disabled={loading}>
        {t('editing.create')}
      </button>
    </form>
  );
}

/** "Neuer Eintrag": choose the kind, fill in the generated form, create; then the new node is shown. */
export function CreateNodeButton({ onCreated }: { readonly onCreated: (id: string) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [label, setLabel] = useState<NodeLabel>('Institution');
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        {t('editing.new')}
      </button>
      {open && (
        <Dialog
          title={t('editing.newTitle')}
          onClose={() => setOpen(false)}
          closeLabel={t('editing.close')}
          wide
        >
          <div className="field">
            <label htmlFor={`${id}-label`}>{t('editing.kind')}</label>
            <select
              id={`${id}-label`}
              value={label}
              onChange={(e) => setLabel(e.target.value as NodeLabel)}
            >
              {NODE_LABEL_NAMES.map((value) => (
                <option key={value} value={value}>
                  {t(`label.${value}`)}
                </option>
              ))}
            </select>
          </div>
          <CreateForm
            key={label}
            label={label}
            onCreated={(created) => {
              setOpen(false);
              onCreated(created);
            }}
          />
        </Dialog>
      )}
    </>
  );
}

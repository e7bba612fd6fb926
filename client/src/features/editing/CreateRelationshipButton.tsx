import { useMutation } from '@apollo/client/react';
import type { NodeLabel, RelationshipType } from '@nzr/graph-schema';
import { useId, useMemo, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../components/Dialog';
import { ErrorMessage } from '../../components/ErrorMessage';
import { NodePicker } from '../../components/NodePicker';
import type { PickedNode } from '../../components/NodePicker';
import { CREATE_RELATIONSHIP } from './editing.queries';
import { relationshipFields } from './fieldSpecs';
import { toFormValues, toProperties } from './formModel';
import { PropertiesFields } from './PropertiesFields';
import { relationshipOptions } from './relationships';
import type { RelationshipOption } from './relationships';
import { usePropertiesForm } from './usePropertiesForm';

interface Subject {
  readonly id: string;
  readonly name: string;
  readonly label: NodeLabel;
}

function RelationshipForm({
  node,
  option,
  onDone,
}: {
  node: Subject;
  option: RelationshipOption;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const fields = useMemo(() => relationshipFields(option.type), [option.type]);
  const form = usePropertiesForm(fields, toFormValues(fields, {}));
  const [other, setOther] = useState<PickedNode | null>(null);
  const [create, { loading, error }] = useMutation(CREATE_RELATIONSHIP, {
    refetchQueries: 'active',
  });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!other || !form.check()) return;
    const [from, to] = option.outgoing ? [node.id, other.id] : [other.id, node.id];
    try {
      await create({
        variables: { type: option.type, from, to, properties: toProperties(fields, form.values) },
      });
      onDone();
    } catch (failure) {
      form.showApiError(failure);
    }
  };
  return (
    <form className="form" onSubmit={(event) => void submit(event)} noValidate>
      <NodePicker
        labels={option.otherLabels}
        picked={other}
        onPick={setOther}
        fieldLabel={t('editing.relationship.other')}
        pickedText={(node) =>
          t('editing.relationship.picked', { name: node.name, kind: t(`label.${node.label}`) })
        }
      />
      <PropertiesFields fields={fields} form={form} context={option.type} />
      {error && Object.keys(form.errors).length === 0 && form.general.length === 0 && (
        <ErrorMessage error={error} />
      )}
      <button type="submit" className="primary" disabled={loading || !other}>
        {t('editing.create')}
      </button>
    </form>
  );
}

/** "Verbindung anlegen": type (allowed for this node's label), the other node by search, properties. */
export function CreateRelationshipButton({ node }: { readonly node: Subject }) {
  const { t } = useTranslation();
  const id = useId();
  const options = useMemo(() => relationshipOptions(node.label), [node.label]);
  const [open, setOpen] = useState(false);
  const [type, setType] = useState<RelationshipType | null>(null);
  const option = options.find((o) => o.type === type) ?? options[0];
  if (!option) return null;
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        {t('editing.relationship.new')}
      </button>
      {open && (
        <Dialog
          title={t('editing.relationship.title', { name: node.name })}
          onClose={() => setOpen(false)}
          closeLabel={t('editing.close')}
          wide
        >
          <div className="field">
            <label htmlFor={`${id}-type`}>{t('editing.relationship.type')}</label>
            <select
              id={`${id}-type`}
              value={option.type}
              onChange={(e) => setType(e.target.value as RelationshipType)}
            >
              {options.map((o) => (
                <option key={o.type} value={o.type}>
                  {t(`relation.${o.type}`)}
                </option>
              ))}
            </select>
          </div>
          <RelationshipForm
            key={option.type}
            node={node}
            option={option}
            onDone={() => setOpen(false)}
          />
        </Dialog>
      )}
    </>
  );
}

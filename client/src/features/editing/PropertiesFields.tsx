import { useTranslation } from 'react-i18next';
import type { Field } from './fieldSpecs';
import { FormField, fieldId } from './FormField';
import type { PropertiesForm } from './usePropertiesForm';

export interface PropertiesFieldsProps {
  readonly fields: readonly Field[];
  readonly form: PropertiesForm;
  readonly context?: string;
}

/** The generated fields of a form and, above them, a summary of all problems with links to the fields. */
export function PropertiesFields({ fields, form, context }: PropertiesFieldsProps) {
  const { t } = useTranslation();
  const invalid = fields.filter((field) => (form.errors[field.name]?.length ?? 0) > 0);
  const name = (field: Field) => t(`editing.field.${field.name}`, { defaultValue: field.name });
  return (
    <>
      {(invalid.length > 0 || form.general.length > 0) && (
        <div role="alert" className="error-summary">
          <p>{t('editing.summary', { count: invalid.length + form.general.length })}</p>
          <ul>
            {invalid.map((field) => (
              <li key={field.name}>
                <a href={`#${fieldId(form.formId, field.name)}`}>{name(field)}</a>
              </li>
            ))}
            {form.general.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
        </div>
      )}
      {fields.map((field) => (
        <FormField
          key={field.name}
          formId={form.formId}
          field={field}
          value={form.values[field.name] ?? ''}
          problems={form.errors[field.name] ?? []}
          context={context}
          onChange={(value) => form.change(field.name, value)}
        />
      ))}
    </>
  );
}

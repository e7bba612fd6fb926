import { useTranslation } from 'react-i18next';
import type { Field } from './fieldSpecs';
import { FieldInput } from './FieldInput';
import type { FieldProblem, FormValue } from './formModel';

export interface FormFieldProps {
  readonly formId: string;
  readonly field: Field;
  readonly value: FormValue;
  readonly problems: readonly FieldProblem[];
  readonly context?: string;
  readonly onChange: (value: FormValue) => void;
}

export const fieldId = (formId: string, name: string) => `${formId}-f-${name}`;

/** Label, control, hint (required, max length) and the field's errors, linked by aria-describedby. */
export function FormField({ formId, field, value, problems, context, onChange }: FormFieldProps) {
  const { t } = useTranslation();
  const id = fieldId(formId, field.name);
  const { spec } = field;
  const hint =
    spec.maxLength && spec.maxLength <= 500
      ? t('editing.hint.maxLength', { count: spec.maxLength })
      : '';
  const described = [hint && `${id}-hint`, problems.length > 0 && `${id}-error`]
    .filter(Boolean)
    .join(' ');
  const problemText = (problem: FieldProblem) =>
    problem.key === 'api'
      ? problem.message
      : t(
          `editing.problem.${problem.key}`,
          problem.key === 'maxLength' ? { count: problem.max } : {},
        );
  // Several controls (checkboxes, latitude/longitude) form a group named by a legend.
  const grouped = spec.kind === 'enum[]' || spec.kind === 'point';
  const Wrapper = grouped ? 'fieldset' : 'div';
  const title = (
    <>
      {t(`editing.field.${field.name}`, { defaultValue: field.name })}
      {spec.required && <span className="required"> {t('editing.required')}</span>}
    </>
  );
  return (
    <Wrapper className={problems.length > 0 ? 'field invalid' : 'field'}>
      {grouped ? <legend>{title}</legend> : <label htmlFor={id}>{title}</label>}
      <FieldInput
        id={id}
        field={field}
        value={value}
        describedBy={described || undefined}
        invalid={problems.length > 0}
        context={context}
        onChange={onChange}
      />
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      {problems.length > 0 && (
        <p id={`${id}-error`} className="field-error">
          {problems.map(problemText).join(' ')}
        </p>
      )}
    </Wrapper>
  );
}

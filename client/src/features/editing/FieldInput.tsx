import { useTranslation } from 'react-i18next';
import { enumLabel } from './enumLabel';
import type { Field } from './fieldSpecs';
import type { FormValue, PointValue } from './formModel';

export interface FieldInputProps {
  readonly id: string;
  readonly field: Field;
  readonly value: FormValue;
  readonly describedBy: string | undefined;
  readonly invalid: boolean;
  /** Relationship type, when the field belongs to one (enum names may depend on it). */
  readonly context?: string;
  readonly onChange: (value: FormValue) => void;
}

const INPUT_TYPES: Partial<Record<Field['spec']['kind'], string>> = {
  email: 'email',
  url: 'url',
  integer: 'number',
  float: 'number',
  date: 'date',
};

/** The control for one field kind: text, textarea, number, date, select, checkboxes, coordinates. */
export function FieldInput({
  id,
  field,
  value,
  describedBy,
  invalid,
  context,
  onChange,
}: FieldInputProps) {
  const { t } = useTranslation();
  const { spec } = field;
  const aria = { 'aria-describedby': describedBy, 'aria-invalid': invalid || undefined };
  if (spec.kind === 'boolean') {
    return (
      <input
        id={id}
        type="checkbox"
        checked={value === true}
        onChange={(e) => onChange(e.target.checked)}
        {...aria}
      />
    );
  }
  if (spec.kind === 'enum[]') {
    const list = Array.isArray(value) ? (value as readonly string[]) : [];
    return (
      <div id={id} className="checkbox-list" tabIndex={-1} {...aria}>
        {(spec.values ?? []).map((option) => (
          <label key={option}>
            <input
              type="checkbox"
              checked={list.includes(option)}
              onChange={(e) =>
                onChange(e.target.checked ? [...list, option] : list.filter((v) => v !== option))
              }
            />{' '}
            {enumLabel(t, field.name, option, context)}
          </label>
        ))}
      </div>
    );
  }
  if (spec.kind === 'point') {
    const point = value as PointValue;
    return (
      <div className="point-input">
        <label>
          {t('editing.latitude')}
          <input
            id={id}
            inputMode="decimal"
            value={point.latitude}
            onChange={(e) => onChange({ ...point, latitude: e.target.value })}
            {...aria}
          />
        </label>
        <label>
          {t('editing.longitude')}
          <input
            inputMode="decimal"
            value={point.longitude}
            onChange={(e) => onChange({ ...point, longitude: e.target.value })}
            {...aria}
          />
        </label>
      </div>
    );
  }
  const text = typeof value === 'string' ? value : '';
  if (spec.kind === 'enum') {
    return (
      <select
        id={id}
        value={text}
        required={spec.required}
        onChange={(e) => onChange(e.target.value)}
        {...aria}
      >
        <option value="">{t('editing.choose')}</option>
        {(spec.values ?? []).map((option) => (
          <option key={option} value={option}>
            {enumLabel(t, field.name, option, context)}
          </option>
        ))}
      </select>
    );
  }
  if (spec.kind === 'textarea') {
    return (
      <textarea
        id={id}
        rows={4}
        value={text}
        onChange={(e) => onChange(e.target.value)}
        {...aria}
      />
    );
  }
  return (
    <input
      id={id}
      type={INPUT_TYPES[spec.kind] ?? 'text'}
      step={spec.kind === 'float' ? 'any' : undefined}
      min={spec.min}
      max={spec.max}
      required={spec.required}
      value={text}
      onChange={(e) => onChange(e.target.value)}
      {...aria}
    />
  );
}

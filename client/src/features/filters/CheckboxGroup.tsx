import { useTranslation } from 'react-i18next';

export interface CheckboxGroupProps<T extends string> {
  readonly legend: string;
  readonly values: readonly T[];
  readonly checked: readonly T[];
  readonly labelKey: (value: T) => string;
  readonly onChange: (checked: T[]) => void;
}

/** A fieldset of checkboxes; none checked means "all". */
export function CheckboxGroup<T extends string>(props: CheckboxGroupProps<T>) {
  const { t } = useTranslation();
  const toggle = (value: T, on: boolean) =>
    props.onChange(on ? [...props.checked, value] : props.checked.filter((item) => item !== value));
  return (
    <fieldset className="checkbox-group">
      <legend>{props.legend}</legend>
      <p className="hint">{t('filters.noneMeansAll')}</p>
      {props.values.map((value) => (
        <label key={value}>
          <input
            type="checkbox"
            checked={props.checked.includes(value)}
            onChange={(event) => toggle(value, event.target.checked)}
          />
          {t(props.labelKey(value))}
        </label>
      ))}
    </fieldset>
  );
}

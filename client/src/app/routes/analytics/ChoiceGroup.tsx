export interface ChoiceGroupProps<T extends string> {
  readonly legend: string;
  /** Name of the radio group; unique on the page. */
  readonly name: string;
  readonly values: readonly T[];
  readonly value: T;
  readonly labelOf: (value: T) => string;
  readonly onChange: (value: T) => void;
}

/** One of a few choices of a view, as a labelled radio group (arrow keys move between the options). */
export function ChoiceGroup<T extends string>(props: ChoiceGroupProps<T>) {
  return (
    <fieldset>
      <legend>{props.legend}</legend>
      {props.values.map((value) => (
        <label key={value} className="radio">
          <input
            type="radio"
            name={props.name}
            value={value}
            checked={props.value === value}
            onChange={() => props.onChange(value)}
          />{' '}
          {props.labelOf(value)}
        </label>
      ))}
    </fieldset>
  );
}

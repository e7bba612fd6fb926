import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format';

export interface RadiusSliderProps {
  readonly value: number;
  readonly onChange: (km: number) => void;
}

/** Search radius, 1 to 100 km. */
export function RadiusSlider({ value, onChange }: RadiusSliderProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>
        {t('allies.radius')}: <output htmlFor={id}>{format.km(value)}</output>
      </label>
      <input
        id={id}
        type="range"
        min={1}
        max={100}
        step={1}
        value={value}
        aria-valuetext={format.km(value)}
        onChange={(event) => onChange(Number(event.target.value))}
      />
    </div>
  );
}

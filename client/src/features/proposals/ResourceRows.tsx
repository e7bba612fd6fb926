import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_RESOURCE_ROWS, RESOURCE_KIND_VALUES, emptyRow } from './resources';
import type { ResourceRow } from './resources';

export interface ResourceRowsProps {
  readonly legend: string;
  readonly rows: readonly ResourceRow[];
  readonly onChange: (rows: ResourceRow[]) => void;
}

/** Offers or needs: one row per resource (what, which kind), added and removed by buttons. */
export function ResourceRows({ legend, rows, onChange }: ResourceRowsProps) {
  const { t } = useTranslation();
  const id = useId();
  const set = (index: number, row: ResourceRow) =>
    onChange(rows.map((old, i) => (i === index ? row : old)));
  return (
    <fieldset className="resource-rows">
      <legend>{legend}</legend>
      {rows.map((row, index) => (
        <div className="resource-row" key={index}>
          <label htmlFor={`${id}-n${index}`}>{t('proposals.resourceName')}</label>
          <input
            id={`${id}-n${index}`}
            value={row.name}
            maxLength={200}
            onChange={(e) => set(index, { ...row, name: e.target.value })}
          />
          <label htmlFor={`${id}-k${index}`}>{t('proposals.resourceKind')}</label>
          <select
            id={`${id}-k${index}`}
            value={row.kind}
            onChange={(e) => set(index, { ...row, kind: e.target.value })}
          >
            {RESOURCE_KIND_VALUES.map((kind) => (
              <option key={kind} value={kind}>
                {t(`enum.resourceKind.${kind}`, { defaultValue: kind })}
              </option>
            ))}
          </select>
          <button
            type="button"
            className="link-button"
            onClick={() => onChange(rows.filter((_, i) => i !== index))}
          >
            {t('proposals.removeRow')}
          </button>
        </div>
      ))}
      {rows.length < MAX_RESOURCE_ROWS && (
        <button type="button" className="secondary" onClick={() => onChange([...rows, emptyRow()])}>
          {t('proposals.addRow')}
        </button>
      )}
    </fieldset>
  );
}

import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { enumLabel } from './enumLabel';
import type { Field } from './fieldSpecs';
import { fromFormValue } from './formModel';
import type { FormValues, Properties } from './formModel';

export interface ConflictNoticeProps {
  readonly fields: readonly Field[];
  /** Fields someone else changed since the edit began. */
  readonly changed: readonly Field[];
  readonly mine: FormValues;
  readonly server: Properties;
  readonly onReload: () => void;
  readonly onReapply: () => void;
}

export function showValue(t: TFunction, field: Field, value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return t(value ? 'common.yes' : 'common.no');
  if (Array.isArray(value)) return value.map((v) => showValue(t, field, v)).join(', ');
  if (typeof value === 'object' && 'latitude' in value && 'longitude' in value) {
    return `${String(value.latitude)}, ${String(value.longitude)}`;
  }
  const text = String(value);
  return field.spec.values ? enumLabel(t, field.name, text) : text;
}

/** CONFLICT: someone else saved first. Shows their changes beside yours; reload or re-apply yours. */
export function ConflictNotice({
  changed,
  mine,
  server,
  onReload,
  onReapply,
}: ConflictNoticeProps) {
  const { t } = useTranslation();
  return (
    <div role="alert" className="conflict">
      <p>
        <strong>{t('editing.conflict.title')}</strong> {t('editing.conflict.text')}
      </p>
      {changed.length > 0 && (
        <table>
          <caption>{t('editing.conflict.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('editing.conflict.field')}</th>
              <th scope="col">{t('editing.conflict.theirs')}</th>
              <th scope="col">{t('editing.conflict.mine')}</th>
            </tr>
          </thead>
          <tbody>
            {changed.map((field) => (
              <tr key={field.name}>
                <th scope="row">
                  {t(`editing.field.${field.name}`, { defaultValue: field.name })}
                </th>
                <td>{showValue(t, field, server[field.name])}</td>
                <td>{showValue(t, field, fromFormValue(field.spec, mine[field.name] ?? ''))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="button-row">
        <button type="button" onClick={onReload}>
          {t('editing.conflict.reload')}
        </button>
        <button type="button" onClick={onReapply}>
          {t('editing.conflict.reapply')}
        </button>
      </div>
    </div>
  );
}

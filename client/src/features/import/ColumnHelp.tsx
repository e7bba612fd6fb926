import { COLUMNS } from '@nzr/graph-schema';
import type { ImportKind } from '@nzr/graph-schema';
import { useTranslation } from 'react-i18next';

/** The documented columns of one file kind: canonical header, accepted aliases, required or not. */
export function ColumnHelp({ kind }: { readonly kind: ImportKind }) {
  const { t } = useTranslation();
  return (
    <details className="column-help">
      <summary>{t('import.columns.summary', { kind: t(`import.kinds.${kind}`) })}</summary>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t('import.columns.column')}</th>
            <th scope="col">{t('import.columns.aliases')}</th>
            <th scope="col">{t('import.columns.required')}</th>
          </tr>
        </thead>
        <tbody>
          {COLUMNS[kind].map((column) => (
            <tr key={column.name}>
              <th scope="row">
                <code>{column.name}</code>
              </th>
              <td>{column.aliases.join(', ')}</td>
              <td>{column.required ? t('common.yes') : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="hint">{t('import.columns.hint')}</p>
    </details>
  );
}

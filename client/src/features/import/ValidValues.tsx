import { IMPORT_VALUE_LISTS } from '@nzr/graph-schema';
import type { ImportKind, Language } from '@nzr/graph-schema';
import { useTranslation } from 'react-i18next';

/**
 * The values each list column of a file kind accepts, as the UI names them (German or English) with the
 * stored key beside; the importer accepts either, without regard to case or extra spaces.
 */
export function ValidValues({ kind }: { readonly kind: ImportKind }) {
  const { t, i18n } = useTranslation();
  const language: Language = i18n.resolvedLanguage === 'en' ? 'en' : 'de';
  const lists = IMPORT_VALUE_LISTS[kind];
  if (lists.length === 0) return null;
  return (
    <details className="column-help valid-values">
      <summary>{t('import.values.summary')}</summary>
      <p className="hint">{t('import.values.hint')}</p>
      {lists.map(({ column, entries }) => (
        <section key={column} aria-labelledby={`values-${kind}-${column}`}>
          <h4 id={`values-${kind}-${column}`}>
            <code>{column}</code>
          </h4>
          <ul className="valid-value-list">
            {entries.map((entry) => (
              <li key={entry.value}>
                {entry[language]} <code>{entry.value}</code>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </details>
  );
}

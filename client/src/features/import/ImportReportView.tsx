import { isRelationshipType, wordImportMessage } from '@nzr/graph-schema';
import type { ImportCounts, ImportReport, ImportRowError, Language } from '@nzr/graph-schema';
import { useTranslation } from 'react-i18next';

/** A report row in the reader's language, worded from its code (graph-schema's import-messages). */
function useRowMessage(): (error: ImportRowError) => string {
  const { t, i18n } = useTranslation();
  const language: Language = i18n.resolvedLanguage === 'en' ? 'en' : 'de';
  const labelName = (name: string) =>
    t(isRelationshipType(name) ? `relation.${name}` : `label.${name}`, { defaultValue: name });
  return (error) => wordImportMessage(error, language, labelName);
}

function CountList({ counts }: { readonly counts: ImportCounts }) {
  const { t } = useTranslation();
  const rows = [
    ...Object.entries(counts.nodes).map(([label, c]) => ({
      key: label,
      name: t(`labels.${label}`, { defaultValue: label }),
      ...c,
    })),
    ...Object.entries(counts.relationships).map(([type, c]) => ({
      key: type,
      name: t(`relation.${type}`, { defaultValue: type }),
      ...c,
    })),
  ];
  if (rows.length === 0) return null;
  return (
    <table className="data-table counts">
      <caption>{t('import.report.countsCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('import.report.what')}</th>
          <th scope="col">{t('import.report.created')}</th>
          <th scope="col">{t('import.report.updated')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{row.name}</th>
            <td>{row.created}</td>
            <td>{row.updated}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** A dry-run or apply report: rows, valid rows, the errors (row, column, message) and the counts. */
export function ImportReportView({ report }: { readonly report: ImportReport }) {
  const { t } = useTranslation();
  const rowMessage = useRowMessage();
  const title = report.applied
    ? t('import.report.applied')
    : report.mode === 'apply'
      ? t('import.report.rejected')
      : t('import.report.dryRun');
  return (
    <section className="import-report" aria-labelledby="import-report-heading">
      <h3 id="import-report-heading">{title}</h3>
      <p role="status">
        {t('import.report.summary', {
          count: report.rows,
          valid: report.valid,
          errors: report.errors.length,
        })}
      </p>
      {report.errors.length > 0 && (
        <table className="data-table errors">
          <caption>{t('import.report.errorsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('import.report.row')}</th>
              <th scope="col">{t('import.report.column')}</th>
              <th scope="col">{t('import.report.message')}</th>
            </tr>
          </thead>
          <tbody>
            {report.errors.map((error, index) => (
              <tr key={`${error.row}-${error.column ?? ''}-${index}`}>
                <td>{error.row}</td>
                <td>{error.column ?? t('import.report.wholeRow')}</td>
                <td>{rowMessage(error)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {report.errorsTruncated && <p className="hint">{t('import.report.truncated')}</p>}
      {report.withoutConsent > 0 && (
        <p className="hint">
          {t('import.report.withoutConsent', { count: report.withoutConsent })}
        </p>
      )}
      <CountList counts={report.counts} />
    </section>
  );
}

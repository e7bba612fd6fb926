import { useApolloClient } from '@apollo/client/react';
import { IMPORT_KINDS } from '@nzr/graph-schema';
import type { ImportKind, ImportMode, ImportReport } from '@nzr/graph-schema';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorInfo } from '../../components/apiError';
import { ErrorMessage } from '../../components/ErrorMessage';
import { session } from '../../lib/apollo';
import { ColumnHelp } from './ColumnHelp';
import { FileDrop } from './FileDrop';
import { ImportReportView } from './ImportReportView';
import { TemplateButton } from './TemplateButton';
import { ValidValues } from './ValidValues';
import { isImportReport, uploadCsv } from './uploadCsv';

/** CSV-Import: kind, file, dry run with its report, then apply (all or nothing). */
export function ImportPage() {
  const { t } = useTranslation();
  const id = useId();
  const client = useApolloClient();
  const [kind, setKind] = useState<ImportKind>('institutions');
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const busy = progress !== null;

  const run = async (mode: ImportMode) => {
    if (!file) return;
    setFailure(null);
    setReport(null);
    setProgress(0);
    try {
      const result = await uploadCsv({
        kind,
        mode,
        file,
        headers: session.headers(),
        onProgress: setProgress,
      });
      setReport(result);
      // Written data changes every view: fetch them again when they are shown next.
      if (result.applied) await client.resetStore().catch(() => undefined);
    } catch (error) {
      // A rejected apply answers 422 with the row-by-row report.
      const { report } = apiErrorInfo(error).extensions;
      if (isImportReport(report)) setReport(report);
      else setFailure(error);
    } finally {
      setProgress(null);
    }
  };
  const choose = (next: File | null) => {
    setFile(next);
    setReport(null);
  };
  const canApply =
    report !== null && !report.applied && report.errors.length === 0 && report.mode === 'dry-run';

  return (
    <section className="import-page page" aria-labelledby="import-heading">
      <h2 id="import-heading">{t('import.heading')}</h2>
      <p>{t('import.intro')}</p>
      <div className="field">
        <label htmlFor={`${id}-kind`}>{t('import.kind')}</label>
        <select
          id={`${id}-kind`}
          value={kind}
          onChange={(event) => {
            setKind(event.target.value as ImportKind);
            setReport(null);
          }}
        >
          {IMPORT_KINDS.map((value) => (
            <option key={value} value={value}>
              {t(`import.kinds.${value}`)}
            </option>
          ))}
        </select>
      </div>
      <ColumnHelp kind={kind} />
      <ValidValues kind={kind} />
      <p className="button-row">
        <TemplateButton kind={kind} />
      </p>
      <FileDrop file={file} onFile={choose} />
      <div className="button-row">
        <button
          type="button"
          className="primary"
          disabled={!file || busy}
          onClick={() => void run('dry-run')}
        >
          {t('import.dryRun')}
        </button>
        <button type="button" disabled={!canApply || busy} onClick={() => void run('apply')}>
          {t('import.apply')}
        </button>
      </div>
      {busy && (
        <p>
          <label htmlFor={`${id}-progress`}>{t('import.uploading')}</label>{' '}
          <progress id={`${id}-progress`} max={1} value={progress}>
            {Math.round(progress * 100)} %
          </progress>
        </p>
      )}
      {failure !== null && <ErrorMessage error={failure} />}
      {report && <ImportReportView report={report} />}
      {report && report.mode === 'dry-run' && report.errors.length > 0 && (
        <p className="hint">{t('import.fixFirst')}</p>
      )}
    </section>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { HttpApiError } from '../../components/apiError';
import { ErrorMessage } from '../../components/ErrorMessage';
import { session } from '../../lib/apollo';
import { downloadBlob } from '../../lib/download';
import { EXPORT_FORMATS, exportUrl, fileNameFrom } from './exportUrl';
import type { ExportFormat, ExportScope } from './exportUrl';

const EXTENSIONS: Record<ExportFormat, string> = {
  'csv-nodes': 'csv',
  'csv-edges': 'csv',
  graphml: 'graphml',
  gexf: 'gexf',
  json: 'json',
};

/**
 * Downloads the current view from the API. fetch (not a plain link) so that a signed-in coordinator's token
 * goes along and the export holds what they may see; the blob is then saved as a file.
 */
export function ExportButtons({ scope }: { readonly scope: ExportScope }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState<ExportFormat | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const download = async (format: ExportFormat) => {
    setBusy(format);
    setFailure(null);
    try {
      const response = await fetch(exportUrl(scope, format), { headers: session.headers() });
      if (!response.ok) {
        throw new HttpApiError(response.status, await response.json().catch(() => null));
      }
      const name = fileNameFrom(
        response.headers.get('Content-Disposition'),
        `nzr-export.${EXTENSIONS[format]}`,
      );
      downloadBlob(await response.blob(), name);
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(null);
    }
  };
  return (
    <div className="export-buttons" role="group" aria-label={t('export.label')}>
      <span className="group-label">{t('export.label')}</span>
      {EXPORT_FORMATS.map((format) => (
        <button
          key={format}
          type="button"
          disabled={busy !== null}
          onClick={() => void download(format)}
        >
          {busy === format ? t('export.busy') : t(`export.formats.${format}`)}
        </button>
      ))}
      {failure !== null && <ErrorMessage error={failure} />}
    </div>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { session } from '../lib/apollo';
import { downloadBlob, fileNameFrom } from '../lib/download';
import { HttpApiError } from './apiError';
import { ErrorMessage } from './ErrorMessage';

interface CsvDownloadButtonProps {
  /** API path of the export, e.g. /api/export/introductions. */
  readonly path: string;
  /** Query parameters (e.g. regionId); null and undefined ones are left out. */
  readonly params?: Readonly<Record<string, string | null | undefined>>;
  /** File name when the answer names none. */
  readonly fallbackName: string;
}

/**
 * "CSV herunterladen" for a coordinator's list: fetch (not a plain link) so that the session token goes along,
 * then the blob is saved under the file name the server gives. Semicolons on request, for German Excel.
 */
export function CsvDownloadButton({ path, params = {}, fallbackName }: CsvDownloadButtonProps) {
  const { t } = useTranslation();
  const [semicolon, setSemicolon] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const download = async () => {
    setBusy(true);
    setFailure(null);
    try {
      const query = new URLSearchParams();
      for (const [name, value] of Object.entries(params)) if (value != null) query.set(name, value);
      if (semicolon) query.set('delimiter', 'semicolon');
      const url = query.size > 0 ? `${path}?${query.toString()}` : path;
      const response = await fetch(url, { headers: session.headers() });
      if (!response.ok) {
        throw new HttpApiError(response.status, await response.json().catch(() => null));
      }
      const name = fileNameFrom(response.headers.get('Content-Disposition'), fallbackName);
      downloadBlob(await response.blob(), name);
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="csv-download">
      <button type="button" disabled={busy} onClick={() => void download()}>
        {busy ? t('common.downloading') : t('common.downloadCsv')}
      </button>{' '}
      <label className="checkbox">
        <input
          type="checkbox"
          checked={semicolon}
          onChange={(event) => setSemicolon(event.target.checked)}
        />{' '}
        {t('common.csvSemicolon')}
      </label>
      {failure !== null && <ErrorMessage error={failure} />}
    </div>
  );
}

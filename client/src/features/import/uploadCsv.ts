/**
 * Uploads a CSV file to POST /api/import/:kind with XMLHttpRequest, whose `upload.onprogress` reports the
 * bytes sent (fetch cannot, without streaming bodies). Resolves with the report; rejects with HttpApiError
 * (a 422 carries the report in the error's `extensions.report`).
 */
import type { ImportKind, ImportMode, ImportReport } from '@nzr/graph-schema';
import { HttpApiError } from '../../components/apiError';

export const importUrl = (kind: ImportKind, mode: ImportMode) =>
  `/api/import/${encodeURIComponent(kind)}?mode=${mode}`;

export function isImportReport(value: unknown): value is ImportReport {
  return typeof value === 'object' && value !== null && 'rows' in value && 'errors' in value;
}

export function uploadCsv(options: {
  readonly kind: ImportKind;
  readonly mode: ImportMode;
  readonly file: Blob;
  readonly headers: Readonly<Record<string, string>>;
  /** Share of the upload sent, 0 to 1. */
  readonly onProgress?: (share: number) => void;
}): Promise<ImportReport> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', importUrl(options.kind, options.mode));
    for (const [name, value] of Object.entries(options.headers)) xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) options.onProgress?.(event.loaded / event.total);
    };
    xhr.onerror = () => reject(new TypeError('network error'));
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        // Not JSON: reported by status below.
      }
      if (xhr.status >= 200 && xhr.status < 300 && isImportReport(body)) return resolve(body);
      reject(new HttpApiError(xhr.status, body));
    };
    const data = new FormData();
    data.append(
      'file',
      options.file,
      options.file instanceof File ? options.file.name : 'import.csv',
    );
    xhr.send(data);
  });
}

/**
 * Reads an uploaded CSV file from a request: multipart/form-data (field `file`, via busboy) or a raw
 * `text/csv` body. Streams with a byte limit: past MAX_UPLOAD_BYTES it stops buffering and rejects with 413
 * at once. The bytes may be UTF-8 (with or without a byte order mark) or Windows-1252, which German Excel
 * writes for "CSV (Trennzeichen-getrennt)".
 */
import busboy from 'busboy';
import type { Request } from 'express';
import iconv from 'iconv-lite';
import { ApiError } from '../../api-errors.js';

export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

const tooLarge = (): ApiError =>
  new ApiError(
    'PAYLOAD_TOO_LARGE',
    `The file is larger than ${MAX_UPLOAD_BYTES / (1024 * 1024)} MB; split it into smaller files.`,
  );

/**
 * UTF-8 when the bytes are valid UTF-8 (any text with umlauts in Windows-1252 is not), else Windows-1252.
 * Node's own TextDecoder reads 'windows-1252' as Latin-1 (0x80 stays U+0080 instead of €), hence iconv-lite.
 */
export function decodeCsvBytes(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return iconv.decode(bytes, 'windows-1252');
  }
}

const decode = (chunks: Buffer[]): string => decodeCsvBytes(Buffer.concat(chunks));

function readRaw(req: Request): Promise<Buffer[]> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_UPLOAD_BYTES) {
        req.removeAllListeners('data');
        req.pause();
        reject(tooLarge());
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(chunks));
    req.on('error', reject);
  });
}

function readMultipart(req: Request): Promise<Buffer[]> {
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: req.headers,
        limits: { files: 1, fileSize: MAX_UPLOAD_BYTES, fields: 20 },
      });
    } catch {
      reject(new ApiError('BAD_REQUEST', 'The multipart upload could not be read.'));
      return;
    }
    let file: Buffer[] | undefined;
    let failed = false;
    const fail = (error: ApiError): void => {
      if (failed) return;
      failed = true;
      req.unpipe(parser);
      req.pause();
      reject(error);
    };
    parser.on('file', (name, stream) => {
      if (name !== 'file' || file) {
        stream.resume();
        return;
      }
      const chunks: Buffer[] = [];
      file = chunks;
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('limit', () => fail(tooLarge()));
    });
    parser.on('error', () =>
      fail(new ApiError('BAD_REQUEST', 'The multipart upload is malformed.')),
    );
    parser.on('close', () => {
      if (failed) return;
      if (file) resolve(file);
      else fail(new ApiError('BAD_REQUEST', 'Send the CSV file in a form field named "file".'));
    });
    req.pipe(parser);
  });
}

/** The uploaded CSV text; rejects with an ApiError (BAD_REQUEST 400, PAYLOAD_TOO_LARGE 413, UNSUPPORTED_MEDIA_TYPE 415). */
export async function readCsvUpload(req: Request): Promise<string> {
  const length = Number(req.headers['content-length']);
  if (Number.isFinite(length) && length > MAX_UPLOAD_BYTES + 64 * 1024) throw tooLarge();
  const type = (req.headers['content-type'] ?? '').toLowerCase();
  if (type.startsWith('multipart/form-data')) return decode(await readMultipart(req));
  if (type.startsWith('text/csv') || type.startsWith('text/plain'))
    return decode(await readRaw(req));
  throw new ApiError(
    'UNSUPPORTED_MEDIA_TYPE',
    'Upload the file as multipart/form-data (field "file") or as a text/csv body.',
  );
}

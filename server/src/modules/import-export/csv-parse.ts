/**
 * Reads an uploaded CSV file into rows keyed by canonical column names. Accepts what spreadsheets export:
 * `,` or `;` as delimiter (detected from the header line), a UTF-8 byte order mark, quoted fields with
 * delimiters, doubled quotes and line breaks inside. Row numbers are those a spreadsheet shows: header = row 1.
 */
import { COLUMNS, columnFor, wordImportMessage } from '@nzr/graph-schema';
import type {
  CsvProblem,
  ImportKind,
  ImportMessageCode,
  ImportMessageParams,
  ImportRowError,
} from '@nzr/graph-schema';
import { CsvError, parse } from 'csv-parse/sync';
import type { Info } from 'csv-parse/sync';
import { unescapeFormula } from './csv-formula.js';

export const MAX_ROWS = 20_000;
/** Far more than any import kind has; a header of 600,000 columns used to hold the server for 13 s. */
export const MAX_COLUMNS = 100;
/** Characters per row: ten description-length cells and more, far below the 5 MB upload limit. */
export const MAX_ROW_CHARS = 100_000;

/** A problem of one row (or of the whole file, column null), as the import report lists it. */
export type RowError = ImportRowError;

/** A report row: the code and its parameters, and the English message derived from them. */
export function rowError(
  row: number,
  column: string | null,
  code: ImportMessageCode,
  params?: ImportMessageParams,
): RowError {
  const message = wordImportMessage({ code, params }, 'en');
  return params === undefined
    ? { row, column, message, code }
    : { row, column, message, code, params };
}

export interface CsvRow {
  readonly row: number;
  /** Trimmed values by canonical column name; empty cells are absent. */
  readonly values: ReadonlyMap<string, string>;
}

export interface ParsedCsv {
  readonly delimiter: ',' | ';';
  readonly rows: CsvRow[];
  /** File-level problems (unreadable CSV, unknown or missing columns, wrong column counts). */
  readonly errors: RowError[];
}

/** Raised when a file has more data rows than MAX_ROWS (or columns than MAX_COLUMNS); the API answers 400. */
export class TooManyRowsError extends Error {
  override readonly name = 'TooManyRowsError';
}

/**
 * The header line (outside quotes): `;` as delimiter when it holds more semicolons than commas, else `,`, and
 * how many columns it names. One linear pass over the first line only, before the parser sees the file.
 */
export function scanHeader(text: string): { delimiter: ',' | ';'; columns: number } {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && char === ',') commas++;
    else if (!quoted && char === ';') semicolons++;
  }
  return semicolons > commas
    ? { delimiter: ';', columns: semicolons + 1 }
    : { delimiter: ',', columns: commas + 1 };
}

export const detectDelimiter = (text: string): ',' | ';' => scanHeader(text).delimiter;

interface Record_ {
  readonly record: string[];
  readonly info: Info;
}

const CSV_PROBLEMS: Readonly<Record<string, CsvProblem>> = {
  CSV_MAX_RECORD_SIZE: 'rowTooLong',
  CSV_QUOTE_NOT_CLOSED: 'quoteNotClosed',
  CSV_INVALID_CLOSING_QUOTE: 'textAfterQuote',
  INVALID_OPENING_QUOTE: 'quoteInField',
};

function readRecords(text: string, delimiter: ',' | ';'): Record_[] | RowError {
  try {
    return parse(text, {
      bom: true,
      delimiter,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      info: true,
      max_record_size: MAX_ROW_CHARS,
      // One more than allowed (plus the header) is enough to know the file is too long.
      to: MAX_ROWS + 2,
    }) as unknown as Record_[];
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const context = error as CsvError & { records?: number; empty_lines?: number };
    const row = (context.records ?? 0) + (context.empty_lines ?? 0) + 1;
    return rowError(row, null, 'csvUnreadable', {
      problem: CSV_PROBLEMS[error.code] ?? 'unreadable',
    });
  }
}

export function parseCsv(kind: ImportKind, text: string): ParsedCsv {
  const { delimiter, columns: headerColumns } = scanHeader(text.replace(/^\uFEFF/, ''));
  if (headerColumns > MAX_COLUMNS) {
    throw new TooManyRowsError(
      `The header names ${headerColumns.toLocaleString('en')} columns; an import reads at most ${MAX_COLUMNS}.`,
    );
  }
  const records = readRecords(text, delimiter);
  if (!Array.isArray(records)) return { delimiter, rows: [], errors: [records] };
  const [header, ...data] = records;
  if (!header)
    return {
      delimiter,
      rows: [],
      errors: [rowError(1, null, 'fileEmpty')],
    };
  if (data.length > MAX_ROWS) {
    throw new TooManyRowsError(
      `The file has more than ${MAX_ROWS.toLocaleString('en')} data rows; split it into smaller files.`,
    );
  }
  const errors: RowError[] = [];
  const columns = header.record.map((name) => {
    const column = columnFor(kind, name);
    if (!column && name.trim() !== '') {
      errors.push(rowError(1, name.trim(), 'unknownColumn', { kind }));
    }
    return column?.name;
  });
  for (const required of COLUMNS[kind].filter((c) => c.required)) {
    if (!columns.includes(required.name)) {
      errors.push(rowError(1, required.name, 'requiredColumnMissing'));
    }
  }
  const seen = new Set<string>();
  for (const name of columns) {
    if (name && seen.has(name)) errors.push(rowError(1, name, 'columnTwice'));
    if (name) seen.add(name);
  }
  const rows = data.map(({ record, info }) => {
    const row = info.records + info.empty_lines;
    if (record.length !== header.record.length) {
      errors.push(
        rowError(row, null, 'cellCount', {
          cells: record.length,
          header: header.record.length,
        }),
      );
    }
    const values = new Map<string, string>();
    record.forEach((cell, index) => {
      const name = columns[index];
      // A cell the export defused against formulas ('=…) comes back as the original text.
      const value = unescapeFormula(cell.trim());
      if (name && value !== '') values.set(name, value);
    });
    return { row, values };
  });
  return { delimiter, rows, errors };
}

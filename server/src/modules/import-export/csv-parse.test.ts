import { describe, expect, it } from 'vitest';
import {
  MAX_COLUMNS,
  MAX_ROW_CHARS,
  MAX_ROWS,
  TooManyRowsError,
  detectDelimiter,
  parseCsv,
} from './csv-parse.js';
import { rowMessages } from '../../../test-support/import-export/import-store.js';

const values = (text: string) =>
  parseCsv('topics', text).rows.map((row) => Object.fromEntries(row.values));

describe('csv-parse', () => {
  it('detects the delimiter from the header line, ignoring quoted text', () => {
    expect(detectDelimiter('key;name;"a,b,c"\n1;2;3')).toBe(';');
    expect(detectDelimiter('key,name\n"x;y;z",2')).toBe(',');
  });

  it('strips the byte order mark and reads German headers', () => {
    const parsed = parseCsv(
      'topics',
      '\uFEFFSchlüssel;Bezeichnung;Oberthema\ncycling;Radverkehr;transport\n',
    );
    expect(parsed.errors).toEqual([]);
    expect(parsed.delimiter).toBe(';');
    expect(parsed.rows).toEqual([
      {
        row: 2,
        values: new Map([
          ['key', 'cycling'],
          ['name', 'Radverkehr'],
          ['parent_key', 'transport'],
        ]),
      },
    ]);
  });

  it('numbers rows as a spreadsheet does, with line breaks in quotes and blank lines', () => {
    const parsed = parseCsv('topics', 'key,name\na,"Zeile 1\r\nZeile 2"\n\nb,"Sagt ""Hallo"""\n');
    expect(parsed.rows.map((row) => row.row)).toEqual([2, 4]);
    expect(values('key,name\na,"Zeile 1\nZeile 2"\nb,"Sagt ""Hallo"""\n')).toEqual([
      { key: 'a', name: 'Zeile 1\nZeile 2' },
      { key: 'b', name: 'Sagt "Hallo"' },
    ]);
  });

  it('reports unknown, missing and repeated columns on row 1', () => {
    expect(rowMessages(parseCsv('topics', 'key,farbe,key\nx,rot,y\n').errors)).toEqual([
      { row: 1, column: 'farbe', message: 'unknown column for topics' },
      { row: 1, column: 'name', message: 'required column is missing' },
      { row: 1, column: 'key', message: 'column appears twice' },
    ]);
  });

  it('reports rows with the wrong number of cells and unreadable CSV', () => {
    expect(rowMessages(parseCsv('topics', 'key,name\na,b,c\nd\n').errors)).toEqual([
      { row: 2, column: null, message: 'has 3 cells; the header has 2' },
      { row: 3, column: null, message: 'has 1 cells; the header has 2' },
    ]);
    expect(rowMessages(parseCsv('topics', 'key,name\na,b\nc,"offen\n').errors)).toEqual([
      {
        row: 3,
        column: null,
        message: 'Not valid CSV: a quoted field is never closed (missing ").',
      },
    ]);
  });

  it(`accepts ${MAX_ROWS} data rows and refuses one more`, () => {
    const lines = (n: number) =>
      ['key,name', ...Array.from({ length: n }, (_, i) => `k${i},N`)].join('\n');
    expect(parseCsv('topics', lines(MAX_ROWS)).rows).toHaveLength(MAX_ROWS);
    expect(() => parseCsv('topics', lines(MAX_ROWS + 1))).toThrow(TooManyRowsError);
  });

  // Issue 14, item 6: a 600,000-column header held the server for 13 s (600,000 "unknown column" errors).
  it(`refuses a header of more than ${MAX_COLUMNS} columns before parsing, in either delimiter`, () => {
    const header = (n: number, sep: string) =>
      Array.from({ length: n }, (_, i) => (i === 0 ? 'key' : `c${i}`)).join(sep);
    expect(() => parseCsv('topics', `${header(600_000, ',')}\nk,N`)).toThrow(
      /header names 600,000 columns; an import reads at most 100/,
    );
    expect(() => parseCsv('topics', `${header(MAX_COLUMNS + 1, ';')}\nk;N`)).toThrow(
      TooManyRowsError,
    );
    // A quoted header cell may hold delimiters; they are not columns.
    expect(parseCsv('topics', `key,name,"${','.repeat(500)}"\nk,N,x`).errors[0]?.message).toBe(
      'unknown column for topics',
    );
  });

  it(`refuses a row longer than ${MAX_ROW_CHARS.toLocaleString('en')} characters with a clear message`, () => {
    const long = 'x'.repeat(MAX_ROW_CHARS + 1);
    expect(rowMessages(parseCsv('topics', `key,name\nk,${long}\n`).errors)).toEqual([
      {
        row: 2,
        column: null,
        message: 'Not valid CSV: a row is longer than 100,000 characters.',
      },
    ]);
  });
});

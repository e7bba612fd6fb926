import { describe, expect, it } from 'vitest';
import { columnFor, normaliseHeader } from './csv-columns.js';
import { MAX_ROWS, TooManyRowsError, detectDelimiter, parseCsv } from './csv-parse.js';

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
    expect(normaliseHeader(' Längen-Grad ')).toBe('laengen_grad');
    expect(columnFor('institutions', 'Längengrad')?.name).toBe('longitude');
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
    expect(parseCsv('topics', 'key,farbe,key\nx,rot,y\n').errors).toEqual([
      { row: 1, column: 'farbe', message: 'unknown column for topics' },
      { row: 1, column: 'name', message: 'required column is missing' },
      { row: 1, column: 'key', message: 'column appears twice' },
    ]);
  });

  it('reports rows with the wrong number of cells and unreadable CSV', () => {
    expect(parseCsv('topics', 'key,name\na,b,c\nd\n').errors).toEqual([
      { row: 2, column: null, message: 'has 3 cells; the header has 2' },
      { row: 3, column: null, message: 'has 1 cells; the header has 2' },
    ]);
    expect(parseCsv('topics', 'key,name\na,b\nc,"offen\n').errors).toEqual([
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
});

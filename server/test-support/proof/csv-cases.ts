/**
 * fast-check generators of hostile CSV uploads for POST /api/import/:kind: the real column sets with cells that
 * are valid, odd or hostile (formula and script injection, quotes and line breaks, unicode edge cases), broken
 * structure (ragged rows, stray quotes, unknown headers), bad bytes (not UTF-8, NUL) and oversized files.
 */
import { COLUMNS, IMPORT_KINDS } from '@nzr/graph-schema';
import fc from 'fast-check';
import type { Arbitrary } from 'fast-check';
import { INJECTIONS, UNICODE_EDGES, hostileString } from './arbitraries.js';

export interface CsvCase {
  readonly kind: string;
  readonly mode: 'dry-run' | 'apply';
  readonly contentType: string;
  readonly body: Uint8Array;
}

/** Cell values that the importer may well accept, per column name. */
const PLAUSIBLE: Readonly<Record<string, readonly string[]>> = {
  id: ['ins-fz-1', 'ins-fz-2', 'per-fz-1', 'coop-fz-1', 'ins-energie-goerlitz', 'per-anna'],
  kind: ['association', 'Verein', 'school', 'project', 'Austausch', 'bogus'],
  sector: ['civil_society', 'Zivilgesellschaft', 'education', 'Unbekannt'],
  visibility: ['public', 'members', 'Mitglieder', 'coordinators', 'secret'],
  consent_date: ['2025-01-15', '15.03.2024', '2024-02-30', '31.02.2024'],
  email: ['jana@example.org', 'not-an-email', 'a@b'],
  url: ['https://example.org', 'javascript:alert(1)', 'ftp://x'],
  latitude: ['51,05', '51.05', '91', 'NaN', '1e308'],
  longitude: ['14,8', '14.8', '-181', 'Infinity'],
  municipality_ags: ['14626', '14', '99999999', 'abc'],
  topics: ['energy_climate', 'energy_climate|citizen_energy', 'nope', ''],
  key: ['fz_topic', 'Fz Topic', 'energy_climate'],
  parent_key: ['energy_climate', 'fz_topic', 'missing'],
  from_id: ['ins-energie-goerlitz', 'ins-fz-1', 'per-anna'],
  to_id: ['ins-schule-loebau', 'ins-fz-2', 'ins-energie-goerlitz'],
  from_date: ['2024-01-01', '01.01.2024', '2024-13-01'],
  until_date: ['2023-01-01', '', '2099-12-31'],
  person_id: ['per-anna', 'per-carla', 'per-fz-1'],
  institution_id: ['ins-energie-goerlitz', 'ins-fz-1', 'missing'],
  node_id: ['ins-energie-goerlitz', 'per-bernd', 'reg-14'],
  since: ['2024-05-01', 'gestern'],
  role: ['Vorstand', '=1+1'],
};

const cell = (column: string): Arbitrary<string> =>
  fc.oneof(
    {
      weight: 5,
      arbitrary: fc.constantFrom(...(PLAUSIBLE[column] ?? ['Solarverein Zittau e.V.'])),
    },
    { weight: 2, arbitrary: fc.constantFrom(...INJECTIONS, ...UNICODE_EDGES) },
    { weight: 2, arbitrary: hostileString.filter((text) => text.length < 5000) },
    { weight: 1, arbitrary: fc.constant('') },
  );

/** Quotes a cell as a spreadsheet would (or, sometimes, not at all even when it needs it). */
function render(value: string, quote: boolean): string {
  if (!quote) return value;
  return `"${value.replaceAll('"', '""')}"`;
}

const document = fc
  .record({
    kind: fc.oneof(
      { weight: 9, arbitrary: fc.constantFrom(...IMPORT_KINDS) },
      { weight: 1, arbitrary: fc.constantFrom('accounts', '..', 'Institutions') },
    ),
    delimiter: fc.constantFrom(',', ';', '\t', '|'),
    bom: fc.boolean(),
    quoteAll: fc.boolean(),
    extraHeader: fc.option(fc.constantFrom('password', 'visibility', '=cmd', 'ID', ''), {
      nil: undefined,
    }),
    dropColumn: fc.boolean(),
    rows: fc.integer({ min: 0, max: 12 }),
  })
  .chain((shape) => {
    const columns = (COLUMNS[shape.kind as keyof typeof COLUMNS] ?? COLUMNS.institutions).map(
      (column) => column.name,
    );
    const header = shape.dropColumn ? columns.slice(1) : columns;
    const names = shape.extraHeader === undefined ? header : [...header, shape.extraHeader];
    const row = fc.tuple(...names.map((name) => cell(name)));
    return fc.record({
      shape: fc.constant(shape),
      names: fc.constant(names),
      rows: fc.array(row, { minLength: shape.rows, maxLength: shape.rows }),
      ragged: fc.boolean(),
    });
  })
  .map(({ shape, names, rows, ragged }) => {
    const line = (cells: readonly string[]): string =>
      cells.map((value) => render(value, shape.quoteAll)).join(shape.delimiter);
    const lines = [
      line(names),
      ...rows.map((cells, i) => line(ragged && i === 0 ? cells.slice(1) : cells)),
    ];
    return { kind: shape.kind, text: `${shape.bom ? '\ufeff' : ''}${lines.join('\r\n')}` };
  });

/** Institutions with valid ids and enums and hostile text (often valid): these get applied. */
const cleanInstitutions = fc
  .array(
    fc.record({
      n: fc.integer({ min: 1, max: 40 }),
      name: fc.constantFrom(...INJECTIONS, ...UNICODE_EDGES),
      description: fc.constantFrom(...INJECTIONS, '- Liste', '@home', '+49 351 123'),
    }),
    { minLength: 1, maxLength: 5 },
  )
  .map((rows) => {
    const unique = [...new Map(rows.map((row) => [row.n, row])).values()];
    const lines = unique.map((row) =>
      [`ins-fz-${row.n}`, row.name, 'Verein', 'Bildung', row.description, '14626110']
        .map((value) => render(value, true))
        .join(';'),
    );
    return {
      kind: 'institutions',
      text: ['id;name;kind;sector;description;municipality_ags', ...lines].join('\n'),
    };
  });

const encoder = new TextEncoder();

/** Raw bytes that are not what they claim to be. */
const badBytes: Arbitrary<Uint8Array> = fc.oneof(
  fc.uint8Array({ maxLength: 300 }),
  fc.constant(Uint8Array.from([0x69, 0x64, 0x0a, 0xff, 0xfe, 0x00, 0xc3, 0x28])),
  fc.constant(encoder.encode('id,name,kind,sector\nins-x,M\u00fcller\u0000,Verein,Bildung\n')),
  fc.constant(Uint8Array.from([...encoder.encode('id,name,kind,sector\nins-x,'), 0xe4, 0x0a])),
);

/** Files over the limits: more than 20,000 rows, more than 5 MB. */
const oversized: Arbitrary<Uint8Array> = fc.constantFrom(
  encoder.encode(`id;name;kind;sector\n${'ins-big;Groß;Verein;Bildung\n'.repeat(20_001)}`),
  encoder.encode(
    `id;name;kind;sector\nins-big;${'x'.repeat(5 * 1024 * 1024 + 10)};Verein;Bildung\n`,
  ),
);

export const csvCase: Arbitrary<CsvCase> = fc
  .record({
    mode: fc.constantFrom<'dry-run' | 'apply'>('dry-run', 'apply'),
    contentType: fc.oneof(
      { weight: 8, arbitrary: fc.constant('text/csv') },
      {
        weight: 1,
        arbitrary: fc.constantFrom(
          'text/plain; charset=latin1',
          'application/json',
          'multipart/form-data; boundary=x',
          '',
        ),
      },
    ),
    content: fc.oneof(
      { weight: 7, arbitrary: document },
      { weight: 3, arbitrary: cleanInstitutions },
      { weight: 1, arbitrary: badBytes.map((bytes) => ({ kind: 'institutions', bytes })) },
      { weight: 1, arbitrary: oversized.map((bytes) => ({ kind: 'institutions', bytes })) },
    ),
  })
  .map(({ mode, contentType, content }) => {
    const body = 'text' in content ? encoder.encode(content.text) : content.bytes;
    const shownBody = new TextDecoder().decode(body.slice(0, 300));
    return {
      kind: content.kind,
      mode,
      contentType,
      body,
      [fc.toStringMethod]: () =>
        `${mode} ${content.kind} (${contentType}, ${body.length} bytes): ${shownBody}`,
    };
  });

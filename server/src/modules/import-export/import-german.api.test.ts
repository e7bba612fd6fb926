/**
 * Issue 12, item 4: a German coordinator imports what German Excel writes (semicolons, Windows-1252 or UTF-8
 * with a byte order mark), names themes and sectors as the UI shows them, reads every message in German and
 * gets counts that only promise the rows without errors. Through the real server over HTTP.
 */
import { IMPORT_KINDS, importTemplate, regionId, wordImportMessage } from '@nzr/graph-schema';
import type { ImportReport } from '@nzr/graph-schema';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tinyNetwork } from '../../../test-support/api/tiny-network.js';
import { startImportServer } from '../../../test-support/import-export/import-server.js';
import type { ImportServer } from '../../../test-support/import-export/import-server.js';
import { fixture } from '../../../test-support/import-export/import-store.js';

let s: ImportServer;
beforeAll(async () => {
  // Zittau as a municipality of the tiny network's Landkreis Görlitz, for the templates' example rows.
  s = await startImportServer(tinyNetwork().region('14626610', 'Zittau', 'municipality').batch());
});
afterAll(() => s.close());

/** As German Excel saves "CSV (Trennzeichen-getrennt)": semicolons, CRLF, Windows-1252. */
const GERMAN_EXCEL = [
  'Kennung;Name;Art;Sektor;Themen',
  'ins-de-solar;Solarverein Zittau e.V.;Verein;Zivilgesellschaft;Bürgerenergie|Klimaanpassung',
  'ins-de-schule;Oberschule Löbau;  schule ;BILDUNG;BNE in der Schule',
  'ins-de-kirche;Ev. Kirchgemeinde Görlitz;Kirchgemeinde;Religion;Fairer Handel',
  'ins-de-falsch;Stadtwerke Zittau GmbH;Unternehmen;Energiewirtschaft;Bürgerenergie',
  'ins-de-rad;Radhaus Görlitz;Unternehmen;Wirtschaft;  radverkehr ',
].join('\r\n');

const report = async (response: Response): Promise<ImportReport> => {
  expect(response.status).toBe(200);
  return (await response.json()) as ImportReport;
};

function firstError(dry: ImportReport) {
  const [error] = dry.errors;
  if (!error) throw new Error('the report lists no error');
  return error;
}

describe('import for German coordinators', () => {
  it('reads a Windows-1252 file with semicolons and German names of kinds, sectors and themes', async () => {
    const bytes = iconv.encode(GERMAN_EXCEL, 'windows-1252');
    expect(bytes.includes(0xfc)).toBe(true); // ü as one Windows-1252 byte: not UTF-8
    const dry = await report(await s.upload('institutions', 'dry-run', bytes));
    expect(dry).toMatchObject({ rows: 5, valid: 4 });
    expect(dry.errors).toHaveLength(1);
    const [error] = dry.errors;
    expect(error).toMatchObject({ row: 5, column: 'sector', code: 'notOneOf' });
    // The bad row's own message, in German, with the sectors' German names.
    const german = wordImportMessage(firstError(dry), 'de');
    expect(german).toContain('muss einer dieser Werte sein: Zivilgesellschaft');
    expect(german).not.toMatch(/must|civil_society/);
  });

  it('counts in the dry run only what the rows without errors would write', async () => {
    const bytes = iconv.encode(GERMAN_EXCEL, 'windows-1252');
    const dry = await report(await s.upload('institutions', 'dry-run', bytes));
    // Five rows, one of them wrong: four new organisations, not five (issue 12: "5 neu").
    expect(dry.counts.nodes).toEqual({ Institution: { created: 4, updated: 0 } });
    // Two themes for the first row, one for each of the other three valid rows.
    expect(dry.counts.relationships).toEqual({ WORKS_ON: { created: 5, updated: 0 } });
  });

  it('applies the file once the bad row is fixed, with themes named in German', async () => {
    const fixed = GERMAN_EXCEL.replace('Energiewirtschaft', 'Wirtschaft');
    const applied = await report(
      await s.upload('institutions', 'apply', iconv.encode(fixed, 'windows-1252')),
    );
    expect(applied).toMatchObject({ applied: true, rows: 5, valid: 5 });
    const [solar] = await s.store.getNodes(['ins-de-solar']);
    expect(solar?.properties).toMatchObject({
      name: 'Solarverein Zittau e.V.',
      kind: 'association',
      sector: 'civil_society',
    });
    const [schule, rad] = await s.store.getNodes(['ins-de-schule', 'ins-de-rad']);
    expect(schule?.properties).toMatchObject({ kind: 'school', sector: 'education' });
    expect(rad?.properties).toMatchObject({ name: 'Radhaus Görlitz' });
    const worksOn = await s.store.getRelationships([
      { type: 'WORKS_ON', id: 'wo:ins-de-solar:top-citizen_energy' },
      { type: 'WORKS_ON', id: 'wo:ins-de-rad:top-cycling' },
    ]);
    expect(worksOn.map((rel) => rel.to)).toEqual(['top-citizen_energy', 'top-cycling']);
  });

  it('reads UTF-8 with a byte order mark and semicolons', async () => {
    const text = '\uFEFFid;Themen\r\nins-de-solar;Außerschulisches Lernen;\r\n';
    const dry = await report(await s.upload('themes', 'dry-run', text));
    // The extra empty cell is a wrong cell count, worded in German too.
    expect(dry.errors.map((e) => [e.row, e.code])).toEqual([[2, 'cellCount']]);
    expect(wordImportMessage(firstError(dry), 'de')).toBe('hat 3 Zellen, die Kopfzeile aber 2');
    const clean = await report(
      await s.upload(
        'themes',
        'dry-run',
        '\uFEFFid;Themen\r\nins-de-solar;Außerschulisches Lernen\r\n',
      ),
    );
    expect(clean).toMatchObject({ valid: 1, errors: [] });
  });

  it('names an unknown theme in its message, in German', async () => {
    const dry = await report(
      await s.upload('themes', 'dry-run', 'id;Themen\nins-de-solar;Windräder\n'),
    );
    expect(dry.errors).toEqual([
      {
        row: 2,
        column: 'topics',
        code: 'unknownTopicName',
        params: { value: 'Windräder' },
        message: 'Windräder is neither a topic key nor a topic name',
      },
    ]);
    expect(wordImportMessage(firstError(dry), 'de')).toMatch(/^„Windräder“ ist weder/);
  });

  it('words every error of the invalid fixtures in German and English from its code', async () => {
    for (const kind of ['institutions', 'persons', 'cooperations'] as const) {
      const dry = await report(
        await s.upload(kind, 'dry-run', await fixture(`${kind}.invalid.csv`)),
      );
      expect(dry.errors.length, kind).toBeGreaterThan(0);
      for (const error of dry.errors) {
        // The API's English message is the English wording of the code: one source for both.
        expect(wordImportMessage(error, 'en'), `${kind} ${error.code}`).toBe(error.message);
        const german = wordImportMessage(error, 'de');
        expect(german, `${kind} ${error.code}`).not.toBe(error.message);
        expect(german, `${kind} ${error.code}`).not.toMatch(/\b(must|is required|unknown)\b/);
      }
    }
  });

  it('accepts its own templates: header and example row import without errors', async () => {
    for (const kind of ['topics', 'institutions', 'persons', 'memberships', 'themes'] as const) {
      const applied = await report(await s.upload(kind, 'apply', importTemplate(kind)));
      expect(applied, kind).toMatchObject({ applied: true, rows: 1, valid: 1, errors: [] });
    }
    const [zittau] = await s.store.getNodes([regionId('14626610')]);
    expect(zittau).toBeDefined();
    // The others' example rows name nodes the file kinds above do not create; their headers are complete.
    for (const kind of IMPORT_KINDS) {
      const header = (importTemplate(kind).split('\r\n')[0] ?? '').replace('\uFEFF', '');
      const dry = await report(await s.upload(kind, 'dry-run', `${header}\r\n`));
      expect(dry.errors, kind).toEqual([]);
    }
  });
});

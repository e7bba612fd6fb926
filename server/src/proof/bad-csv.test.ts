/**
 * Bad input (issue 6, item 5), part 2: property-based fuzzing of the CSV import over HTTP. Every upload ends
 * in a clear answer (200, or a 4xx with an allow-listed code; never 500, never a stack trace); a dry run never
 * writes; an apply that is refused writes nothing; an accepted apply leaves the store consistent. After each
 * accepted apply the CSV export must defuse spreadsheet formulas (cells starting with = + @ -).
 */
import 'reflect-metadata';
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_NETWORK } from '../../test-support/api/api-network.js';
import { startTestApi } from '../../test-support/api/test-server.js';
import type { TestApi } from '../../test-support/api/test-server.js';
import { ApiClient, INTERNALS, errorCodes } from '../../test-support/proof/api-client.js';
import { INJECTIONS } from '../../test-support/proof/arbitraries.js';
import { csvCase } from '../../test-support/proof/csv-cases.js';
import type { CsvCase } from '../../test-support/proof/csv-cases.js';
import { dumpStore, inconsistencies } from '../../test-support/proof/fingerprint.js';
import { PROOF_SEED, SCALE, TIMEOUTS } from '../../test-support/proof/scale.js';

const CLEAR_IMPORT_CODES = new Set([
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'NOT_FOUND',
  'CONFLICT',
  'IMPORT_TOO_LARGE',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
]);
/** A cell a spreadsheet would run as a formula: any start with = + @ - tab CR, except a plain number. */
const FORMULA = /^[=+@\t\r-]/;
const PLAIN_NUMBER = /^-?\d+(?:[.,]\d+)?(?:e[+-]?\d+)?$/i;

let api: TestApi;
let coordinator: ApiClient;
const tally = { applied: 0, dryRuns: 0, refused: 0 };
const statuses = new Map<number, number>();

beforeAll(async () => {
  api = await startTestApi({ fixture: API_NETWORK });
  coordinator = new ApiClient(api.url, await api.tokenFor('coordinator'));
});
afterAll(async () => {
  console.log(
    `bad-csv proof: ${tally.applied} applied, ${tally.dryRuns} dry runs answered, ${tally.refused} refused; statuses ${JSON.stringify(Object.fromEntries(statuses))}`,
  );
  await api.close();
});

async function expectFormulasDefused(): Promise<void> {
  for (const part of ['nodes', 'edges']) {
    const exported = await coordinator.raw(`/api/export?format=csv&part=${part}`);
    expect(exported.status).toBe(200);
    const rows = parse(exported.text.replace(/^\ufeff/, ''), {
      relax_column_count: true,
    }) as string[][];
    for (const cell of rows.flat()) {
      if (!PLAIN_NUMBER.test(cell)) expect(cell, 'formula in the CSV export').not.toMatch(FORMULA);
    }
  }
}

async function check(sample: CsvCase): Promise<void> {
  const before = await dumpStore(api.store);
  const response = await coordinator.raw(
    `/api/import/${encodeURIComponent(sample.kind)}?mode=${sample.mode}`,
    {
      method: 'POST',
      headers: sample.contentType ? { 'content-type': sample.contentType } : {},
      body: sample.body,
    },
  );
  statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
  const shown = `${fc.stringify(sample)} → ${response.status} ${response.text.slice(0, 400)}`;
  expect(response.status, shown).toBeLessThan(500);
  expect(response.text, shown).not.toMatch(INTERNALS);
  const body = JSON.parse(response.text) as { applied?: boolean };
  if (response.status !== 200) {
    // Every error, the import's own and those of paths outside it (e.g. /api/import/..), in the GraphQL shape.
    const codes = errorCodes(body);
    expect(codes.length, `no error code: ${shown}`).toBeGreaterThan(0);
    for (const code of codes) {
      expect(CLEAR_IMPORT_CODES.has(code), `unclear code ${code}: ${shown}`).toBe(true);
    }
  }
  const after = await dumpStore(api.store);
  if (response.status === 200 && sample.mode === 'apply') {
    tally.applied++;
    expect(body.applied, shown).toBe(true);
    expect(inconsistencies(after), shown).toEqual([]);
    await expectFormulasDefused();
    return;
  }
  if (response.status === 200) tally.dryRuns++;
  else tally.refused++;
  expect(after, `the store changed: ${shown}`).toEqual(before);
}

describe('the CSV import answers hostile files clearly and all or nothing', () => {
  it('defuses every formula payload on the way out (import, then CSV export)', async () => {
    const payloads = INJECTIONS.filter((text) => /^[=+@-]/.test(text));
    const quoted = (text: string): string => `"${text.replaceAll('"', '""')}"`;
    const rows = payloads.map(
      (text, i) => `ins-formula-${i};${quoted(text)};Verein;Bildung;${quoted(text)};14626110`,
    );
    // Located in Görlitz, so that the export of everything on the map includes them.
    const csv = ['id;name;kind;sector;description;municipality_ags', ...rows].join('\n');
    const response = await coordinator.importCsv('institutions', csv, 'apply');
    expect(response.status, response.text).toBe(200);
    await expectFormulasDefused();
  });

  it(
    'never fails, never writes on a dry run or a refused apply',
    async () => {
      await fc.assert(
        fc.asyncProperty(csvCase, (sample) => check(sample)),
        { seed: PROOF_SEED, numRuns: SCALE.csvRuns, endOnFailure: true },
      );
      expect(tally.applied + tally.dryRuns).toBeGreaterThan(0);
    },
    TIMEOUTS.csv,
  );
});

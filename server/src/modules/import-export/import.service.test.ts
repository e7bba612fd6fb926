import { readFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ForbiddenError, UnauthenticatedError, viewerFor } from '../../auth/viewer.js';
import { ImportTooLargeError } from './import-plan.js';
import { ImportRejectedError, ImportService } from './import.service.js';
import {
  fixture,
  openTestStore,
  rowMessages,
} from '../../../test-support/import-export/import-store.js';
import type { TestStore } from '../../../test-support/import-export/import-store.js';

let t: TestStore;
let service: ImportService;
beforeEach(async () => {
  t = await openTestStore();
  service = new ImportService(t.store, viewerFor('coordinator', 'acc-coord'));
});
afterEach(() => t.close());

const node = async (id: string) => (await t.store.getNodes([id]))[0];

describe('import dry run', () => {
  it('reports institution errors by spreadsheet row and column', async () => {
    const report = await service.dryRun('institutions', await fixture('institutions.invalid.csv'));
    expect(report).toMatchObject({ rows: 9, valid: 0, applied: false, errorsTruncated: false });
    expect(rowMessages(report.errors)).toEqual([
      {
        row: 2,
        column: 'kind',
        message:
          'must be one of association, initiative, municipality, administration, business, school, ' +
          'university, education_provider, parish, research_institute, media, professional_association',
      },
      { row: 3, column: 'name', message: 'is required' },
      { row: 4, column: 'latitude', message: 'latitude must be a number from -90 to 90' },
      { row: 5, column: 'id', message: 'ins-bad-1 already appears in row 2' },
      {
        row: 6,
        column: 'municipality_ags',
        message: 'no region reg-14999 in the database (unknown AGS)',
      },
      {
        row: 7,
        column: 'topics',
        message: 'unknown topic top-unknown_topic: not in this file or the database',
      },
      { row: 8, column: 'name', message: 'contains control characters' },
      { row: 9, column: null, message: 'has 7 cells; the header has 8' },
      { row: 10, column: 'longitude', message: 'give latitude and longitude together' },
    ]);
  });

  it('reports person errors: bad date, enum, e-mail, references, label clashes', async () => {
    const report = await service.dryRun('persons', await fixture('persons.invalid.csv'));
    expect(rowMessages(report.errors)).toEqual([
      { row: 2, column: 'consent_date', message: 'must be a date YYYY-MM-DD' },
      { row: 3, column: 'visibility', message: 'must be one of public, members, coordinators' },
      { row: 4, column: 'email', message: 'must be an e-mail address' },
      {
        row: 5,
        column: 'institution_id',
        message: 'unknown Institution ins-does-not-exist: not in this file or the database',
      },
      { row: 6, column: 'role', message: 'needs an institution_id' },
      {
        row: 7,
        column: 'id',
        message: 'ins-gruene-liga is already an Institution in the database',
      },
      { row: 8, column: 'institution_id', message: 'per-anna is a Person, not an Institution' },
    ]);
  });

  it('reports cooperation errors, counting rows across quoted line breaks', async () => {
    const report = await service.dryRun('cooperations', await fixture('cooperations.invalid.csv'));
    expect(rowMessages(report.errors)).toEqual([
      { row: 2, column: 'from_date', message: 'is required' },
      { row: 3, column: 'to_id', message: 'must differ from from_id' },
      { row: 4, column: 'until_date', message: 'is before from_date' },
      { row: 5, column: 'to_id', message: 'per-anna is a Person, not an Institution' },
      {
        row: 6,
        column: 'kind',
        message: 'must be one of project, exchange, funding, service, alliance',
      },
    ]);
  });

  it('writes nothing and predicts counts', async () => {
    const before = await t.store.stats();
    const report = await service.dryRun('institutions', await fixture('institutions.valid.csv'));
    expect(report).toMatchObject({ rows: 3, valid: 3, errors: [] });
    expect(report.counts).toEqual({
      nodes: { Institution: { created: 3, updated: 0 } },
      relationships: {
        LOCATED_IN: { created: 2, updated: 0 },
        WORKS_ON: { created: 5, updated: 0 },
      },
    });
    expect(await t.store.stats()).toEqual(before);
  });
});

describe('import apply', () => {
  it('imports every valid file kind with counts, umlauts, German values and line breaks', async () => {
    const files = [
      'institutions',
      'topics',
      'persons',
      'cooperations',
      'memberships',
      'themes',
    ] as const;
    const reports = [];
    for (const kind of files)
      reports.push(await service.apply(kind, await fixture(`${kind}.valid.csv`)));
    expect(reports.map((r) => [r.kind, r.applied, r.rows, r.valid])).toEqual([
      ['institutions', true, 3, 3],
      ['topics', true, 3, 3],
      ['persons', true, 3, 3],
      ['cooperations', true, 2, 2],
      ['memberships', true, 2, 2],
      ['themes', true, 2, 2],
    ]);
    expect(reports[0]?.totals).toEqual({
      nodesCreated: 3,
      nodesUpdated: 0,
      relationshipsCreated: 7,
      relationshipsUpdated: 0,
    });
    expect(reports[1]?.counts).toEqual({
      nodes: { Topic: { created: 3, updated: 0 } },
      relationships: { PART_OF: { created: 3, updated: 0 } },
    });
    expect((await node('ins-imp-solar'))?.properties).toEqual({
      name: 'Solarverein Weißwasser e.V.',
      kind: 'association',
      sector: 'civil_society',
      description: 'Bürger:innen bauen Solaranlagen;\r\nauch auf Schuldächern',
      url: 'https://solar.example.org',
      address: 'Straße des Friedens 1, 02943 Weißwasser',
      location: { latitude: 51.5, longitude: 14.64 },
    });
    expect((await node('ins-imp-rad'))?.properties.description).toBe('Sagt "Servus" zum Auto');
    expect((await node('per-imp-otto'))?.properties).toEqual({
      name: 'Otto Groß',
      visibility: 'members',
      consentDate: '2024-03-15',
    });
    const [membership] = await t.store.getRelationships([
      { type: 'MEMBER_OF', id: 'mo:per-imp-otto:ins-imp-solar' },
    ]);
    expect(membership?.properties).toEqual({ role: 'Kassenwart, Gründer' });
    const [coop] = await t.store.getRelationships([{ type: 'COOPERATES_WITH', id: 'coop-imp-2' }]);
    expect(coop?.properties).toEqual({ kind: 'alliance', from: '2023-09-01', until: '2025-12-31' });
  });

  it('writes nothing when one row is bad, and says why', async () => {
    const before = await t.store.stats();
    const good = await fixture('institutions.valid.csv');
    const oneBad = `${good}ins-imp-x;Verein X;Verein;Sektor 9;;;;;;;\r\n`;
    const error = await service.apply('institutions', oneBad).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportRejectedError);
    const { report } = error as ImportRejectedError;
    expect(report).toMatchObject({ applied: false, rows: 4, valid: 3 });
    expect(rowMessages(report.errors)).toEqual([
      {
        row: 5,
        column: 'sector',
        message:
          'must be one of civil_society, administration, business, education, religion, science',
      },
    ]);
    expect(await t.store.stats()).toEqual(before);
    expect(await node('ins-imp-solar')).toBeUndefined();
  });

  it('is idempotent: importing again updates the same nodes and relationships', async () => {
    const text = await fixture('institutions.valid.csv');
    await service.apply('institutions', text);
    const stats = await t.store.stats();
    const again = await service.apply('institutions', text);
    expect(again.counts).toEqual({
      nodes: { Institution: { created: 0, updated: 3 } },
      relationships: {
        LOCATED_IN: { created: 0, updated: 2 },
        WORKS_ON: { created: 0, updated: 5 },
      },
    });
    expect(again.totals).toMatchObject({ nodesCreated: 0, relationshipsCreated: 0 });
    expect(await t.store.stats()).toEqual(stats);
    expect((await node('ins-imp-solar'))?.version).toBe(2);
  });

  it('records one audit entry naming the coordinator', async () => {
    await service.apply('topics', await fixture('topics.valid.csv'));
    const { entries } = await t.store.listAudit({ first: 1 });
    expect(entries[0]).toMatchObject({
      actorId: 'acc-coord',
      action: 'import.apply',
      note: 'topics: 3 rows',
    });
  });

  it('refuses files that exceed one all-or-nothing upsert instead of splitting them', async () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => `ins-${i},"transport|cycling|repair"`);
    const text = ['node_id,topics', ...rows].join('\n');
    await expect(service.dryRun('themes', text)).rejects.toThrow(ImportTooLargeError);
    await expect(service.apply('themes', text)).rejects.toThrow(
      /at most 50000 in one all-or-nothing step/,
    );
  });

  it('needs a coordinator', async () => {
    const text = await fixture('topics.valid.csv');
    const anonymous = new ImportService(t.store, viewerFor('viewer', null));
    const member = new ImportService(t.store, viewerFor('member', 'acc-member'));
    await expect(anonymous.dryRun('topics', text)).rejects.toThrow(UnauthenticatedError);
    await expect(member.apply('topics', text)).rejects.toThrow(ForbiddenError);
    const admin = new ImportService(t.store, viewerFor('admin', 'acc-admin'));
    await expect(admin.dryRun('topics', text)).resolves.toMatchObject({ valid: 3 });
  });

  it('imports the documented examples in docs/examples, in order', async () => {
    const municipalities = [
      ['14626610', 'Zittau', 'reg-14626'],
      ['14626010', 'Bad Muskau', 'reg-14626'],
      ['14713000', 'Leipzig', 'reg-14713'],
    ] as const;
    await t.store.upsert({
      nodes: municipalities.map(([ags, name]) => ({
        label: 'Region' as const,
        id: `reg-${ags}`,
        properties: { name, ags, level: 'municipality' },
      })),
      relationships: municipalities.map(([ags, , parent]) => ({
        type: 'PART_OF' as const,
        id: `po-${ags}`,
        from: `reg-${ags}`,
        to: parent,
        properties: {},
      })),
    });
    const kinds = [
      'topics',
      'institutions',
      'persons',
      'cooperations',
      'memberships',
      'themes',
    ] as const;
    for (const kind of kinds) {
      const url = new URL(`../../../../docs/examples/${kind}.csv`, import.meta.url);
      const report = await service.apply(kind, await readFile(url, 'utf8'));
      expect(report, kind).toMatchObject({ applied: true, errors: [] });
    }
  });
});

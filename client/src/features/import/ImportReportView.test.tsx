import type { ImportReport } from '@nzr/graph-schema';
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setupI18n } from '../../lib/i18n';
import { ImportReportView } from './ImportReportView';
import { importUrl } from './uploadCsv';

const report: ImportReport = {
  kind: 'persons',
  mode: 'dry-run',
  rows: 7,
  valid: 5,
  errors: [
    { row: 2, column: 'consent_date', message: 'must be a date YYYY-MM-DD', code: 'notDate' },
    {
      row: 4,
      column: 'visibility',
      message: 'must be one of public, members, coordinators',
      code: 'notOneOf',
      params: { values: ['public', 'members', 'coordinators'] },
    },
    {
      row: 9,
      column: null,
      message: 'has 7 cells; the header has 8',
      code: 'cellCount',
      params: { cells: 7, header: 8 },
    },
  ],
  errorsTruncated: false,
  withoutConsent: 2,
  counts: {
    nodes: { Person: { created: 6, updated: 1 } },
    relationships: { MEMBER_OF: { created: 2, updated: 0 } },
  },
  applied: false,
};

beforeAll(() => {
  setupI18n('de');
});
afterEach(cleanup);

describe('ImportReportView', () => {
  it('shows rows, valid rows, the errors by row and column, and the counts', () => {
    render(<ImportReportView report={report} />);
    expect(screen.getByRole('heading').textContent).toBe('Ergebnis des Probelaufs');
    expect(screen.getByRole('status').textContent).toBe('7 Zeilen, davon 5 gültig; 3 Fehler.');
    const errors = screen.getByRole('table', { name: 'Fehler nach Zeile und Spalte' });
    expect(
      within(errors)
        .getAllByRole('row')
        .map((row) => row.textContent),
    ).toEqual([
      'ZeileSpalteMeldung',
      '2consent_datemuss ein Datum sein (TT.MM.JJJJ oder JJJJ-MM-TT)',
      '4visibilitymuss einer dieser Werte sein: Öffentlich, Mitglieder, Koordination',
      '9(ganze Zeile)hat 7 Zellen, die Kopfzeile aber 8',
    ]);
    const counts = screen.getByRole('table', { name: 'Anzulegen und zu aktualisieren' });
    expect(
      within(counts)
        .getAllByRole('row')
        .map((row) => row.textContent),
    ).toEqual(['WasNeuAktualisiert', 'Akteur:innen61', 'Mitarbeit / Mitgliedschaft20']);
  });

  it('says how many persons are imported but hidden for lack of consent', () => {
    render(<ImportReportView report={report} />);
    expect(screen.getByText(/2 Personen in der Datei haben kein Einwilligungsdatum/)).toBeTruthy();
  });

  it('says when an apply was rejected or done', () => {
    render(<ImportReportView report={{ ...report, mode: 'apply' }} />);
    expect(screen.getByRole('heading').textContent).toMatch(/abgelehnt/);
    cleanup();
    render(<ImportReportView report={{ ...report, mode: 'apply', applied: true, errors: [] }} />);
    expect(screen.getByRole('heading').textContent).toBe('Import abgeschlossen');
    expect(screen.queryByRole('table', { name: /Fehler/ })).toBeNull();
  });

  it('posts to the documented endpoint', () => {
    expect(importUrl('cooperations', 'dry-run')).toBe('/api/import/cooperations?mode=dry-run');
  });
});

import { describe, expect, it } from 'vitest';
import { COLUMNS, IMPORT_KINDS, columnFor, isImportKind, normaliseHeader } from './csv-columns.js';

describe('CSV columns', () => {
  it('match German headers with umlauts, case and separators folded', () => {
    expect(normaliseHeader(' Längen-Grad ')).toBe('laengen_grad');
    expect(columnFor('institutions', 'Längengrad')?.name).toBe('longitude');
    expect(columnFor('persons', 'E-Mail')?.name).toBe('email');
    expect(columnFor('topics', 'Längengrad')).toBeUndefined();
  });

  it('name each header once per kind, canonical or alias', () => {
    for (const kind of IMPORT_KINDS) {
      const headers = COLUMNS[kind].flatMap((column) => [column.name, ...column.aliases]);
      expect(new Set(headers.map(normaliseHeader)).size).toBe(headers.length);
    }
  });

  it('know their kinds', () => {
    expect(isImportKind('persons')).toBe(true);
    expect(isImportKind('accounts')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { escapeFormula, unescapeFormula } from './csv-formula.js';

describe('formula escaping', () => {
  it('defuses what a spreadsheet would run, and nothing else', () => {
    expect(escapeFormula('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(escapeFormula('-2+3+cmd')).toBe("'-2+3+cmd");
    expect(escapeFormula('\tx')).toBe("'\tx");
    expect(escapeFormula('-12,5')).toBe('-12,5');
    expect(escapeFormula("'plain")).toBe("'plain");
    expect(escapeFormula('Verein')).toBe('Verein');
  });

  it('is undone exactly by the import, apostrophes of the original text included', () => {
    for (const text of [
      '=1',
      "'=1",
      "''=1",
      '+49',
      '@a',
      '-x',
      '-12.5',
      "'",
      "'abc",
      "''",
      '\r\n',
      '',
      'Bürgerenergie',
    ]) {
      expect(unescapeFormula(escapeFormula(text)), JSON.stringify(text)).toBe(text);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { foldText, searchTerms } from './text.js';

describe('search text folding', () => {
  it('folds umlauts and ß the way the standard-folding analyzer does', () => {
    expect(foldText('Görlitz Straße ÄÖÜ')).toBe('gorlitz strasse aou');
    expect(foldText('Łódź Øresund')).toBe('lodz oresund');
  });

  it('splits words at punctuation and drops stop words', () => {
    expect(searchTerms('Energie- und Klimaschutz in the Lausitz!')).toEqual([
      'energie',
      'und',
      'klimaschutz',
      'lausitz',
    ]);
    expect(searchTerms('  ')).toEqual([]);
    expect(searchTerms('"+(*)"')).toEqual([]);
  });

  it('keeps digits and letters of any script', () => {
    expect(searchTerms('Agenda 2030 Дрезден')).toEqual(['agenda', '2030', 'дрезден']);
  });
});

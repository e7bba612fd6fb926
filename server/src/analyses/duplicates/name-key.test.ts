import { describe, expect, it } from 'vitest';
import { nameKey, nameTokens, qualifiers, urlKey } from './name-key.js';
import { diceSimilarity } from './similarity.js';

describe('nameKey', () => {
  it.each([
    ['BUND Ortsgruppe Zittau', 'bund ortsgruppe zittau'],
    ['BUND-Ortsgruppe Zittau e.V.', 'bund ortsgruppe zittau'],
    ['Naturschutzbund Görlitz e. V.', 'naturschutzbund goerlitz'],
    ['Stadtwerke Dresden GmbH', 'stadtwerke dresden'],
    ['Sächsische Energie gGmbH', 'saechsische energie'],
    ['Solar Müller GmbH & Co. KG', 'solar mueller'],
    ['Bürgerenergie Löbau eG', 'buergerenergie loebau'],
    ['Stadt Zittau', 'zittau'],
    ['Gemeinde Oppach', 'oppach'],
    ['Große Kreisstadt Löbau', 'loebau'],
    ['Straßenbahn-Verein', 'strassenbahn verein'],
    ['René Čech', 'rene cech'],
    ['Gemeinde', 'gemeinde'],
    ['', ''],
  ])('%s → "%s"', (name, key) => {
    expect(nameKey(name)).toBe(key);
  });

  it('keeps "Stadtwerke" and "Stadtteil…" (only the word Stadt is a prefix)', () => {
    expect(nameKey('Stadtteilverein Pieschen')).toBe('stadtteilverein pieschen');
  });
});

describe('qualifiers', () => {
  it('are the quarters and numbers of a name, in order', () => {
    expect(qualifiers(nameTokens('Stadtwerke Dresden-Süd GmbH'))).toBe('sued');
    expect(qualifiers(nameTokens('Grundschule 12 Dresden-Nord'))).toBe('12 nord');
    expect(qualifiers(nameTokens('BUND Ortsgruppe Zittau e.V.'))).toBe('');
  });
});

describe('urlKey', () => {
  it('ignores scheme, www, trailing slash and case', () => {
    expect(urlKey('https://www.Bund-Zittau.de/')).toBe('bund-zittau.de');
    expect(urlKey('http://bund-zittau.de')).toBe('bund-zittau.de');
  });
});

describe('diceSimilarity (bigrams of space-padded words)', () => {
  it('is 1 for equal keys and 0 for nothing in common', () => {
    expect(diceSimilarity('zittau', 'zittau')).toBe(1);
    expect(diceSimilarity('ab', 'xy')).toBe(0);
    expect(diceSimilarity('', 'xy')).toBe(0);
  });

  it('counts shared bigrams against all (hand-computed)', () => {
    // " abc " → " a" ab bc "c ", " abd " → " a" ab bd "d ": 2 shared of 8.
    expect(diceSimilarity('abc', 'abd')).toBe(0.5);
    // "zittau" 7 bigrams, "zitau" 6; shared " z" zi it ta au "u " = 6 → 12/13.
    expect(diceSimilarity('zittau', 'zitau')).toBeCloseTo(12 / 13, 12);
  });

  it('keeps different branches of one organisation apart', () => {
    expect(
      diceSimilarity(
        nameKey('Stadtwerke Dresden-Nord GmbH'),
        nameKey('Stadtwerke Dresden-Süd GmbH'),
      ),
    ).toBeLessThan(0.88);
  });
});

import { describe, expect, it } from 'vitest';
import { escapeLuceneTerm, luceneQuery } from './lucene.js';

describe('luceneQuery', () => {
  it('requires every term and makes the last one a prefix', () => {
    expect(luceneQuery('Energie Genossenschaft')).toBe('+energie +genossenschaft*');
    expect(luceneQuery('solar')).toBe('+solar*');
  });

  it('can require every term in the name', () => {
    expect(luceneQuery('Energie Genossenschaft', 'name')).toBe(
      '+name:energie +name:genossenschaft*',
    );
    expect(luceneQuery('the and of', 'name')).toBeNull();
  });

  it('folds like the standard-folding analyzer, because prefix terms are not analysed', () => {
    expect(luceneQuery('Görlitz Straße')).toBe('+gorlitz +strasse*');
    expect(luceneQuery('ÖKO')).toBe('+oko*');
  });

  it('drops stop words and punctuation; nothing searchable gives null', () => {
    expect(luceneQuery('the energy of the future')).toBe('+energy +future*');
    expect(luceneQuery('  ')).toBeNull();
    expect(luceneQuery('the and of')).toBeNull();
    expect(luceneQuery('+-&&||!(){}[]^"~*?:\\/')).toBeNull();
  });

  it('never lets query syntax through', () => {
    for (const text of [
      'a:b',
      'x* OR y',
      'NOT z',
      'foo~2',
      '"quoted"',
      'title:(x)',
      'a\\b',
      'x^3',
    ]) {
      const query = luceneQuery(text) ?? '';
      // Only +term, the final *, letters and digits remain.
      expect(query).toMatch(/^(\+[\p{L}\p{N}]+ )*\+[\p{L}\p{N}]+\*$/u);
    }
  });
});

describe('escapeLuceneTerm', () => {
  it('escapes every special character of the classic query parser', () => {
    expect(escapeLuceneTerm('a+b-c&d|e!f(g)h{i}j[k]l^m"n~o*p?q:r\\s/t')).toBe(
      'a\\+b\\-c\\&d\\|e\\!f\\(g\\)h\\{i\\}j\\[k\\]l\\^m\\"n\\~o\\*p\\?q\\:r\\\\s\\/t',
    );
    expect(escapeLuceneTerm('plain')).toBe('plain');
  });
});

/**
 * Search text normalisation shared by both stores so that they find the same things. It mirrors Neo4j's
 * `standard-folding` Lucene analyzer: split into words, lower-case, fold diacritics (ö → o, ß → ss) and drop
 * Lucene's English stop words (which that analyzer also drops).
 */

const STOP_WORDS = new Set([
  'a',
  'an',
  'and',
  'are',
  'as',
  'at',
  'be',
  'but',
  'by',
  'for',
  'if',
  'in',
  'into',
  'is',
  'it',
  'no',
  'not',
  'of',
  'on',
  'or',
  'such',
  'that',
  'the',
  'their',
  'then',
  'there',
  'these',
  'they',
  'this',
  'to',
  'was',
  'will',
  'with',
]);

/** Lower-case and strip diacritics; ß becomes ss as in Lucene's ASCIIFoldingFilter. */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/ł/g, 'l');
}

/** The words of a text as indexed and searched: folded, split at anything not a letter or digit. */
export function searchTerms(text: string): string[] {
  return foldText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((term) => term !== '' && !STOP_WORDS.has(term));
}

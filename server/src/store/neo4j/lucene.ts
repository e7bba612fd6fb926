/**
 * Search text → Lucene query for the full-text index. The terms come from shared/text.ts searchTerms(), which
 * folds them exactly like the index's `standard-folding` analyzer; that matters for the last term, which is a
 * prefix query and as such is not analysed by Lucene's query parser.
 */
import { searchTerms } from '../shared/text.js';

// Lucene's classic query parser syntax characters, escaped defensively (folded terms hold only letters and
// digits today, but the query must stay a plain term query whatever searchTerms lets through).
const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

export function escapeLuceneTerm(term: string): string {
  return term.replace(SPECIAL, (c) => `\\${c}`);
}

/**
 * Every term required, the last one as a prefix; null when the text has no searchable words. With `field`,
 * every term must match in that indexed property (e.g. `name`), otherwise in any indexed property.
 */
export function luceneQuery(text: string, field?: 'name'): string | null {
  const terms = searchTerms(text);
  if (terms.length === 0) return null;
  return terms
    .map((term, index) => {
      const escaped = escapeLuceneTerm(term);
      // Upper-case AND/OR/NOT are operators; searchTerms lower-cases, but escape the intent anyway.
      const safe = /^(AND|OR|NOT)$/.test(escaped) ? escaped.toLowerCase() : escaped;
      const qualified = field === undefined ? safe : `${field}:${safe}`;
      return index === terms.length - 1 ? `+${qualified}*` : `+${qualified}`;
    })
    .join(' ');
}

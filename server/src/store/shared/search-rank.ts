/**
 * How both stores rank the hits of a text search. Relevance uses only the hit itself: whether every word
 * matched in its name, then its name, then its id. Corpus statistics (BM25, Lucene's IDF and length norms)
 * would count nodes the viewer may not see, so hidden persons could move visible hits or change their
 * scores (docs/security.md); this ranking is independent of every other node by construction, and both
 * stores give the same order.
 */

/** Score of a hit whose every search word matched in the name. */
export const NAME_HIT_SCORE = 2;
/** Score of a hit that matched at least one word only in its description. */
export const TEXT_HIT_SCORE = 1;
/** Score of every hit of a search without words (ordered by name). */
export const NO_TEXT_SCORE = 0;

/** Plain `<` on strings (UTF-16 code units), as Neo4j compares strings in ORDER BY. */
export const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Names in ascending order; a node without a name comes last, as null does in Neo4j's ascending ORDER BY. */
export function byName(a: string | undefined, b: string | undefined): number {
  if (a === undefined) return b === undefined ? 0 : 1;
  if (b === undefined) return -1;
  return byCodeUnits(a, b);
}

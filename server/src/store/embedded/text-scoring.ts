/**
 * Relevance scores of the text index, computed exactly as minisearch 7 computes them for the options the
 * embedded store used when it searched through minisearch (fields name and description without boosts, AND of
 * all terms, the last term also as a prefix, no fuzzy matching), so that hits, their order and their scores
 * did not change when the index stopped building minisearch's per-hit result objects. "Exactly" means the
 * same floating-point operations in the same order: BM25+ per field and term, prefix matches weighted by
 * length, per document summed in the order minisearch sums them (terms in query order; per term the exact
 * term first, then the prefix extensions in radix-tree order; per term name before description), then
 * multiplied by the number of distinct query terms. text-index.test.ts checks it against minisearch itself.
 */

/** minisearch's default BM25 parameters (defaultBM25params) and prefix weight (weights.prefix). */
const K = 1.2;
const B = 0.7;
const D = 0.5;
const PREFIX_WEIGHT = 0.375;

/** Per field of one term: term frequency by document number. */
export type FieldPostings = Map<number, number>;
/** Postings of one term, indexed by field number; a field without occurrences has none. */
export type Postings = (FieldPostings | undefined)[];

/** What the formulas need to know about the indexed documents. */
export interface CorpusStats {
  readonly documentCount: number;
  /** Per field: the running average of the number of distinct terms, as minisearch keeps it. */
  readonly averageLengths: readonly number[];
  /** Per field, by document number: the number of distinct terms. */
  readonly lengths: readonly (readonly number[])[];
}

/** minisearch's calcBM25Score, operation for operation. */
function bm25(
  termFrequency: number,
  matchingCount: number,
  totalCount: number,
  fieldLength: number,
  averageLength: number,
): number {
  const inverseFrequency = Math.log(1 + (totalCount - matchingCount + 0.5) / (matchingCount + 0.5));
  return (
    inverseFrequency *
    (D +
      (termFrequency * (K + 1)) / (termFrequency + K * (1 - B + (B * fieldLength) / averageLength)))
  );
}

/** Weight of a prefix extension `term` of a query term `distance` characters shorter. */
export function prefixWeight(term: string, distance: number): number {
  return (PREFIX_WEIGHT * term.length) / (term.length + 0.3 * distance);
}

/**
 * Per-document score sums of one query term. Reused across queries (they run one at a time): a document's
 * slot is valid when its mark equals the current round, so nothing has to be cleared between terms.
 */
export class TermScores {
  private scores = new Float64Array(1024);
  private marks = new Uint32Array(1024);
  private round = 0;
  /** Documents with a score in this round, in the order they were first scored. */
  docs: number[] = [];

  /** Starts a new term; `size` bounds the document numbers that will be scored. */
  begin(size: number): void {
    if (size > this.scores.length) {
      const length = Math.max(size, this.scores.length * 2);
      this.scores = new Float64Array(length);
      this.marks = new Uint32Array(length);
      this.round = 0;
    }
    this.round++;
    if (this.round === 0xffffffff) {
      this.marks.fill(0);
      this.round = 1;
    }
    this.docs = [];
  }

  has(doc: number): boolean {
    return this.marks[doc] === this.round;
  }

  get(doc: number): number {
    return this.scores[doc] as number;
  }

  /** Adds the postings of one index term with `weight` (1 for the query term itself). */
  add(postings: Postings, weight: number, stats: CorpusStats): void {
    for (let field = 0; field < postings.length; field++) {
      const frequencies = postings[field];
      if (!frequencies) continue;
      const matching = frequencies.size;
      const average = stats.averageLengths[field] as number;
      const lengths = stats.lengths[field] as readonly number[];
      frequencies.forEach((frequency, doc) => {
        const score =
          weight * bm25(frequency, matching, stats.documentCount, lengths[doc] as number, average);
        if (this.marks[doc] === this.round) {
          this.scores[doc] = (this.scores[doc] as number) + score;
        } else {
          this.marks[doc] = this.round;
          this.scores[doc] = score;
          this.docs.push(doc);
        }
      });
    }
  }
}

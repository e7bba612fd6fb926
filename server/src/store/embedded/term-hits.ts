/**
 * Which documents one query term matched, and whether it matched in the name. Reused across queries (they
 * run one at a time): a document's slot is valid when its mark equals the current round, so nothing has to
 * be cleared between terms.
 */

/** Per field of one term: occurrences by document number. */
export type FieldPostings = Map<number, number>;
/** Postings of one term, indexed by field number (0 = name, 1 = description); a field without occurrences has none. */
export type Postings = (FieldPostings | undefined)[];

const NAME_FIELD = 0;

export class TermHits {
  private inName = new Uint8Array(1024);
  private marks = new Uint32Array(1024);
  private round = 0;
  /** Documents matched in this round, in the order they were first matched. */
  docs: number[] = [];

  /** Starts a new term; `size` bounds the document numbers that will be matched. */
  begin(size: number): void {
    if (size > this.marks.length) {
      const length = Math.max(size, this.marks.length * 2);
      this.inName = new Uint8Array(length);
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

  /** Whether the term matched `doc` in its name (valid only when `has(doc)`). */
  matchedInName(doc: number): boolean {
    return this.inName[doc] === 1;
  }

  /** Adds the postings of one index term (the query term itself or one of its prefix extensions). */
  add(postings: Postings): void {
    postings.forEach((occurrences, field) => {
      if (!occurrences) return;
      const name = field === NAME_FIELD ? 1 : 0;
      for (const doc of occurrences.keys()) {
        if (this.marks[doc] === this.round) {
          this.inName[doc] = (this.inName[doc] as number) | name;
        } else {
          this.marks[doc] = this.round;
          this.inName[doc] = name;
          this.docs.push(doc);
        }
      }
    });
  }
}

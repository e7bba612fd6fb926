/**
 * Full-text index over name and description: an inverted index whose terms sit in minisearch's radix tree
 * (SearchableMap), so prefix lookups are cheap. Documents are tokenised with the shared searchTerms (fold,
 * split, drop stop words) exactly like queries, so the embedded store finds what Neo4j's `standard-folding`
 * full-text index finds. Matching rule shared by both stores: every query term must match a term of name or
 * description; the last one as a prefix, others exactly.
 *
 * It keeps minisearch's data layout and bookkeeping (see text-scoring.ts for why the scores must not change)
 * but scores into flat arrays and returns plain parallel arrays. Going through minisearch's `search` built a
 * result object per matching document and sorted them all, which at 100,000 actors (20,000 documents for
 * "Leipzig") cost tens of milliseconds per query when only one page of hits is wanted.
 */
import SearchableMap from 'minisearch/SearchableMap';
import { searchTerms } from '../shared/text.js';
import type { GraphNode } from '../port.js';
import type { CorpusStats, Postings } from './text-scoring.js';
import { TermScores, prefixWeight } from './text-scoring.js';

/** The indexed fields, in minisearch's field order (it sums name before description). */
function fieldsOf(node: GraphNode): string[] {
  const { name, description } = node.properties;
  return [typeof name === 'string' ? name : '', typeof description === 'string' ? description : ''];
}

/** Matching documents: document numbers and scores at the same index, in no particular order; valid until the next write. */
export interface TextMatches {
  readonly docs: readonly number[];
  readonly scores: readonly number[];
  /** The node id of a document number. */
  id(doc: number): string;
}

export class TextIndex {
  private terms = new SearchableMap<Postings>();
  private readonly docOf = new Map<string, number>();
  /** Node id by document number; document numbers of removed nodes are reused. */
  private readonly idOf: (string | undefined)[] = [];
  private readonly free: number[] = [];
  private readonly termScores = new TermScores();
  private documentCount = 0;
  /** Per field (name, description), as CorpusStats describes them. */
  private readonly averageLengths = [0, 0];
  private readonly lengths: number[][] = [[], []];

  add(node: GraphNode): void {
    if (this.docOf.has(node.id)) throw new Error(`text index: ${node.id} is already indexed`);
    const doc = this.free.pop() ?? this.idOf.length;
    this.docOf.set(node.id, doc);
    this.idOf[doc] = node.id;
    this.documentCount += 1;
    fieldsOf(node).forEach((text, field) => {
      const tokens = searchTerms(text);
      const length = new Set(tokens).size;
      // minisearch's addFieldLength: a running average over the documents before this one.
      const before = this.documentCount - 1;
      (this.lengths[field] as number[])[doc] = length;
      const average = this.averageLengths[field] || 0;
      this.averageLengths[field] = (average * before + length) / (before + 1);
      for (const token of tokens) {
        const postings = this.terms.fetch(token, () => []);
        const frequencies = (postings[field] ??= new Map());
        frequencies.set(doc, (frequencies.get(doc) ?? 0) + 1);
      }
    });
  }

  addAll(nodes: readonly GraphNode[]): void {
    for (const node of nodes) this.add(node);
  }

  /** `node` must be the version that was added (it is re-tokenised to find its terms). */
  remove(node: GraphNode): void {
    const doc = this.docOf.get(node.id);
    if (doc === undefined) throw new Error(`text index: ${node.id} is not indexed`);
    fieldsOf(node).forEach((text, field) => {
      const tokens = searchTerms(text);
      const length = new Set(tokens).size;
      // minisearch's removeFieldLength, over the documents including this one.
      const count = this.documentCount;
      this.averageLengths[field] =
        count === 1 ? 0 : ((this.averageLengths[field] as number) * count - length) / (count - 1);
      for (const token of tokens) this.removeOccurrence(token, field, doc);
    });
    this.docOf.delete(node.id);
    this.idOf[doc] = undefined;
    this.free.push(doc);
    this.documentCount -= 1;
  }

  /** Terms leave the tree when their last occurrence goes, as in minisearch (the tree's order depends on it). */
  private removeOccurrence(term: string, field: number, doc: number): void {
    const postings = this.terms.get(term);
    const frequencies = postings?.[field];
    const frequency = frequencies?.get(doc);
    if (!postings || !frequencies || frequency === undefined) return;
    if (frequency > 1) frequencies.set(doc, frequency - 1);
    else if (frequencies.size > 1) frequencies.delete(doc);
    else postings[field] = undefined;
    if (postings.every((entry) => entry === undefined)) this.terms.delete(term);
  }

  clear(): void {
    this.terms = new SearchableMap<Postings>();
    this.docOf.clear();
    this.idOf.length = 0;
    this.free.length = 0;
    this.documentCount = 0;
    this.averageLengths.fill(0);
    for (const lengths of this.lengths) lengths.length = 0;
  }

  /** The nodes matching every term, with scores; `terms` come from searchTerms and are not empty. */
  search(terms: readonly string[]): TextMatches {
    const scores = this.termScores;
    const stats: CorpusStats = {
      documentCount: this.documentCount,
      averageLengths: this.averageLengths,
      lengths: this.lengths,
    };
    let docs: number[] = [];
    let sums: number[] = [];
    for (const [index, term] of terms.entries()) {
      scores.begin(this.idOf.length);
      const exact = this.terms.get(term);
      if (exact) scores.add(exact, 1, stats);
      if (index === terms.length - 1) {
        for (const [extension, postings] of this.terms.atPrefix(term)) {
          const distance = extension.length - term.length;
          if (distance > 0) scores.add(postings, prefixWeight(extension, distance), stats);
        }
      }
      if (index === 0) {
        docs = scores.docs;
        sums = docs.map((doc) => scores.get(doc));
      } else {
        // AND: keep the documents the term matched too, adding its score after the earlier ones.
        const kept: number[] = [];
        const keptSums: number[] = [];
        docs.forEach((doc, at) => {
          if (!scores.has(doc)) return;
          kept.push(doc);
          keptSums.push((sums[at] as number) + scores.get(doc));
        });
        docs = kept;
        sums = keptSums;
      }
      if (docs.length === 0) break;
    }
    // minisearch multiplies by the number of query terms a hit matched: with AND, all distinct terms.
    const quality = new Set(terms).size;
    const idOf = this.idOf;
    return {
      docs,
      scores: sums.map((sum) => sum * quality),
      id: (doc) => idOf[doc] as string,
    };
  }
}

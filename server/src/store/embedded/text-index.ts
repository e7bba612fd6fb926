/**
 * Full-text index over name and description: an inverted index whose terms sit in minisearch's radix tree
 * (SearchableMap), so prefix lookups are cheap. Documents are tokenised with the shared searchTerms (fold,
 * split, drop stop words) exactly like queries, so the embedded store finds what Neo4j's `standard-folding`
 * full-text index finds. Matching rule shared by both stores: every query term must match a term of name or
 * description; the last one as a prefix, others exactly.
 *
 * It ranks nothing itself: it says which documents match and whether every term matched in the name. The
 * ranking (queries.ts, best-hits.ts) uses only that and the document's own name, never corpus statistics,
 * so a hit's rank cannot depend on nodes the viewer may not see (docs/security.md).
 */
import SearchableMap from 'minisearch/SearchableMap';
import { searchTerms } from '../shared/text.js';
import type { GraphNode } from '../port.js';
import type { Postings } from './term-hits.js';
import { TermHits } from './term-hits.js';

/** The indexed fields: name (field 0), then description. */
function fieldsOf(node: GraphNode): string[] {
  const { name, description } = node.properties;
  return [typeof name === 'string' ? name : '', typeof description === 'string' ? description : ''];
}

/** Matching documents with, at the same index, whether every term matched in the name; valid until the next write. */
export interface TextMatches {
  readonly docs: readonly number[];
  readonly allInName: readonly boolean[];
  /** The node id of a document number. */
  id(doc: number): string;
  /** The node's name (undefined for a node without one), which orders hits of equal rank. */
  name(doc: number): string | undefined;
}

export class TextIndex {
  private terms = new SearchableMap<Postings>();
  private readonly docOf = new Map<string, number>();
  /** Node id by document number; document numbers of removed nodes are reused. */
  private readonly idOf: (string | undefined)[] = [];
  private readonly nameOf: (string | undefined)[] = [];
  private readonly free: number[] = [];
  private readonly termHits = new TermHits();

  add(node: GraphNode): void {
    if (this.docOf.has(node.id)) throw new Error(`text index: ${node.id} is already indexed`);
    const doc = this.free.pop() ?? this.idOf.length;
    this.docOf.set(node.id, doc);
    this.idOf[doc] = node.id;
    const { name } = node.properties;
    this.nameOf[doc] = typeof name === 'string' ? name : undefined;
    fieldsOf(node).forEach((text, field) => {
      for (const token of searchTerms(text)) {
        const postings = this.terms.fetch(token, () => []);
        const occurrences = (postings[field] ??= new Map());
        occurrences.set(doc, (occurrences.get(doc) ?? 0) + 1);
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
      for (const token of searchTerms(text)) this.removeOccurrence(token, field, doc);
    });
    this.docOf.delete(node.id);
    this.idOf[doc] = undefined;
    this.nameOf[doc] = undefined;
    this.free.push(doc);
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
    this.nameOf.length = 0;
    this.free.length = 0;
  }

  /** The nodes matching every term; `terms` come from searchTerms and are not empty. */
  search(terms: readonly string[]): TextMatches {
    const hits = this.termHits;
    let docs: number[] = [];
    let allInName: boolean[] = [];
    for (const [index, term] of terms.entries()) {
      hits.begin(this.idOf.length);
      const exact = this.terms.get(term);
      if (exact) hits.add(exact);
      if (index === terms.length - 1) {
        for (const [extension, postings] of this.terms.atPrefix(term)) {
          if (extension.length > term.length) hits.add(postings);
        }
      }
      if (index === 0) {
        docs = hits.docs;
        allInName = docs.map((doc) => hits.matchedInName(doc));
      } else {
        // AND: keep the documents the term matched too.
        const kept: number[] = [];
        const keptInName: boolean[] = [];
        docs.forEach((doc, at) => {
          if (!hits.has(doc)) return;
          kept.push(doc);
          keptInName.push((allInName[at] as boolean) && hits.matchedInName(doc));
        });
        docs = kept;
        allInName = keptInName;
      }
      if (docs.length === 0) break;
    }
    const { idOf, nameOf } = this;
    return { docs, allInName, id: (doc) => idOf[doc] as string, name: (doc) => nameOf[doc] };
  }
}

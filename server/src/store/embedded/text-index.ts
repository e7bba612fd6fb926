/**
 * Full-text index over name and description (minisearch, a radix tree, so prefix lookups are cheap).
 * Documents are tokenised with the shared searchTerms (fold, split, drop stop words) exactly like queries, so
 * the embedded store finds what Neo4j's `standard-folding` full-text index finds. Matching rule shared by both
 * stores: every query term must match a term of name or description; the last one as a prefix, others exactly.
 */
import MiniSearch from 'minisearch';
import { searchTerms } from '../shared/text.js';
import type { GraphNode } from '../port.js';

interface TextDocument {
  readonly id: string;
  readonly name: string;
  readonly description: string;
}

function documentOf(node: GraphNode): TextDocument {
  const { name, description } = node.properties;
  return {
    id: node.id,
    name: typeof name === 'string' ? name : '',
    description: typeof description === 'string' ? description : '',
  };
}

export class TextIndex {
  private index = TextIndex.create();

  private static create(): MiniSearch<TextDocument> {
    return new MiniSearch<TextDocument>({
      fields: ['name', 'description'],
      idField: 'id',
      tokenize: (text) => searchTerms(text),
      processTerm: (term) => term,
    });
  }

  add(node: GraphNode): void {
    this.index.add(documentOf(node));
  }

  addAll(nodes: readonly GraphNode[]): void {
    this.index.addAll(nodes.map(documentOf));
  }

  /** `node` must be the version that was added (minisearch re-tokenises it to find its terms). */
  remove(node: GraphNode): void {
    this.index.remove(documentOf(node));
  }

  clear(): void {
    this.index = TextIndex.create();
  }

  /** Ids and scores of the nodes matching every term; `terms` come from searchTerms and are not empty. */
  search(terms: readonly string[]): { id: string; score: number }[] {
    const last = terms.length - 1;
    return this.index
      .search(terms.join(' '), {
        combineWith: 'AND',
        fuzzy: false,
        prefix: (_term, index) => index === last,
        tokenize: (text) => text.split(' '),
        processTerm: (term) => term,
      })
      .map((result) => ({ id: String(result.id), score: result.score }));
  }
}

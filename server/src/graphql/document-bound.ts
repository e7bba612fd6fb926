/**
 * A cheap bound on a parsed document's shape, checked before graphql-js validates it. The token limit
 * (MAX_QUERY_TOKENS) bounds the document's size, but validation is not linear in it: documents just under that
 * limit took 1-3 s to validate (thousands of operations, a chain of thousands of fragments, one response name
 * repeated 8,000 times: graphql-js compares fields of one name pairwise). One walk over the document, each
 * fragment measured once, refuses those before validation starts.
 */
import { Kind } from 'graphql';
import type { DocumentNode, FragmentDefinitionNode, SelectionSetNode } from 'graphql';

/**
 * The largest documents the client sends have 1 operation, 3 fragments and 84 selections (fragments expanded,
 * `__typename` added by Apollo Client; document-bound.test.ts checks all 58). The cost limit refuses any query above 1,000 fields
 * anyway, so these bounds only refuse documents that would be refused later, only sooner.
 */
export const DOCUMENT_BOUNDS = {
  /** Operation definitions in one document (a request runs one of them). */
  operations: 20,
  /** Fragment definitions in one document. */
  fragments: 100,
  /** Fields, fragment spreads and inline fragments, every fragment spread counted with its contents. */
  selections: 2_000,
} as const;

export type DocumentBounds = { readonly [K in keyof typeof DOCUMENT_BOUNDS]: number };

export interface BoundExceeded {
  readonly limit: keyof typeof DOCUMENT_BOUNDS;
  /** The count, or the first count seen above the bound (counting stops there). */
  readonly count: number;
  readonly max: number;
}

/** The first bound the document exceeds, or undefined when it is within all of them. */
export function exceededBound(
  document: DocumentNode,
  bounds: DocumentBounds = DOCUMENT_BOUNDS,
): BoundExceeded | undefined {
  const fragments = new Map<string, FragmentDefinitionNode>();
  let operations = 0;
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION) operations += 1;
    else if (definition.kind === Kind.FRAGMENT_DEFINITION)
      fragments.set(definition.name.value, definition);
  }
  if (operations > bounds.operations)
    return { limit: 'operations', count: operations, max: bounds.operations };
  if (fragments.size > bounds.fragments)
    return { limit: 'fragments', count: fragments.size, max: bounds.fragments };
  const counter = new SelectionCounter(fragments, bounds.selections);
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION) counter.add(definition.selectionSet);
  }
  if (counter.total > bounds.selections)
    return { limit: 'selections', count: counter.total, max: bounds.selections };
  return undefined;
}

/**
 * Counts selections with fragments expanded, each fragment walked once and its count remembered, so fragments
 * that spread each other many times cost one visit each (their expanded count can be astronomical). The walk
 * stops as soon as the total passes the bound, so it never goes deeper than the bound either. Cycles count 0
 * here; graphql-js's NoFragmentCyclesRule reports them.
 */
class SelectionCounter {
  total = 0;
  private readonly known = new Map<string, number>();
  private readonly visiting = new Set<string>();

  constructor(
    private readonly fragments: ReadonlyMap<string, FragmentDefinitionNode>,
    private readonly max: number,
  ) {}

  add(selectionSet: SelectionSetNode): void {
    for (const selection of selectionSet.selections) {
      if (this.total > this.max) return;
      this.total += 1;
      if (selection.kind === Kind.FRAGMENT_SPREAD) this.addFragment(selection.name.value);
      else if (selection.selectionSet) this.add(selection.selectionSet);
    }
  }

  private addFragment(name: string): void {
    const known = this.known.get(name);
    if (known !== undefined) {
      this.total += known;
      return;
    }
    const fragment = this.fragments.get(name);
    if (!fragment || this.visiting.has(name)) return;
    this.visiting.add(name);
    const before = this.total;
    this.add(fragment.selectionSet);
    this.visiting.delete(name);
    // A fragment cut short by the bound is not remembered (its count is incomplete); the walk is over anyway.
    if (this.total <= this.max) this.known.set(name, this.total - before);
  }
}

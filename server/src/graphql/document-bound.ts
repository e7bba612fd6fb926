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
  /**
   * Fields, fragment spreads and inline fragments: as written in the whole document, and in its operations with
   * every fragment spread counted with its contents.
   */
  selections: 2_000,
  /**
   * Fields of one response name that meet in one selection set (through inline fragments and fragment spreads
   * too): graphql-js checks pairwise that they can be merged, with their sub-selections (400 aliases `s` of one
   * search took 0.8 s, 100 fragments with 4 each 0.5 s).
   */
  sameResponseName: 10,
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
  const written = writtenShape(document, fragments, bounds.selections);
  if (written.selections > bounds.selections)
    return { limit: 'selections', count: written.selections, max: bounds.selections };
  if (written.sameResponseName > bounds.sameResponseName)
    return {
      limit: 'sameResponseName',
      count: written.sameResponseName,
      max: bounds.sameResponseName,
    };
  const counter = new SelectionCounter(fragments, bounds.selections);
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION) counter.add(definition.selectionSet);
  }
  if (counter.total > bounds.selections)
    return { limit: 'selections', count: counter.total, max: bounds.selections };
  return undefined;
}

/**
 * Selections as written in every definition (used or not: validation walks them all) and the most fields of one
 * response name that meet in one selection set, as graphql-js merges them: the set's own fields, those of its
 * inline fragments and those of every fragment spread into it (each fragment once, also through fragments it
 * spreads). No recursion (an explicit stack); stops once past `maxSelections`.
 */
function writtenShape(
  document: DocumentNode,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  maxSelections: number,
): { selections: number; sameResponseName: number } {
  const ownFields = new Map<SelectionSetNode, { names: Map<string, number>; spreads: string[] }>();
  /** A set's own fields (inline fragments merged in) and the fragments it spreads. */
  const fieldsOf = (set: SelectionSetNode) => {
    const known = ownFields.get(set);
    if (known) return known;
    const names = new Map<string, number>();
    const spreads: string[] = [];
    const parts = [set];
    for (let part = parts.pop(); part; part = parts.pop()) {
      for (const selection of part.selections) {
        if (selection.kind === Kind.INLINE_FRAGMENT) parts.push(selection.selectionSet);
        else if (selection.kind === Kind.FRAGMENT_SPREAD) spreads.push(selection.name.value);
        else {
          const name = selection.alias?.value ?? selection.name.value;
          names.set(name, (names.get(name) ?? 0) + 1);
        }
      }
    }
    const fields = { names, spreads };
    ownFields.set(set, fields);
    return fields;
  };
  let selections = 0;
  let sameResponseName = 0;
  const queue: SelectionSetNode[] = [];
  for (const definition of document.definitions) {
    if (
      definition.kind === Kind.OPERATION_DEFINITION ||
      definition.kind === Kind.FRAGMENT_DEFINITION
    )
      queue.push(definition.selectionSet);
  }
  for (let set = queue.pop(); set && selections <= maxSelections; set = queue.pop()) {
    const own = fieldsOf(set);
    selections += walkWritten(set, queue);
    const merged = new Map(own.names);
    const seen = new Set<string>();
    const spreads = [...own.spreads];
    for (let name = spreads.pop(); name !== undefined; name = spreads.pop()) {
      const fragment = fragments.get(name);
      if (!fragment || seen.has(name)) continue;
      seen.add(name);
      const theirs = fieldsOf(fragment.selectionSet);
      for (const [field, count] of theirs.names)
        merged.set(field, (merged.get(field) ?? 0) + count);
      spreads.push(...theirs.spreads);
    }
    for (const count of merged.values()) sameResponseName = Math.max(sameResponseName, count);
  }
  return { selections, sameResponseName };
}

/** Selections written in a set and its inline fragments; queues its fields' sub-selections. */
function walkWritten(set: SelectionSetNode, queue: SelectionSetNode[]): number {
  let count = 0;
  const parts = [set];
  for (let part = parts.pop(); part; part = parts.pop()) {
    count += part.selections.length;
    for (const selection of part.selections) {
      if (selection.kind === Kind.INLINE_FRAGMENT) parts.push(selection.selectionSet);
      else if (selection.kind === Kind.FIELD && selection.selectionSet)
        queue.push(selection.selectionSet);
    }
  }
  return count;
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

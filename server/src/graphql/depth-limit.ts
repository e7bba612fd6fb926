/**
 * Rejects operations nested deeper than `maxDepth` before they run, so that one request cannot ask for an
 * exponential amount of work. Introspection fields (`__schema`, `__type`) are not counted: the standard
 * introspection query is deep by nature and cheap.
 */
import { GraphQLError, Kind } from 'graphql';
import type {
  ASTVisitor,
  FragmentDefinitionNode,
  SelectionSetNode,
  ValidationContext,
  ValidationRule,
} from 'graphql';

export const MAX_QUERY_DEPTH = 10;

export function depthLimit(maxDepth: number = MAX_QUERY_DEPTH): ValidationRule {
  return (context: ValidationContext): ASTVisitor => {
    // One measure per document, shared by its operations: building it per operation re-read every definition
    // for every operation (10,000 one-field operations held the event loop for seconds).
    let measure: DepthMeasure | undefined;
    const measureOf = (): DepthMeasure => {
      if (measure) return measure;
      const fragments = new Map<string, FragmentDefinitionNode>();
      for (const definition of context.getDocument().definitions) {
        if (definition.kind === Kind.FRAGMENT_DEFINITION)
          fragments.set(definition.name.value, definition);
      }
      return (measure = new DepthMeasure(fragments));
    };
    return {
      OperationDefinition(operation) {
        const depth = measureOf().of(operation.selectionSet, new Set());
        if (depth > maxDepth) {
          const name = operation.name ? `"${operation.name.value}" ` : '';
          context.reportError(
            new GraphQLError(
              `Operation ${name}is nested ${depth} levels deep; the maximum is ${maxDepth}.`,
              { nodes: [operation], extensions: { maxDepth } },
            ),
          );
        }
      },
    };
  };
}

/**
 * Depth of a selection set, each fragment measured once: a fragment spread many times (or fragments that each
 * spread the next twice) used to be walked again at every spread, doubling the work per level: 30 such
 * fragments in a 1 KB request held the CPU for minutes.
 */
class DepthMeasure {
  private readonly fragmentDepths = new Map<string, number>();

  constructor(private readonly fragments: ReadonlyMap<string, FragmentDefinitionNode>) {}

  /** `visiting`: the fragments on the path here (added and removed as the walk goes, never copied). */
  of(selectionSet: SelectionSetNode, visiting: Set<string>): number {
    let deepest = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value.startsWith('__')) continue;
        const below = selection.selectionSet ? this.of(selection.selectionSet, visiting) : 0;
        deepest = Math.max(deepest, 1 + below);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        deepest = Math.max(deepest, this.of(selection.selectionSet, visiting));
      } else {
        deepest = Math.max(deepest, this.ofFragment(selection.name.value, visiting));
      }
    }
    return deepest;
  }

  private ofFragment(name: string, visiting: Set<string>): number {
    const known = this.fragmentDepths.get(name);
    if (known !== undefined) return known;
    const fragment = this.fragments.get(name);
    // Fragment cycles are reported by graphql's own NoFragmentCyclesRule; just stop here.
    if (!fragment || visiting.has(name)) return 0;
    // Copying the path at every fragment made a chain of a few thousand fragments cost seconds.
    visiting.add(name);
    const depth = this.of(fragment.selectionSet, visiting);
    visiting.delete(name);
    this.fragmentDepths.set(name, depth);
    return depth;
  }
}

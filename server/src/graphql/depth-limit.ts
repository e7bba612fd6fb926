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
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(operation) {
      const fragments = new Map<string, FragmentDefinitionNode>();
      for (const definition of context.getDocument().definitions) {
        if (definition.kind === Kind.FRAGMENT_DEFINITION)
          fragments.set(definition.name.value, definition);
      }
      const depth = new DepthMeasure(fragments).of(operation.selectionSet, new Set());
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
  });
}

/**
 * Depth of a selection set, each fragment measured once: a fragment spread many times (or fragments that each
 * spread the next twice) used to be walked again at every spread, doubling the work per level: 30 such
 * fragments in a 1 KB request held the CPU for minutes.
 */
class DepthMeasure {
  private readonly fragmentDepths = new Map<string, number>();

  constructor(private readonly fragments: ReadonlyMap<string, FragmentDefinitionNode>) {}

  of(selectionSet: SelectionSetNode, visiting: ReadonlySet<string>): number {
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

  private ofFragment(name: string, visiting: ReadonlySet<string>): number {
    const known = this.fragmentDepths.get(name);
    if (known !== undefined) return known;
    const fragment = this.fragments.get(name);
    // Fragment cycles are reported by graphql's own NoFragmentCyclesRule; just stop here.
    if (!fragment || visiting.has(name)) return 0;
    const depth = this.of(fragment.selectionSet, new Set([...visiting, name]));
    this.fragmentDepths.set(name, depth);
    return depth;
  }
}

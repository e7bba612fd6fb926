/**
 * Argument checks at the edge of the analytics API. Problems become StoreError('VALIDATION') (GraphQL
 * BAD_USER_INPUT, with the argument as issue path) or StoreError('NOT_FOUND'), through the existing error
 * mapping in graphql/errors.ts.
 */
import { isValidDate, validateId } from '@nzr/graph-schema';
import type { NodeLabel } from '@nzr/graph-schema';
import { StoreError, validationError } from '../../store/errors.js';
import type { GraphNode, GraphStore } from '../../store/port.js';
import type { NodeService } from '../../modules/node/node.service.js';

export function invalid(path: string, message: string): never {
  throw validationError([{ path, message }]);
}

/** The names of the given (non-null) arguments; exactly one must be given. */
export function exactlyOne<K extends string>(
  args: { readonly [key in K]?: unknown },
  what = 'scope',
): K {
  const names = Object.keys(args) as K[];
  const given = names.filter((name) => args[name] !== undefined && args[name] !== null);
  if (given.length !== 1) {
    invalid(
      names.join('|'),
      `give exactly one of ${names.join(', ')} as ${what} (got ${given.length === 0 ? 'none' : given.join(', ')})`,
    );
  }
  return given[0] as K;
}

export function checkRange(path: string, value: number, min: number, max: number): number {
  if (!Number.isFinite(value) || value < min || value > max) {
    invalid(path, `must be between ${min} and ${max} (got ${value})`);
  }
  return value;
}

export function checkDate(path: string, value: string): string {
  // A calendar date: Date.parse alone would roll 2023-02-30 over to 2 March.
  if (!isValidDate(value)) {
    invalid(path, `must be a calendar date YYYY-MM-DD, e.g. 2024-05-31 (got "${value}")`);
  }
  return value;
}

export function checkIds(path: string, ids: readonly string[], max = 50): void {
  if (ids.length > max) invalid(path, `must list at most ${max} ids`);
  const issues = ids.flatMap((id, i) => validateId(id, `${path}[${i}]`));
  if (issues.length > 0) throw validationError(issues.slice(0, 5));
}

export const todayIso = (): string => new Date().toISOString().slice(0, 10);

/** VALIDATION unless `id` is a well-formed id; checked before any store call. */
export function checkId(path: string, id: string): void {
  const issues = validateId(id, path);
  if (issues.length > 0) throw validationError(issues);
}

/**
 * The node looked up for `id` if it exists, is visible to the viewer and has one of these labels; NOT_FOUND
 * otherwise (hidden persons are reported exactly like missing ones, so an error never reveals them).
 */
export function foundOrFail(
  nodes: Pick<NodeService, 'isVisible'>,
  path: string,
  id: string,
  labels: readonly NodeLabel[],
  node: GraphNode | null | undefined,
): GraphNode {
  if (!node || !nodes.isVisible(node) || !labels.includes(node.label)) {
    throw new StoreError('NOT_FOUND', `No ${labels.join(' or ')} with id "${id}" (${path}).`);
  }
  return node;
}

/** The node with this id and one of these labels, visible to the viewer (one getNodes); see foundOrFail. */
export async function requireNode(
  store: GraphStore,
  nodes: NodeService,
  path: string,
  id: string,
  labels: readonly NodeLabel[],
): Promise<GraphNode> {
  checkId(path, id);
  const [node] = await store.getNodes([id]);
  return foundOrFail(nodes, path, id, labels, node);
}

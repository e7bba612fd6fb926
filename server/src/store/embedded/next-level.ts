/**
 * One breadth-first level of a neighbourhood: the unseen neighbours of the frontier that pass the filter, in id
 * order, at most `capacity` of them, and whether there were more.
 *
 * The frontier's neighbour lists are already ordered by id (NeighbourIndex), so a k-way merge yields the
 * candidates in id order and can stop as soon as one candidate beyond the capacity has been found. The cost
 * follows the number of nodes returned, not the number of relationships of the frontier: a region or topic in
 * the frontier may have tens of thousands of members, of which only the first few hundred by id are read.
 * Relationships not followed (type not allowed, not in force on the date asked) are skipped inside the merge,
 * so the early stop holds with a date filter too.
 */
import type { RelationshipType } from '@nzr/graph-schema';
import type { GraphNode, GraphRelationship } from '../port.js';
import type { RelationshipTest } from '../shared/active-on.js';
import type { CompiledFilter } from './filters.js';
import type { GraphState } from './graph-state.js';
import { otherEnd } from './neighbour-index.js';

/** A position in one frontier node's neighbour list; `key` is the other end at that position. */
interface Cursor {
  readonly id: string;
  readonly list: readonly GraphRelationship[];
  at: number;
  key: string;
}

export interface Level {
  readonly nodes: GraphNode[];
  /** True when more nodes than the capacity qualified. */
  readonly more: boolean;
}

/** What a level may walk along: allowed types (all if absent) and, with a date, only what is in force. */
export interface Follow {
  readonly allowed: ReadonlySet<RelationshipType> | undefined;
  readonly active: RelationshipTest | undefined;
}

/** Whether a traversal walks along (and returns) `rel`. */
export function follows(rel: GraphRelationship, { allowed, active }: Follow): boolean {
  return (!allowed || allowed.has(rel.type)) && (!active || active(rel));
}

/** Moves the cursor to the next relationship to follow; false when the list is used up. */
function settle(cursor: Cursor, follow: Follow): boolean {
  const { list, id } = cursor;
  while (cursor.at < list.length) {
    const rel = list[cursor.at] as GraphRelationship;
    if (follows(rel, follow)) {
      cursor.key = otherEnd(rel, id);
      return true;
    }
    cursor.at++;
  }
  return false;
}

/** Restores the min-heap order (by key) below `index`. */
function siftDown(heap: Cursor[], index: number): void {
  const size = heap.length;
  const item = heap[index] as Cursor;
  for (;;) {
    let child = 2 * index + 1;
    if (child >= size) break;
    const right = child + 1;
    if (right < size && (heap[right] as Cursor).key < (heap[child] as Cursor).key) child = right;
    if ((heap[child] as Cursor).key >= item.key) break;
    heap[index] = heap[child] as Cursor;
    index = child;
  }
  heap[index] = item;
}

export function nextLevel(
  state: GraphState,
  frontier: readonly GraphNode[],
  seen: ReadonlySet<string>,
  follow: Follow,
  filter: CompiledFilter,
  capacity: number,
): Level {
  const heap: Cursor[] = [];
  for (const node of frontier) {
    const cursor: Cursor = { id: node.id, list: state.neighbours.sorted(node.id), at: 0, key: '' };
    if (settle(cursor, follow)) heap.push(cursor);
  }
  for (let index = (heap.length >>> 1) - 1; index >= 0; index--) siftDown(heap, index);
  const nodes: GraphNode[] = [];
  let previous: string | undefined;
  while (heap.length > 0) {
    const top = heap[0] as Cursor;
    const candidate = top.key;
    top.at++;
    if (!settle(top, follow)) {
      const last = heap.pop() as Cursor;
      if (heap.length > 0) heap[0] = last;
    }
    if (heap.length > 0) siftDown(heap, 0);
    // The merge yields each neighbour once per relationship to the frontier: keep the first.
    if (candidate === previous) continue;
    previous = candidate;
    if (seen.has(candidate)) continue;
    const node = state.nodes.get(candidate);
    if (!node || !filter.test(node)) continue;
    if (nodes.length === capacity) return { nodes, more: true };
    nodes.push(node);
  }
  return { nodes, more: false };
}

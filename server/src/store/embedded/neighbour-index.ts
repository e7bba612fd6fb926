/**
 * Each node's relationships ordered by the id of the other end (then type, then id), so traversals can read
 * neighbours in id order and stop after the first few, and can find the relationships to one given node by
 * binary search. Without it a 2-hop neighbourhood through a region or topic with tens of thousands of members
 * had to collect and sort all of them to keep the first 200.
 *
 * Lists are built on first use (most nodes are never traversed) and then kept up to date relationship by
 * relationship, so a write never throws away the order of a node with thousands of relationships.
 */
import type { GraphRelationship } from '../port.js';

/** The end of `rel` that is not `id` (`id` itself for a relationship from a node to itself). */
export function otherEnd(rel: GraphRelationship, id: string): string {
  return rel.from === id ? rel.to : rel.from;
}

const compareStrings = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The order of the lists: other end, then type, then id (a relationship is unique per type and id). */
function compareAt(id: string, a: GraphRelationship, b: GraphRelationship): number {
  return (
    compareStrings(otherEnd(a, id), otherEnd(b, id)) ||
    compareStrings(a.type, b.type) ||
    compareStrings(a.id, b.id)
  );
}

/** First index in the list of `id` whose other end is not below `other`. */
export function lowerBound(
  list: readonly GraphRelationship[],
  id: string,
  other: string,
  start = 0,
): number {
  let low = start;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (otherEnd(list[middle] as GraphRelationship, id) < other) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** First index whose relationship sorts at or after `rel` in the list of `id`. */
function positionOf(
  list: readonly GraphRelationship[],
  id: string,
  rel: GraphRelationship,
): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (compareAt(id, list[middle] as GraphRelationship, rel) < 0) low = middle + 1;
    else high = middle;
  }
  return low;
}

export class NeighbourIndex {
  private readonly lists = new Map<string, GraphRelationship[]>();

  constructor(private readonly adjacency: (id: string) => ReadonlySet<GraphRelationship>) {}

  /** The relationships of `id` by other end, type, id. Read only; valid until the next write. */
  sorted(id: string): readonly GraphRelationship[] {
    let list = this.lists.get(id);
    if (!list) {
      list = [...this.adjacency(id)].sort((a, b) => compareAt(id, a, b));
      // Nodes without relationships are not remembered: `added` would have nothing to keep in order.
      if (list.length > 0) this.lists.set(id, list);
    }
    return list;
  }

  /** Call after `rel` joined the adjacency of both ends. */
  added(rel: GraphRelationship): void {
    for (const end of ends(rel)) {
      const list = this.lists.get(end);
      if (list) list.splice(positionOf(list, end, rel), 0, rel);
    }
  }

  /** Call after `rel` left the adjacency of both ends. */
  removed(rel: GraphRelationship): void {
    for (const end of ends(rel)) {
      const list = this.lists.get(end);
      if (!list) continue;
      const at = positionOf(list, end, rel);
      const found = list[at];
      if (found && found.type === rel.type && found.id === rel.id) list.splice(at, 1);
      if (list.length === 0) this.lists.delete(end);
    }
  }

  clear(): void {
    this.lists.clear();
  }
}

function ends(rel: GraphRelationship): string[] {
  return rel.from === rel.to ? [rel.from] : [rel.from, rel.to];
}

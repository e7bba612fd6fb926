/**
 * The first hits of a text search in result order (score descending, then name, then id; shared/search-rank.ts)
 * without sorting every match.
 * Prefix searches at 100,000 actors match tens of thousands of nodes while a page needs a few dozen: one pass
 * keeps the best `wanted` passing matches in a bounded heap whose top is the worst one kept, so most matches
 * cost one comparison and are never looked up or filtered.
 */
import type { GraphNode, SearchHit } from '../port.js';
import { NAME_HIT_SCORE, TEXT_HIT_SCORE, byCodeUnits, byName } from '../shared/search-rank.js';
import type { TextMatches } from './text-index.js';

interface Kept {
  readonly index: number;
  readonly node: GraphNode;
}

class HitOrder {
  constructor(private readonly matches: TextMatches) {}

  /** Whether match `a` comes before match `b`: hits with every word in the name first, then by name, then id. */
  before(a: number, b: number): boolean {
    const { allInName, docs } = this.matches;
    if (allInName[a] !== allInName[b]) return allInName[a] === true;
    const docA = docs[a] as number;
    const docB = docs[b] as number;
    const names = byName(this.matches.name(docA), this.matches.name(docB));
    if (names !== 0) return names < 0;
    return byCodeUnits(this.matches.id(docA), this.matches.id(docB)) < 0;
  }

  score(index: number): number {
    return this.matches.allInName[index] ? NAME_HIT_SCORE : TEXT_HIT_SCORE;
  }
}

/** Restores the heap (the match that comes last on top) from `index` down. */
function siftDown(order: HitOrder, heap: Kept[], index: number): void {
  const size = heap.length;
  const item = heap[index] as Kept;
  for (;;) {
    let child = 2 * index + 1;
    if (child >= size) break;
    const right = child + 1;
    if (right < size && order.before((heap[child] as Kept).index, (heap[right] as Kept).index))
      child = right;
    if (!order.before(item.index, (heap[child] as Kept).index)) break;
    heap[index] = heap[child] as Kept;
    index = child;
  }
  heap[index] = item;
}

function siftUp(order: HitOrder, heap: Kept[], index: number): void {
  const item = heap[index] as Kept;
  while (index > 0) {
    const parent = (index - 1) >>> 1;
    if (!order.before((heap[parent] as Kept).index, item.index)) break;
    heap[index] = heap[parent] as Kept;
    index = parent;
  }
  heap[index] = item;
}

/**
 * The first `wanted` hits in result order among the matches that `pick` accepts (it returns the node of an
 * id that passes the filter, undefined otherwise).
 */
export function bestHits(
  matches: TextMatches,
  wanted: number,
  pick: (id: string) => GraphNode | undefined,
): SearchHit[] {
  const order = new HitOrder(matches);
  const heap: Kept[] = [];
  if (wanted < 1) return [];
  for (let index = 0; index < matches.docs.length; index++) {
    const full = heap.length >= wanted;
    // Not better than the worst hit kept: it cannot be among the first `wanted`.
    if (full && !order.before(index, (heap[0] as Kept).index)) continue;
    const node = pick(matches.id(matches.docs[index] as number));
    if (!node) continue;
    if (full) {
      heap[0] = { index, node };
      siftDown(order, heap, 0);
    } else {
      heap.push({ index, node });
      siftUp(order, heap, heap.length - 1);
    }
  }
  return heap
    .sort((a, b) => (a.index === b.index ? 0 : order.before(a.index, b.index) ? -1 : 1))
    .map(({ index, node }) => ({ node, score: order.score(index) }));
}

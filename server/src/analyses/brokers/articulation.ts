/**
 * Single points of failure: articulation points (cut vertices) by Tarjan's low-link DFS (Hopcroft & Tarjan
 * 1973), iterative so deep chains cannot overflow the call stack; O(n + m). graphology has no such routine.
 *
 * Removing a cut vertex v splits its component into parts: every DFS child c with low(c) ≥ disc(v) roots a
 * part of size(c) (subtree size); for a non-root v the rest of the component (size - 1 - Σ those parts) is one
 * more part. "Cut off" = component size - 1 - largest part: the actors who lose touch with the biggest
 * remaining piece.
 */
import type { Csr } from '../kernel/graphs.js';

export interface CutVertex {
  readonly index: number;
  /** Sizes of the parts the component falls into, largest first. */
  readonly parts: readonly number[];
  readonly cutOff: number;
  readonly componentSize: number;
}

export function articulationPoints(csr: Csr): CutVertex[] {
  const n = csr.ids.length;
  const { offsets, targets } = csr;
  const disc = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const size = new Int32Array(n);
  const parent = new Int32Array(n).fill(-1);
  const cursor = new Uint32Array(n);
  const separated = new Map<number, number[]>();
  const result: CutVertex[] = [];
  let time = 0;
  for (let root = 0; root < n; root++) {
    if (disc[root] !== -1) continue;
    const visited: number[] = [];
    const stack = [root];
    disc[root] = low[root] = time++;
    cursor[root] = offsets[root] ?? 0;
    visited.push(root);
    while (stack.length > 0) {
      const v = stack.at(-1) ?? 0;
      if ((cursor[v] ?? 0) < (offsets[v + 1] ?? 0)) {
        const at = cursor[v] ?? 0;
        cursor[v] = at + 1;
        const w = targets[at] ?? 0;
        if (disc[w] === -1) {
          parent[w] = v;
          disc[w] = low[w] = time++;
          cursor[w] = offsets[w] ?? 0;
          visited.push(w);
          stack.push(w);
        } else if (w !== parent[v]) low[v] = Math.min(low[v] ?? 0, disc[w] ?? 0);
        continue;
      }
      stack.pop();
      size[v] = (size[v] ?? 0) + 1;
      const p = parent[v] ?? -1;
      if (p < 0) continue;
      size[p] = (size[p] ?? 0) + (size[v] ?? 0);
      low[p] = Math.min(low[p] ?? 0, low[v] ?? 0);
      if ((low[v] ?? 0) >= (disc[p] ?? 0)) {
        const list = separated.get(p);
        if (list) list.push(size[v] ?? 0);
        else separated.set(p, [size[v] ?? 0]);
      }
    }
    const componentSize = visited.length;
    for (const v of visited) {
      const parts = separated.get(v);
      if (!parts) continue;
      const isRoot = v === root;
      if (isRoot && parts.length < 2) continue;
      const rest = componentSize - 1 - parts.reduce((s, x) => s + x, 0);
      const all = (isRoot ? parts : [...parts, rest]).sort((a, b) => b - a);
      result.push({
        index: v,
        parts: all,
        cutOff: componentSize - 1 - (all[0] ?? 0),
        componentSize,
      });
    }
  }
  return result.sort((a, b) => b.cutOff - a.cutOff || a.index - b.index);
}

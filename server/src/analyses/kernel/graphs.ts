/**
 * Graphology views of a snapshot, built lazily and cached per snapshot, plus a compact adjacency (CSR) for the
 * hot loops (suggestions, brokerage, articulation points) where typed arrays beat object iteration.
 *
 * - cooperation graph: institutions, one undirected edge per cooperating pair (several COOPERATES_WITH
 *   relationships between the same pair collapse into one tie), active cooperations only.
 * - social graph: persons and institutions with KNOWS, MEMBER_OF and COOPERATES_WITH as undirected ties: the
 *   paths along which "a friend of a friend" can introduce someone.
 * - social adjacency: the social graph's ties as sorted neighbour lists, for the short breadth-first searches of
 *   allies nearby (no graphology graph to build per request, no sort per visited node).
 */
import Graph from 'graphology';
import type { Snapshot } from './snapshot.js';

export type NetworkKind = 'cooperation' | 'social';

/**
 * Node attribute holding the node's position in graph.nodes(), set on the graphs built here (never removed
 * from), so hot loops map neighbours to typed-array slots by attribute instead of a string-keyed Map lookup.
 */
export const INDEX = 'nzrIndex';

/** The node's INDEX attribute, or the fallback lookup for graphs built elsewhere. */
export function indexOf(
  attributes: Record<string, unknown>,
  node: string,
  index: ReadonlyMap<string, number>,
): number {
  const i = attributes[INDEX];
  return typeof i === 'number' ? i : (index.get(node) ?? 0);
}

const cache = new WeakMap<Snapshot, Map<NetworkKind, Graph>>();

export function networkGraph(snapshot: Snapshot, kind: NetworkKind = 'cooperation'): Graph {
  let perSnapshot = cache.get(snapshot);
  if (!perSnapshot) {
    perSnapshot = new Map();
    cache.set(snapshot, perSnapshot);
  }
  const cached = perSnapshot.get(kind);
  if (cached) return cached;
  const graph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  const ids = kind === 'cooperation' ? snapshot.institutionIds : snapshot.actorIds;
  ids.forEach((id, i) => graph.addNode(id, { [INDEX]: i }));
  // Only ties between nodes of this graph: mergeEdge would otherwise add a person (a cooperation with a
  // person end) to the institutions-only cooperation graph.
  for (const c of snapshot.activeCooperations) {
    if (graph.hasNode(c.a) && graph.hasNode(c.b)) graph.mergeEdge(c.a, c.b);
  }
  if (kind === 'social') {
    for (const type of ['KNOWS', 'MEMBER_OF'] as const) {
      for (const rel of snapshot.byType.get(type) ?? []) {
        if (graph.hasNode(rel.from) && graph.hasNode(rel.to)) graph.mergeEdge(rel.from, rel.to);
      }
    }
  }
  perSnapshot.set(kind, graph);
  return graph;
}

const socialCache = new WeakMap<Snapshot, ReadonlyMap<string, readonly string[]>>();

/** Neighbours of each actor in the social graph (same nodes and ties as networkGraph 'social'), sorted. */
export function socialAdjacency(snapshot: Snapshot): ReadonlyMap<string, readonly string[]> {
  const cached = socialCache.get(snapshot);
  if (cached) return cached;
  const actors = new Set(snapshot.actorIds);
  const sets = new Map<string, Set<string>>();
  const tie = (a: string, b: string): void => {
    if (a === b || !actors.has(a) || !actors.has(b)) return;
    for (const [x, y] of [
      [a, b],
      [b, a],
    ] as const) {
      const set = sets.get(x);
      if (set) set.add(y);
      else sets.set(x, new Set([y]));
    }
  };
  for (const c of snapshot.activeCooperations) tie(c.a, c.b);
  for (const type of ['KNOWS', 'MEMBER_OF'] as const) {
    for (const rel of snapshot.byType.get(type) ?? []) tie(rel.from, rel.to);
  }
  const adjacency = new Map([...sets].map(([id, set]) => [id, [...set].sort()] as const));
  socialCache.set(snapshot, adjacency);
  return adjacency;
}

/** Compressed sparse rows: neighbours of node i are targets[offsets[i] .. offsets[i+1]). */
export interface Csr {
  readonly ids: readonly string[];
  readonly index: ReadonlyMap<string, number>;
  readonly offsets: Uint32Array;
  readonly targets: Uint32Array;
}

const csrCache = new WeakMap<Graph, Csr>();

export function toCsr(graph: Graph): Csr {
  const cached = csrCache.get(graph);
  if (cached) return cached;
  const ids = graph.nodes();
  const index = new Map(ids.map((id, i) => [id, i]));
  const offsets = new Uint32Array(ids.length + 1);
  ids.forEach((id, i) => {
    offsets[i + 1] = (offsets[i] ?? 0) + graph.degree(id);
  });
  const targets = new Uint32Array(offsets[ids.length] ?? 0);
  ids.forEach((id, i) => {
    let k = offsets[i] ?? 0;
    graph.forEachNeighbor(id, (neighbour, attributes) => {
      targets[k++] = indexOf(attributes, neighbour, index);
    });
  });
  const csr = { ids, index, offsets, targets };
  csrCache.set(graph, csr);
  return csr;
}

export function degreeOf(csr: Csr, i: number): number {
  return (csr.offsets[i + 1] ?? 0) - (csr.offsets[i] ?? 0);
}

/**
 * A CSR straight from undirected pairs (duplicates and self-loops dropped, ends outside `ids` ignored), without
 * building a graphology graph first: for analyses that need adjacency once per request (the gap table).
 */
export function csrFromPairs(
  ids: readonly string[],
  pairs: Iterable<readonly [string, string]>,
): Csr {
  const index = new Map(ids.map((id, i) => [id, i]));
  const neighbours: Set<number>[] = ids.map(() => new Set<number>());
  for (const [a, b] of pairs) {
    const i = index.get(a);
    const j = index.get(b);
    if (i === undefined || j === undefined || i === j) continue;
    neighbours[i]?.add(j);
    neighbours[j]?.add(i);
  }
  const offsets = new Uint32Array(ids.length + 1);
  neighbours.forEach((set, i) => {
    offsets[i + 1] = (offsets[i] ?? 0) + set.size;
  });
  const targets = new Uint32Array(offsets[ids.length] ?? 0);
  neighbours.forEach((set, i) => {
    let k = offsets[i] ?? 0;
    for (const j of set) targets[k++] = j;
  });
  return { ids, index, offsets, targets };
}

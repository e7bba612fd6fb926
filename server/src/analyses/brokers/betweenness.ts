/**
 * Betweenness centrality, normalised to [0, 1]: c(v) = Σ_{s≠v≠t} σ_st(v) / σ_st / ((n-1)(n-2)), counting
 * ordered pairs (s, t), the convention of graphology-metrics (and of networkx's normalised values).
 *
 * - Exact (n ≤ exactLimit, default 2,000): graphology-metrics' Brandes implementation, O(n·m).
 * - Sampled (larger graphs): Brandes' dependency accumulation from k random pivot sources (Brandes & Pich
 *   2007), reusing graphology-shortest-path's indexed BFS; the estimate is (n / k) · Σ_{s ∈ pivots} δ_s(v),
 *   normalised as above, and unbiased. Error bound: each pivot's normalised contribution lies in
 *   [0, n/(n-1)], so by Hoeffding |estimate - c(v)| ≤ ε = n/(n-1) · sqrt(ln(2/δ) / (2k)) with probability
 *   ≥ 1 - δ per node (δ = 0.05). k = 256 gives ε ≈ 0.085; in practice errors are far smaller because few
 *   nodes lie on many paths, but ε is the bound we state.
 */
import betweennessCentrality from 'graphology-metrics/centrality/betweenness.js';
import { createUnweightedIndexedBrandes } from 'graphology-shortest-path/indexed-brandes.js';
import type Graph from 'graphology';
import { mulberry32, shuffled } from '../kernel/random.js';

export interface Betweenness {
  readonly values: ReadonlyMap<string, number>;
  readonly exact: boolean;
  /** Number of pivot sources (n when exact). */
  readonly sampleSize: number;
  /** Stated absolute error bound at 95 % confidence (0 when exact). */
  readonly errorBound: number;
}

export interface BetweennessOptions {
  readonly exactLimit?: number;
  readonly pivots?: number;
  readonly seed?: number;
}

export function betweenness(graph: Graph, options: BetweennessOptions = {}): Betweenness {
  const { exactLimit = 2000, pivots = 256, seed = 1 } = options;
  const n = graph.order;
  if (n <= exactLimit || pivots >= n) {
    const values = betweennessCentrality(graph, { getEdgeWeight: null, normalized: true });
    return { values: new Map(Object.entries(values)), exact: true, sampleSize: n, errorBound: 0 };
  }
  const brandes = createUnweightedIndexedBrandes(graph);
  const sources = shuffled(
    Array.from({ length: n }, (_, i) => i),
    mulberry32(seed),
  ).slice(0, pivots);
  const delta = new Float64Array(n);
  const sums = new Float64Array(n);
  for (const s of sources) {
    const [stack, predecessors, sigma] = brandes(s);
    const order = stack.toArray();
    for (let k = 0; k < stack.size; k++) delta[order[k] ?? 0] = 0;
    // Pop in reverse BFS order: δ_s(v) = Σ_{w: v ∈ P(w)} σ_sv / σ_sw · (1 + δ_s(w)).
    while (stack.size > 0) {
      const w = stack.pop() ?? 0;
      const coefficient = (1 + (delta[w] ?? 0)) / (sigma[w] ?? 1);
      for (const v of predecessors[w] ?? [])
        delta[v] = (delta[v] ?? 0) + (sigma[v] ?? 0) * coefficient;
      if (w !== s) sums[w] = (sums[w] ?? 0) + (delta[w] ?? 0);
    }
  }
  const scale = n / pivots / ((n - 1) * (n - 2));
  // The indexed BFS numbers nodes in graph.nodes() order (graphology-indices NeighborhoodIndex).
  const ids = graph.nodes();
  const values = new Map(ids.map((id, i) => [id, (sums[i] ?? 0) * scale]));
  const errorBound = (n / (n - 1)) * Math.sqrt(Math.log(2 / 0.05) / (2 * pivots));
  return { values, exact: false, sampleSize: pivots, errorBound };
}

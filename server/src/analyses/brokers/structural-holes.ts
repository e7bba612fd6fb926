/**
 * Burt's structural-hole measures (R. S. Burt, Structural Holes, 1992), which graphology-metrics lacks.
 * Undirected, unweighted ties (a_ij = 1 for a tie), as in the cooperation and social graphs:
 *
 *   p_ij  = (a_ij + a_ji) / Σ_k (a_ik + a_ki) = 1 / deg(i)      proportional investment of i in j
 *   c_ij  = (p_ij + Σ_{q ≠ i,j} p_iq · p_qj)²                    i's dependence on j, direct + through q
 *   C_i   = Σ_{j ∈ N(i)} c_ij                                    constraint: high = ego in a closed clique
 *   ES_i  = Σ_{j ∈ N(i)} (1 - Σ_{q ≠ i,j} p_iq · m_jq)          effective size, m_jq = a_jq / max_k a_jk = a_jq
 *         = deg(i) - 2 t_i / deg(i)                             (Borgatti 1997), t_i = ties among i's contacts
 * Isolated nodes get NaN for both (undefined, as in networkx). Cost: Σ_j deg(j)² via neighbour marking.
 */
import { degreeOf } from '../kernel/graphs.js';
import type { Csr } from '../kernel/graphs.js';

export interface StructuralHoles {
  readonly constraint: Float64Array;
  readonly effectiveSize: Float64Array;
}

export function structuralHoles(csr: Csr, only?: readonly number[]): StructuralHoles {
  const n = csr.ids.length;
  const { offsets, targets } = csr;
  const constraint = new Float64Array(n).fill(Number.NaN);
  const effectiveSize = new Float64Array(n).fill(Number.NaN);
  const mark = new Int32Array(n).fill(-1);
  const nodes = only ?? Array.from({ length: n }, (_, i) => i);
  for (const i of nodes) {
    const deg = degreeOf(csr, i);
    if (deg === 0) continue;
    const start = offsets[i] ?? 0;
    const stop = offsets[i + 1] ?? 0;
    for (let k = start; k < stop; k++) mark[targets[k] ?? 0] = i;
    const pi = 1 / deg;
    let c = 0;
    let tiesAmongContacts = 0;
    for (let k = start; k < stop; k++) {
      const j = targets[k] ?? 0;
      // Σ_q p_iq p_qj over common contacts q of i and j: p_iq = 1/deg(i), p_qj = 1/deg(q).
      let indirect = 0;
      for (let m = offsets[j] ?? 0; m < (offsets[j + 1] ?? 0); m++) {
        const q = targets[m] ?? 0;
        if (mark[q] !== i) continue;
        indirect += pi / degreeOf(csr, q);
        tiesAmongContacts++;
      }
      c += (pi + indirect) ** 2;
    }
    constraint[i] = c;
    // Each tie among contacts was seen from both ends: tiesAmongContacts = 2 t_i.
    effectiveSize[i] = deg - tiesAmongContacts / deg;
  }
  return { constraint, effectiveSize };
}

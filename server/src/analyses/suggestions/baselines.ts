/**
 * The classic neighbourhood baselines of link prediction (Liben-Nowell & Kleinberg 2007), which the
 * suggestion score must beat on the same held-out splits (held-out-eval.ts):
 *   common neighbours  CN(u, v) = |Γ(u) ∩ Γ(v)|
 *   Adamic-Adar        AA(u, v) = Σ_{z ∈ Γ(u) ∩ Γ(v)} 1 / ln deg(z)   (Adamic & Adar 2003)
 * Both are 0 for pairs without a common partner, so their top k come from the friends of friends alone.
 */
import type { PairContext } from './pair-score.js';
import { commonPartners } from './pair-score.js';
import { TopK } from '../kernel/stats.js';

export type Baseline = 'adamicAdar' | 'commonNeighbours';

export function baselineScore(ctx: PairContext, u: number, v: number, kind: Baseline): number {
  const { ids, aa } = commonPartners(ctx, u, v);
  return kind === 'adamicAdar' ? aa : ids.length;
}

/** The k pairs (as "idA|idB", idA < idB by index) with the highest baseline score > 0; ties by key. */
export function baselineTop(ctx: PairContext, kind: Baseline, k: number): string[] {
  const { offsets, targets, ids } = ctx.csr;
  const top = new TopK<string>(k);
  const n = ids.length;
  const seen = new Int32Array(n).fill(-1);
  for (let u = 0; u < n; u++) {
    for (let a = offsets[u] ?? 0; a < (offsets[u + 1] ?? 0); a++) seen[targets[a] ?? 0] = u;
    seen[u] = u;
    const twoHop = new Set<number>();
    for (let a = offsets[u] ?? 0; a < (offsets[u + 1] ?? 0); a++) {
      const z = targets[a] ?? 0;
      for (let b = offsets[z] ?? 0; b < (offsets[z + 1] ?? 0); b++) {
        const w = targets[b] ?? 0;
        if (w > u && seen[w] !== u) twoHop.add(w);
      }
    }
    for (const w of twoHop) {
      const key = `${ids[u] ?? ''}|${ids[w] ?? ''}`;
      top.push(baselineScore(ctx, u, w, kind), key, key);
    }
  }
  return top.values();
}

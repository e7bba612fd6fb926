/**
 * Quality of the link-suggestion score, for the bench: hide a share of the cooperations, score on the rest.
 *
 * - AUC: probability that a hidden (true) pair scores higher than a random non-cooperating pair, estimated
 *   from `samples` sampled (positive, negative) pairs; ties count one half (Lü & Zhou 2011). 0.5 = random.
 * - precision@k: share of hidden pairs among the top k region-wide suggestions (k defaults to the number of
 *   hidden ties); the random baseline is hidden / (non-cooperating pairs of the training graph), the
 *   precision of k pairs drawn at random. lift = precision@k / baseline.
 * Seeded: the same graph and seed always give the same numbers.
 */
import type { Subgraph } from '../store/port.js';
import { pairContext, scorePair } from './pair-score.js';
import type { ScoreWeights } from './pair-score.js';
import { mulberry32, shuffled } from './random.js';
import { buildSnapshot } from './snapshot.js';
import { suggestLinks } from './suggestions.js';

export interface LinkPredictionOptions {
  readonly hiddenShare?: number;
  readonly seed?: number;
  readonly samples?: number;
  readonly k?: number;
  readonly weights?: Partial<ScoreWeights>;
}

export interface LinkPredictionQuality {
  readonly auc: number;
  readonly samples: number;
  readonly k: number;
  readonly precisionAtK: number;
  readonly randomPrecision: number;
  readonly lift: number;
  readonly hiddenTies: number;
  readonly trainingTies: number;
}

const key = (a: string, b: string): string => (a < b ? `${a}|${b}` : `${b}|${a}`);

export function evaluateLinkPrediction(
  subgraph: Subgraph,
  options: LinkPredictionOptions = {},
): LinkPredictionQuality {
  const { hiddenShare = 0.1, seed = 1, samples = 2000, weights } = options;
  const rng = mulberry32(seed);
  const full = buildSnapshot(subgraph);
  const allPairs = [...new Set(full.activeCooperations.map((c) => key(c.a, c.b)))].sort();
  const hidden = new Set(
    shuffled(allPairs, rng).slice(0, Math.round(allPairs.length * hiddenShare)),
  );
  const training = buildSnapshot({
    ...subgraph,
    relationships: subgraph.relationships.filter(
      (r) => r.type !== 'COOPERATES_WITH' || !hidden.has(key(r.from, r.to)),
    ),
  });
  const ctx = pairContext(training, weights);
  const ids = ctx.csr.ids;
  const n = ids.length;
  const existing = new Set(allPairs);
  const hiddenList = [...hidden].map((p) => p.split('|') as [string, string]);

  let wins = 0;
  let drawn = 0;
  for (let s = 0; s < samples && hiddenList.length > 0 && n > 2; s++) {
    const [a, b] = hiddenList[Math.floor(rng() * hiddenList.length)] ?? ['', ''];
    let x = 0;
    let y = 0;
    // Rejection sampling of a non-cooperating pair; sparse graphs accept almost always.
    for (let tries = 0; tries < 100; tries++) {
      x = Math.floor(rng() * n);
      y = Math.floor(rng() * n);
      if (x !== y && !existing.has(key(ids[x] ?? '', ids[y] ?? ''))) break;
    }
    const pos = scorePair(ctx, ctx.csr.index.get(a) ?? 0, ctx.csr.index.get(b) ?? 0);
    const neg = scorePair(ctx, x, y);
    wins += pos > neg ? 1 : pos === neg ? 0.5 : 0;
    drawn++;
  }

  const k = options.k ?? Math.max(1, hidden.size);
  const top = suggestLinks(training, { limit: k, weights });
  const hits = top.filter((sug) => hidden.has(key(sug.ids[0], sug.ids[1]))).length;
  const trainingTies = allPairs.length - hidden.size;
  const nonEdges = (n * (n - 1)) / 2 - trainingTies;
  const precisionAtK = hits / k;
  const randomPrecision = nonEdges > 0 ? hidden.size / nonEdges : 0;
  return {
    auc: drawn > 0 ? wins / drawn : 0.5,
    samples: drawn,
    k,
    precisionAtK,
    randomPrecision,
    lift: randomPrecision > 0 ? precisionAtK / randomPrecision : 0,
    hiddenTies: hidden.size,
    trainingTies,
  };
}

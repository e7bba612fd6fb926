/**
 * Quality of the link-suggestion score, for the bench: hide a share of the cooperations, score on the rest.
 *
 * What is measured (`weights`, see pair-score.ts): by default exactly what the API ranks with — rankSuggestions
 * on the training snapshot, so the weights are calibrated on the training ties by the same function with the
 * same seed — or, with `weights`, that score with single weights overridden (e.g. FALLBACK_WEIGHTS, or a
 * cross-sector bonus, for comparison).
 *
 * Pairs: institution pairs only (the cooperation graph of graphs.ts); cooperations with a person end are
 * neither hidden nor sampled. Negatives are institution pairs that cooperate neither in training nor hidden.
 *
 * - AUC: probability that a hidden (true) pair scores higher than a random non-cooperating pair, estimated
 *   from `samples` sampled (positive, negative) pairs; ties count one half (Lü & Zhou 2011). 0.5 = random.
 * - precision@k: share of hidden pairs among the top k region-wide suggestions (suggestLinks with the same
 *   weights, so only its candidates: pairs with a shared theme or a common partner; k defaults to the number of
 *   hidden ties); the random baseline is hidden / (non-cooperating pairs of the training graph), the
 *   precision of k pairs drawn at random. lift = precision@k / baseline.
 * Seeded: the same graph and seed always give the same numbers.
 */
import type { Subgraph } from '../../store/port.js';
import { pairContext, scorePair } from './pair-score.js';
import type { ScoreWeights } from './pair-score.js';
import { mulberry32, shuffled } from '../kernel/random.js';
import { buildSnapshot } from '../kernel/snapshot.js';
import { rankSuggestions } from './suggestions.js';

export interface LinkPredictionOptions {
  readonly hiddenShare?: number;
  readonly seed?: number;
  readonly samples?: number;
  readonly k?: number;
  /** Overrides on top of the calibrated weights; none: the API's score. */
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
  /** The weights the pairs were scored with (calibrated on the training ties, with the overrides). */
  readonly weights: ScoreWeights;
}

const key = (a: string, b: string): string => (a < b ? `${a}|${b}` : `${b}|${a}`);

export function evaluateLinkPrediction(
  subgraph: Subgraph,
  options: LinkPredictionOptions = {},
): LinkPredictionQuality {
  const { hiddenShare = 0.1, seed = 1, samples = 2000 } = options;
  const rng = mulberry32(seed);
  const full = buildSnapshot(subgraph);
  // Institution pairs only: the suggestion score is defined for them, and an end outside the training
  // cooperation graph would have no index there.
  const institutions = new Set(full.institutionIds);
  const allPairs = [
    ...new Set(
      full.activeCooperations
        .filter((c) => institutions.has(c.a) && institutions.has(c.b))
        .map((c) => key(c.a, c.b)),
    ),
  ].sort();
  const hidden = new Set(
    shuffled(allPairs, rng).slice(0, Math.round(allPairs.length * hiddenShare)),
  );
  const training = buildSnapshot({
    ...subgraph,
    relationships: subgraph.relationships.filter(
      (r) => r.type !== 'COOPERATES_WITH' || !hidden.has(key(r.from, r.to)),
    ),
  });
  const k = options.k ?? Math.max(1, hidden.size);
  // The API's ranking of the training snapshot; its weights score the sampled pairs for the AUC.
  const ranked = rankSuggestions(training, {
    limit: k,
    ...(options.weights ? { weights: options.weights } : {}),
  });
  const weights = ranked.weights;
  const ctx = pairContext(training, weights);
  const ids = ctx.csr.ids;
  const n = ids.length;
  const existing = new Set(allPairs);
  const hiddenList = [...hidden].flatMap((p) => {
    const [a = '', b = ''] = p.split('|');
    const u = ctx.csr.index.get(a);
    const v = ctx.csr.index.get(b);
    return u === undefined || v === undefined ? [] : [[u, v] as const];
  });

  let wins = 0;
  let drawn = 0;
  for (let s = 0; s < samples && hiddenList.length > 0 && n > 2; s++) {
    const [u, v] = hiddenList[Math.floor(rng() * hiddenList.length)] ?? [0, 0];
    // Rejection sampling of a non-cooperating pair; sparse graphs accept almost always.
    let negative: [number, number] | null = null;
    for (let tries = 0; tries < 100 && negative === null; tries++) {
      const x = Math.floor(rng() * n);
      const y = Math.floor(rng() * n);
      if (x !== y && !existing.has(key(ids[x] ?? '', ids[y] ?? ''))) negative = [x, y];
    }
    if (negative === null) continue;
    const pos = scorePair(ctx, u, v);
    const neg = scorePair(ctx, negative[0], negative[1]);
    wins += pos > neg ? 1 : pos === neg ? 0.5 : 0;
    drawn++;
  }

  const hits = ranked.suggestions.filter((sug) => hidden.has(key(sug.ids[0], sug.ids[1]))).length;
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
    weights,
  };
}

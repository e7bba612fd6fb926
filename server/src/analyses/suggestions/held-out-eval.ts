/**
 * Honest quality of link suggestions (issue 11), per scope (the bench runs it per district): hold out a share
 * of the institution ties, rank on the rest (rankSuggestions, so weights are calibrated on the training ties
 * only), and measure against the held-out ties what a coordinator would get:
 *   aucHard        AUC of held-out ties against non-cooperating pairs of the scope at a matched distance
 *                  (hard-negatives.ts; `negativesPerTie` per held-out tie)
 *   aucRandom      the same against uniformly random non-cooperating pairs (the old, easy figure)
 *   precisionAtK   share of held-out ties among the top k region-wide suggestions (k = 10: one screen)
 *   candidateRecall share of held-out ties the candidate generation (candidates.ts) admits at all: a tie
 *                  outside it can never be suggested, whatever its score
 * The same for the common-neighbours and Adamic-Adar baselines (baselines.ts) on the same splits and the same
 * negative pairs (a baseline has no candidate filter: recall 1 for pairs with a common partner, and no score
 * at all for the rest). Each figure is the mean over `splits` seeded splits.
 * AUC counts all held-out ties, also those outside the candidates: it measures the score, recall the filter.
 */
import type { Subgraph } from '../../store/port.js';
import { baselineScore, baselineTop } from './baselines.js';
import type { Baseline } from './baselines.js';
import { candidateIndex, candidateScratch, forEachCandidateAbove } from './candidates.js';
import { distanceMatchedPair } from './hard-negatives.js';
import { distanceBetween, pairContext, scorePair } from './pair-score.js';
import type { PairContext } from './pair-score.js';
import { mean, precisionAtK, rankAuc, recall } from './quality-metrics.js';
import { mulberry32, shuffled } from '../kernel/random.js';
import type { Rng } from '../kernel/random.js';
import { buildSnapshot } from '../kernel/snapshot.js';
import { DEFAULT_PER_ACTOR_CANDIDATES, rankSuggestions } from './suggestions.js';

export interface HeldOutOptions {
  readonly hiddenShare?: number;
  readonly splits?: number;
  readonly seed?: number;
  readonly k?: number;
  readonly negativesPerTie?: number;
}

export interface MethodQuality {
  readonly aucHard: number;
  readonly aucRandom: number;
  readonly precisionAtK: number;
}

export interface HeldOutQuality {
  readonly score: MethodQuality;
  readonly adamicAdar: MethodQuality;
  readonly commonNeighbours: MethodQuality;
  readonly candidateRecall: number;
  readonly k: number;
  readonly splits: number;
  /** Held-out ties per split and institutions of the scope. */
  readonly hiddenTies: number;
  readonly institutions: number;
}

type Method = 'score' | Baseline;
const key = (a: string, b: string): string => (a < b ? `${a}|${b}` : `${b}|${a}`);

function scoreOf(ctx: PairContext, method: Method, u: number, v: number): number {
  return method === 'score' ? scorePair(ctx, u, v) : baselineScore(ctx, u, v, method);
}

/** The set of candidate pair keys of the training snapshot, as region mode generates them. */
function candidateKeys(ctx: PairContext): Set<string> {
  const ids = ctx.csr.ids;
  const index = candidateIndex(ctx);
  const scratch = candidateScratch(new Uint8Array(ids.length).fill(1));
  const keys = new Set<string>();
  for (let u = 0; u < ids.length; u++)
    forEachCandidateAbove(ctx, index, u, DEFAULT_PER_ACTOR_CANDIDATES, scratch, (v) =>
      keys.add(key(ids[u] ?? '', ids[v] ?? '')),
    );
  return keys;
}

function randomPair(n: number, tied: (x: number, y: number) => boolean, rng: Rng) {
  for (let t = 0; t < 100; t++) {
    const x = Math.floor(rng() * n);
    const y = Math.floor(rng() * n);
    if (x !== y && !tied(x, y)) return [x, y] as const;
  }
  return null;
}

type SplitFigures = Record<Method, MethodQuality> & { recall: number; hidden: number };

function oneSplit(
  subgraph: Subgraph,
  allPairs: readonly string[],
  o: Required<HeldOutOptions>,
  seed: number,
): SplitFigures {
  const rng = mulberry32(seed);
  const hidden = new Set(
    shuffled(allPairs, rng).slice(0, Math.round(allPairs.length * o.hiddenShare)),
  );
  const training = buildSnapshot({
    ...subgraph,
    relationships: subgraph.relationships.filter(
      (r) => r.type !== 'COOPERATES_WITH' || !hidden.has(key(r.from, r.to)),
    ),
  });
  const ranked = rankSuggestions(training, { limit: o.k });
  const ctx = pairContext(training, ranked.weights);
  const { ids, index } = ctx.csr;
  const existing = new Set(allPairs);
  const tied = (x: number, y: number): boolean => existing.has(key(ids[x] ?? '', ids[y] ?? ''));
  const positives = [...hidden].flatMap((p) => {
    const [a = '', b = ''] = p.split('|');
    const u = index.get(a);
    const v = index.get(b);
    return u === undefined || v === undefined ? [] : [[u, v] as const];
  });
  const hard: (readonly [number, number])[] = [];
  const easy: (readonly [number, number])[] = [];
  for (const [u, v] of positives) {
    for (let i = 0; i < o.negativesPerTie; i++) {
      const h = distanceMatchedPair(ctx, distanceBetween(ctx, u, v), tied, rng);
      if (h) hard.push(h);
      const e = randomPair(ids.length, tied, rng);
      if (e) easy.push(e);
    }
  }
  const candidates = candidateKeys(ctx);
  const figures = (method: Method): MethodQuality => {
    const pos = positives.map(([u, v]) => scoreOf(ctx, method, u, v));
    const top =
      method === 'score'
        ? ranked.suggestions.map((s) => key(s.ids[0], s.ids[1]))
        : baselineTop(ctx, method, o.k).map((p) => key(...(p.split('|') as [string, string])));
    return {
      aucHard: rankAuc(
        pos,
        hard.map(([x, y]) => scoreOf(ctx, method, x, y)),
      ),
      aucRandom: rankAuc(
        pos,
        easy.map(([x, y]) => scoreOf(ctx, method, x, y)),
      ),
      precisionAtK: precisionAtK(top, hidden, o.k),
    };
  };
  return {
    score: figures('score'),
    adamicAdar: figures('adamicAdar'),
    commonNeighbours: figures('commonNeighbours'),
    recall: recall([...hidden], (p) => candidates.has(p)),
    hidden: hidden.size,
  };
}

export function evaluateHeldOut(subgraph: Subgraph, options: HeldOutOptions = {}): HeldOutQuality {
  const o: Required<HeldOutOptions> = {
    hiddenShare: 0.1,
    splits: 5,
    seed: 1,
    k: 10,
    negativesPerTie: 3,
    ...options,
  };
  const full = buildSnapshot(subgraph);
  const institutions = new Set(full.institutionIds);
  const allPairs = [
    ...new Set(
      full.activeCooperations
        .filter((c) => institutions.has(c.a) && institutions.has(c.b))
        .map((c) => key(c.a, c.b)),
    ),
  ].sort();
  const runs = Array.from({ length: o.splits }, (_, s) =>
    oneSplit(subgraph, allPairs, o, o.seed + s),
  );
  const averaged = (method: Method): MethodQuality => ({
    aucHard: mean(runs.map((r) => r[method].aucHard)),
    aucRandom: mean(runs.map((r) => r[method].aucRandom)),
    precisionAtK: mean(runs.map((r) => r[method].precisionAtK)),
  });
  return {
    score: averaged('score'),
    adamicAdar: averaged('adamicAdar'),
    commonNeighbours: averaged('commonNeighbours'),
    candidateRecall: mean(runs.map((r) => r.recall)),
    k: o.k,
    splits: o.splits,
    hiddenTies: mean(runs.map((r) => r.hidden)),
    institutions: institutions.size,
  };
}

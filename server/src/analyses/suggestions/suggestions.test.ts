import { describe, expect, it } from 'vitest';
import { calibratedWeights } from './calibrate.js';
import { networkGraph, toCsr } from '../kernel/graphs.js';
import { evaluateLinkPrediction } from './link-prediction-eval.js';
import { affinityOf, FALLBACK_WEIGHTS, pairContext, scorePair } from './pair-score.js';
import { buildSnapshot } from '../kernel/snapshot.js';
import { rankSuggestions, suggestLinks } from './suggestions.js';
import { seedLikeNetwork } from '../../../test-support/analyses/seed-like-network.js';
import { syntheticNetwork } from '../../../test-support/analyses/synthetic-network.js';
import { SubgraphBuilder } from '../../../test-support/analyses/subgraph-builder.js';

// 12 km north of (51, 13) on Neo4j's earth radius: 12 / (6378.14 · π / 180) degrees.
const LAT_12KM = 51 + 12 / ((6378.14 * Math.PI) / 180);

/*
 * a (civil society, Bürgerenergie) and b (business, Erneuerbare Energien) both cooperate with p only.
 * Two ties are too few to calibrate on: FALLBACK_WEIGHTS (t 0.4, d 0.25, n 0.35, no cross-sector bonus).
 *   themes a = {citizen_energy, energy_climate}, b = {energy_climate, renewable_energy}: J = 1/3
 *   d = 12 km: exp(-12/15) = 0.449329
 *   common partner p with degree 2: AA = 1/ln 2 = 1.442695, 1 - e^-AA = 0.763710
 *   score = 0.4/3 + 0.25·0.449329 + 0.35·0.763710 = 0.512964
 * With sector affinity (weight 0.3) and activity (weight 0.2) on top:
 *   sectors: civil society 2 (a, p), business 1 (b); 2 ties in 3 possible pairs; civil × business has 2
 *   pairs: expected 2·2/3 = 4/3, observed 1 (p–b): r = (1 + 1)/(4/3 + 1) = 6/7, S = r/(1 + r) = 6/13 = 0.461538
 *   degrees 1 and 1, mean degree 4/3: A = 1 - exp(-1/(4/3)) = 0.527633
 *   score = 0.512964 + 0.3·0.461538 + 0.2·0.527633 = 0.756952
 */
function triangle() {
  return new SubgraphBuilder()
    .topicTree()
    .institution('a', 'civil_society', {
      name: 'Energiewende e.V.',
      lat: 51,
      lon: 13,
      topics: ['citizen_energy'],
    })
    .institution('b', 'business', {
      name: 'Solar GmbH',
      lat: LAT_12KM,
      lon: 13,
      topics: ['renewable_energy'],
    })
    .institution('p', 'civil_society', {
      name: 'Stadtwerke',
      lat: 51.3,
      lon: 13.5,
      topics: ['fair_trade'],
    })
    .coop('a', 'p')
    .coop('p', 'b')
    .build();
}

describe('suggestLinks', () => {
  it('scores a pair as computed by hand and explains it in German', () => {
    const [best] = suggestLinks(buildSnapshot(triangle()), { actorId: 'a' });
    expect(best?.ids).toEqual(['a', 'b']);
    expect(best?.parts.distanceKm).toBeCloseTo(12, 6);
    expect(best?.score).toBeCloseTo(0.512964, 6);
    expect(best?.explanationDe).toBe(
      'Beide arbeiten zu Energie & Klimaschutz, 12 km entfernt, gemeinsamer Partner: Stadtwerke, ' +
        'verbindet Zivilgesellschaft und Wirtschaft.',
    );
    expect(best?.reasons).toContainEqual({ kind: 'commonPartners', ids: ['p'] });
  });

  it('adds and explains sector affinity and activity when they are weighted', () => {
    const snapshot = buildSnapshot(triangle());
    const weights = { sectorAffinity: 0.3, activity: 0.2 };
    const ranked = rankSuggestions(snapshot, { actorId: 'a', weights });
    expect(ranked.weights).toEqual({ ...FALLBACK_WEIGHTS, ...weights });
    const [best] = ranked.suggestions;
    expect(best?.parts.sectorAffinity).toBeCloseTo(6 / 13, 12);
    expect(best?.parts.activity).toBeCloseTo(0.527633, 6);
    expect(best?.score).toBeCloseTo(0.756952, 6);
    expect(best?.reasons.slice(-2)).toEqual([
      {
        kind: 'sectorAffinity',
        sectors: ['civil_society', 'business'],
        observed: 1,
        expected: expect.closeTo(4 / 3, 12),
      },
      { kind: 'activity', counts: [1, 1], averageCount: expect.closeTo(4 / 3, 12) },
    ]);
    expect(best?.explanationDe).toBe(
      'Beide arbeiten zu Energie & Klimaschutz, 12 km entfernt, gemeinsamer Partner: Stadtwerke, ' +
        'verbindet Zivilgesellschaft und Wirtschaft, Einrichtungen dieser beiden Sektoren arbeiten in der ' +
        'Region selten zusammen (1 Kooperation, erwartet wären 1,3), beide sind schon vernetzt (je 1 Kooperation).',
    );
  });

  it('ranks by the weights calibrated on the snapshot, without a cross-sector bonus', () => {
    const snapshot = buildSnapshot(seedLikeNetwork({ institutions: 400, seed: 5 }));
    const ranked = rankSuggestions(snapshot, { limit: 5 });
    expect(ranked.weights).toEqual(calibratedWeights(pairContext(snapshot)));
    expect(ranked.weights.crossSector).toBe(0);
    const sum = Object.values(ranked.weights).reduce((a, b) => a + b, 0);
    expect(sum).toBeCloseTo(1, 12);
    // Every weighted term is explained: sector affinity and activity carry weight on this structure.
    expect(ranked.weights.sectorAffinity).toBeGreaterThan(0);
    expect(ranked.weights.activity).toBeGreaterThan(0);
    for (const s of ranked.suggestions) {
      const kinds = s.reasons.map((r) => r.kind);
      expect(kinds).toContain('sectorAffinity');
      expect(kinds).toContain('activity');
    }
  });

  it('never proposes existing partners and agrees between region and actor mode', () => {
    const snapshot = buildSnapshot(triangle());
    const region = suggestLinks(snapshot);
    expect(region.map((s) => s.ids)).toEqual([['a', 'b']]);
    expect(region[0]?.score).toBeCloseTo(
      suggestLinks(snapshot, { actorId: 'a' })[0]?.score ?? 0,
      12,
    );
  });

  it('applies the filters', () => {
    const snapshot = buildSnapshot(triangle());
    expect(suggestLinks(snapshot, { maxDistanceKm: 10 })).toEqual([]);
    expect(suggestLinks(snapshot, { sectors: ['civil_society'] })).toEqual([]);
    expect(suggestLinks(snapshot, { topicIds: ['top-transport'] })).toEqual([]);
    expect(
      suggestLinks(snapshot, { crossSectorOnly: true, topicIds: ['top-energy_climate'] }),
    ).toHaveLength(1);
  });

  it('region mode finds the same top pairs as the per-institution lists on a synthetic district', () => {
    const snapshot = buildSnapshot(syntheticNetwork({ institutions: 300, seed: 3 }));
    const region = suggestLinks(snapshot, { limit: 10 });
    expect(region).toHaveLength(10);
    const pair = (ids: readonly string[]) => [...ids].sort().join('|');
    const exhaustive = new Map(
      snapshot.institutionIds
        .flatMap((id) => suggestLinks(snapshot, { actorId: id, limit: 10 }))
        .map((s) => [pair(s.ids), s.score] as const),
    );
    const best = [...exhaustive].sort((x, y) => y[1] - x[1]).slice(0, 10);
    expect(region.map((s) => pair(s.ids)).sort()).toEqual(best.map(([key]) => key).sort());
    // The inlined hot-path score equals the reference scorePair for every suggestion.
    const ctx = pairContext(snapshot, rankSuggestions(snapshot).weights);
    for (const s of region) {
      const [u, v] = s.ids.map((id) => ctx.csr.index.get(id) ?? -1);
      expect(scorePair(ctx, u ?? -1, v ?? -1)).toBeCloseTo(s.score, 12);
    }
  });
});

describe('evaluateLinkPrediction', () => {
  it('reaches AUC ≥ 0.85 and beats the random baseline on generated districts', () => {
    for (const seed of [1, 2]) {
      const quality = evaluateLinkPrediction(syntheticNetwork({ institutions: 1500, seed }), {
        hiddenShare: 0.1,
        seed,
      });
      expect(quality.auc).toBeGreaterThanOrEqual(0.85);
      expect(quality.precisionAtK).toBeGreaterThan(10 * quality.randomPrecision);
    }
  });
});

describe('evaluateLinkPrediction on a seed-like structure', () => {
  // Ties follow sector, nearness and activity; themes and the cross-sector bonus carry no signal (see
  // seed-like-network.ts). Fixed weights score such graphs at 0.8 or, within one city, barely above random;
  // the weights calibrated on the snapshot, which the API ranks by, are what the AUC goal measures.
  it('reaches AUC ≥ 0.85 with the API’s calibrated score on a state of towns', () => {
    for (const seed of [1, 2]) {
      const sub = seedLikeNetwork({ institutions: 1500, seed });
      const api = evaluateLinkPrediction(sub, { seed });
      const fixed = evaluateLinkPrediction(sub, { seed, weights: FALLBACK_WEIGHTS });
      const bonus = evaluateLinkPrediction(sub, { seed, weights: { crossSector: 0.1 } });
      expect(api.auc).toBeGreaterThanOrEqual(0.85);
      expect(api.precisionAtK).toBeGreaterThan(10 * api.randomPrecision);
      expect(fixed.auc).toBeLessThan(api.auc);
      // A cross-sector bonus ranks up pairs because they rarely cooperate: it costs prediction.
      expect(bonus.auc).toBeLessThan(api.auc);
      // The calibration finds what drives ties here: nearness and sector, hardly themes; no cross bonus.
      const w = api.weights;
      expect(w.crossSector).toBe(0);
      expect(w.distance).toBeGreaterThan(w.topics);
      expect(w.sectorAffinity).toBeGreaterThan(w.topics);
    }
  });

  it('stays well above random inside one city, where fixed weights barely beat it', () => {
    const sub = seedLikeNetwork({ institutions: 800, towns: 1, seed: 1 });
    const api = evaluateLinkPrediction(sub, { seed: 1 });
    const fixed = evaluateLinkPrediction(sub, { seed: 1, weights: FALLBACK_WEIGHTS });
    expect(api.auc).toBeGreaterThan(0.7);
    expect(fixed.auc).toBeLessThan(0.6);
    // Distance carries nothing within one town: the calibration drops it.
    expect(api.weights.distance).toBeLessThan(0.1);
  });

  it('leaves cooperations with a person end out of the pairs and the cooperation graph', () => {
    const b = new SubgraphBuilder().topicTree();
    for (let i = 0; i < 30; i++)
      b.institution(`i${i}`, 'civil_society', { lat: 51, lon: 13 + i * 0.01, topics: ['repair'] });
    b.person('p', { lat: 51, lon: 13 });
    for (let i = 0; i < 30; i++) b.coop(`i${i}`, `i${(i + 1) % 30}`);
    for (let i = 0; i < 10; i++) b.coop('p', `i${i}`);
    const sub = b.build();
    expect(toCsr(networkGraph(buildSnapshot(sub))).ids).not.toContain('p');
    for (const seed of [1, 2, 3]) {
      const q = evaluateLinkPrediction(sub, { seed, hiddenShare: 0.5 });
      expect(q.hiddenTies + q.trainingTies).toBe(30);
    }
  });
});

describe('pair score terms of the calibrated score', () => {
  it('sector affinity follows the observed mixing and the hot path agrees with scorePair', () => {
    const snapshot = buildSnapshot(seedLikeNetwork({ institutions: 400, seed: 5 }));
    // A cross-sector bonus on top, so the hot path's every term is checked.
    const weights = { sectorAffinity: 0.3, activity: 0.2, crossSector: 0.1 };
    const ranked = rankSuggestions(snapshot, { limit: 10, weights });
    const ctx = pairContext(snapshot, ranked.weights);
    const slot = (sector: string) => ctx.sectors.findIndex((s) => s === sector);
    const civil = slot('civil_society');
    const business = slot('business');
    // 70 % of ties stay within a sector: same-sector pairs are over-linked, mixed ones under-linked.
    expect(affinityOf(ctx, civil, civil)).toBeGreaterThan(0.6);
    expect(affinityOf(ctx, civil, business)).toBeLessThan(0.5);
    const region = ranked.suggestions;
    expect(region).toHaveLength(10);
    for (const s of region) {
      const [u, v] = s.ids.map((id) => ctx.csr.index.get(id) ?? -1);
      expect(scorePair(ctx, u ?? -1, v ?? -1)).toBeCloseTo(s.score, 12);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { evaluateLinkPrediction } from './link-prediction-eval.js';
import { pairContext, scorePair } from './pair-score.js';
import { buildSnapshot } from './snapshot.js';
import { suggestLinks } from './suggestions.js';
import { syntheticNetwork } from './testing/synthetic-network.js';
import { SubgraphBuilder } from './testing/subgraph-builder.js';

// 12 km north of (51, 13) on Neo4j's earth radius: 12 / (6378.14 · π / 180) degrees.
const LAT_12KM = 51 + 12 / ((6378.14 * Math.PI) / 180);

/*
 * a (civil society, Bürgerenergie) and b (business, Erneuerbare Energien) both cooperate with p only.
 *   themes a = {citizen_energy, energy_climate}, b = {energy_climate, renewable_energy}: J = 1/3
 *   d = 12 km: exp(-12/15) = 0.449329
 *   common partner p with degree 2: AA = 1/ln 2 = 1.442695, 1 - e^-AA = 0.763710
 *   score = 0.4/3 + 0.25·0.449329 + 0.35·0.763710 + 0.1 = 0.612964
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
    expect(best?.score).toBeCloseTo(0.612964, 6);
    expect(best?.explanationDe).toBe(
      'Beide arbeiten zu Energie & Klimaschutz, 12 km entfernt, gemeinsamer Partner: Stadtwerke, ' +
        'verbindet Zivilgesellschaft und Wirtschaft.',
    );
    expect(best?.reasons).toContainEqual({ kind: 'commonPartners', ids: ['p'] });
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

  it('region mode finds the same top pairs as exhaustive scoring on a synthetic district', () => {
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
    const ctx = pairContext(snapshot);
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

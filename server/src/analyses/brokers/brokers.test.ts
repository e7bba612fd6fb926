import { describe, expect, it } from 'vitest';
import { articulationPoints } from './articulation.js';
import { betweenness } from './betweenness.js';
import { brokerage } from './brokers.js';
import { networkGraph, toCsr } from '../kernel/graphs.js';
import { karateGraph, karateSubgraph } from '../../../test-support/analyses/karate.js';
import { buildSnapshot } from '../kernel/snapshot.js';
import { structuralHoles } from './structural-holes.js';
import { syntheticNetwork } from '../../../test-support/analyses/synthetic-network.js';
import { SubgraphBuilder } from '../../../test-support/analyses/subgraph-builder.js';

/*
 * Worked example: hub h with contacts a, b, c; a and b also know each other (a triangle h-a-b plus c).
 *   deg h = 3, a = 2, b = 2, c = 1, so p_hj = 1/3, p_aj = p_bj = 1/2, p_ch = 1.
 *   C_h = (1/3 + p_hb p_ba)² + (1/3 + p_ha p_ab)² + (1/3)²   = (1/3 + 1/6)² · 2 + 1/9 = 1/2 + 1/9 = 11/18
 *   C_a = (1/2 + p_ab p_bh)² + (1/2 + p_ah p_hb)²           = (1/2 + 1/4)² + (1/2 + 1/6)² = 9/16 + 4/9 = 145/144
 *   C_c = (1)² = 1
 *   ES_h = 3 - 2·1/3 = 7/3 (one tie a-b among h's three contacts), ES_a = 2 - 2·1/2 = 1, ES_c = 1
 *   betweenness h: ordered pairs (a,c), (c,a), (b,c), (c,b) pass only through h: 4 / ((4-1)(4-2)) = 2/3
 *   removing h leaves {a, b} and {c}: 1 actor cut off from the larger part.
 */
function hub() {
  return buildSnapshot(
    new SubgraphBuilder()
      .institution('h', 'civil_society', { name: 'Lokale Agenda' })
      .institution('a', 'civil_society')
      .institution('b', 'civil_society')
      .institution('c', 'administration', { name: 'Gemeinde' })
      .coop('h', 'a')
      .coop('h', 'b')
      .coop('a', 'b')
      .coop('h', 'c')
      .build(),
  );
}

describe('structuralHoles', () => {
  it('matches the hand-computed constraint and effective size', () => {
    const csr = toCsr(networkGraph(hub()));
    const { constraint, effectiveSize } = structuralHoles(csr);
    const at = (id: string) => csr.index.get(id) ?? -1;
    expect(constraint[at('h')]).toBeCloseTo(11 / 18, 12);
    expect(constraint[at('a')]).toBeCloseTo(145 / 144, 12);
    expect(constraint[at('c')]).toBeCloseTo(1, 12);
    expect(effectiveSize[at('h')]).toBeCloseTo(7 / 3, 12);
    expect(effectiveSize[at('a')]).toBeCloseTo(1, 12);
    expect(effectiveSize[at('c')]).toBeCloseTo(1, 12);
  });

  it('matches networkx on the karate club', () => {
    const csr = toCsr(karateGraph());
    const { constraint, effectiveSize } = structuralHoles(csr);
    const at = (id: string) => csr.index.get(id) ?? -1;
    // networkx 3.6 nx.constraint / nx.effective_size on karate_club_graph (nodes shifted by one).
    expect(constraint[at('1')]).toBeCloseTo(0.155423, 6);
    expect(constraint[at('34')]).toBeCloseTo(0.156419, 6);
    expect(constraint[at('12')]).toBeCloseTo(1, 12);
    expect(effectiveSize[at('1')]).toBeCloseTo(13.75, 12);
    expect(effectiveSize[at('34')]).toBeCloseTo(15.235294, 6);
  });
});

describe('betweenness and cut vertices', () => {
  it('is exact for small graphs (karate: node 1 = 0.437635 as in networkx)', () => {
    const bc = betweenness(karateGraph());
    expect(bc.exact).toBe(true);
    expect(bc.values.get('1')).toBeCloseTo(0.437635, 6);
    expect(bc.values.get('34')).toBeCloseTo(0.304075, 6);
  });

  it('samples pivots on large graphs within the stated error bound', () => {
    const graph = networkGraph(buildSnapshot(syntheticNetwork({ institutions: 1200, seed: 5 })));
    const exact = betweenness(graph);
    const sampled = betweenness(graph, { exactLimit: 100, pivots: 300, seed: 9 });
    expect(sampled.exact).toBe(false);
    expect(sampled.sampleSize).toBe(300);
    let worst = 0;
    for (const [id, value] of exact.values)
      worst = Math.max(worst, Math.abs(value - (sampled.values.get(id) ?? 0)));
    expect(worst).toBeLessThanOrEqual(sampled.errorBound);
    expect(worst).toBeLessThan(0.05);
  });

  // Karate: only node 1 is a cut vertex; without it {5, 6, 7, 11, 17} and {12} lose the other 27.
  it('finds articulation points and the parts cut off', () => {
    const csr = toCsr(karateGraph());
    const cuts = articulationPoints(csr);
    expect(cuts.map((c) => csr.ids[c.index])).toEqual(['1']);
    expect(cuts[0]).toMatchObject({ cutOff: 6, parts: [27, 5, 1], componentSize: 34 });
  });
});

describe('brokerage', () => {
  it('reports brokers, bridged sector pairs and single points of failure in German', () => {
    const report = brokerage(hub());
    const [h] = report.brokers;
    expect(h?.id).toBe('h');
    expect(h?.betweenness).toBeCloseTo(2 / 3, 12);
    expect(h?.constraint).toBeCloseTo(11 / 18, 12);
    expect(h?.bridges).toEqual([{ sectors: ['civil_society', 'administration'], openPairs: 2 }]);
    expect(h?.explanationDe).toBe(
      'Verbindet Zivilgesellschaft mit Verwaltung & Politik (2 sonst unverbundene Paare).',
    );
    expect(report.bySectorPair[0]).toEqual({
      sectors: ['civil_society', 'administration'],
      brokers: [{ id: 'h', openPairs: 2 }],
    });
    expect(report.cutPoints).toMatchObject([{ id: 'h', cutOff: 1, parts: [2, 1] }]);
    expect(report.cutPoints[0]?.explanationDe).toBe(
      'Ohne sie/ihn verliert 1 Akteur:in die Verbindung zum übrigen Netz.',
    );
  });

  it('runs on the karate club as a cooperation network', () => {
    const report = brokerage(buildSnapshot(karateSubgraph()), { limit: 3 });
    expect(report.brokers.map((b) => b.id)).toEqual(['1', '34', '33']);
    expect(report.betweennessExact).toBe(true);
  });
});

/** The structure analytics must find: urban density, local and same-sector cooperation, brokers, gaps, themes. */
import { TOPIC_TREE } from '@nzr/graph-schema';
import { describe, expect, it } from 'vitest';
import { generate } from './generate.js';
import { computeStats, densityByKind, pairKey } from './stats.js';
import type { GeneratedGraph } from './types.js';

/** Share of an institution kind's WORKS_ON that land in the given key themes (incl. their sub-topics). */
function themeShare(graph: GeneratedGraph, kind: string, themes: readonly string[]): number {
  const kindOf = new Map(
    graph.nodes.filter((n) => n.label === 'Institution').map((n) => [n.id, n.properties.kind]),
  );
  const themeOf = new Map(TOPIC_TREE.map((t) => [`top-${t.key}`, t.parent ?? t.key]));
  const edges = graph.relationships.filter(
    (r) => r.type === 'WORKS_ON' && kindOf.get(r.from) === kind,
  );
  return edges.filter((r) => themes.includes(themeOf.get(r.to) ?? '')).length / edges.length;
}

describe('structure at 20,000 actors', () => {
  const graph = generate({ actors: 20_000, seed: 5 });
  const stats = computeStats(graph);

  it('has clearly more actors per inhabitant in the three cities than in any rural district', () => {
    const { urban, rural } = densityByKind(stats);
    expect(urban / rural).toBeGreaterThan(2);
    const minUrban = Math.min(...stats.districts.filter((d) => d.urban).map((d) => d.density));
    const maxRural = Math.max(...stats.districts.filter((d) => !d.urban).map((d) => d.density));
    expect(minUrban).toBeGreaterThan(maxRural * 1.3);
  });

  it('keeps cooperation mostly local and mostly within a sector', () => {
    expect(stats.localShare).toBeGreaterThan(0.8);
    expect(stats.sameSectorShare).toBeGreaterThan(0.6);
    expect(stats.sameSectorShare).toBeLessThan(0.75);
  });

  it('has a handful of brokers with many cross-sector ties, far above the rest', () => {
    const brokers = graph.meta.brokerIds.map(
      (id) => stats.crossSector.get(id) ?? { ties: 0, sectors: 0 },
    );
    expect(brokers.length).toBeGreaterThanOrEqual(5);
    expect(brokers.every((b) => b.ties >= 25 && b.sectors >= 4)).toBe(true);
    const others = [...stats.crossSector].filter(([id]) => !graph.meta.brokerIds.includes(id));
    const many = others.filter(([, v]) => v.ties >= 25);
    expect(many.length).toBeLessThanOrEqual(2);
  });

  it('plants real cross-sector gaps in three rural districts (the same pair cooperates elsewhere)', () => {
    expect(graph.meta.gaps).toHaveLength(3);
    const urban = new Set(stats.districts.filter((d) => d.urban).map((d) => d.id));
    for (const { districtId, sectors } of graph.meta.gaps) {
      expect(urban.has(districtId)).toBe(false);
      expect(stats.sectorPairsByDistrict.get(pairKey(districtId, ...sectors)) ?? 0).toBe(0);
      const elsewhere = stats.districts.filter(
        (d) => !graph.meta.gaps.some((g) => g.districtId === d.id),
      );
      const total = elsewhere.reduce(
        (s, d) => s + (stats.sectorPairsByDistrict.get(pairKey(d.id, ...sectors)) ?? 0),
        0,
      );
      expect(total).toBeGreaterThan(20);
    }
  });

  it('correlates themes with kinds', () => {
    expect(themeShare(graph, 'school', ['education_sd'])).toBeGreaterThan(0.6);
    expect(themeShare(graph, 'parish', ['development_cooperation'])).toBeGreaterThan(0.5);
    expect(
      themeShare(graph, 'business', ['sustainable_business', 'energy_climate', 'agriculture']),
    ).toBeGreaterThan(0.75);
    expect(themeShare(graph, 'municipality', ['transport', 'energy_climate'])).toBeGreaterThan(0.6);
    expect(themeShare(graph, 'association', ['education_sd'])).toBeLessThan(0.3);
  });
});

describe('structure at 300 actors (the demo set)', () => {
  const graph = generate({ actors: 300, seed: 42 });
  const stats = computeStats(graph);

  it('still shows the urban-rural gap, local cooperation and planted gaps', () => {
    const { urban, rural } = densityByKind(stats);
    expect(urban / rural).toBeGreaterThan(2);
    expect(stats.localShare).toBeGreaterThan(0.6);
    expect(stats.sameSectorShare).toBeGreaterThan(0.45);
    for (const { districtId, sectors } of graph.meta.gaps) {
      expect(stats.sectorPairsByDistrict.get(pairKey(districtId, ...sectors)) ?? 0).toBe(0);
    }
  });
});

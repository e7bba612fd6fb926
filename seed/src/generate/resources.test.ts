/**
 * Issue 12: the demo's 13 needs and 11 offers matched nothing in any district. Now every district has offers
 * and needs, and the matching (the server's own function) pairs some in most districts.
 */
import { buildSnapshot, matchResources } from '@nzr/server/analyses';
import { describe, expect, it } from 'vitest';
import { generate } from './generate.js';

const STAMP = {
  version: 1,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};

describe('offers and needs of the demo data (300 actors, seed 42)', () => {
  const graph = generate({ actors: 300, seed: 42 });
  const parentOf = new Map(
    graph.relationships.filter((r) => r.type === 'PART_OF').map((r) => [r.from, r.to]),
  );
  const placeOf = new Map(
    graph.relationships.filter((r) => r.type === 'LOCATED_IN').map((r) => [r.from, r.to]),
  );
  const districtOf = (id: string) => parentOf.get(placeOf.get(id) ?? '');
  const districts = graph.nodes.filter(
    (n) => n.label === 'Region' && n.properties['level'] === 'district',
  );

  it('has offers and needs in every district', () => {
    for (const district of districts) {
      for (const type of ['OFFERS', 'NEEDS']) {
        const count = graph.relationships.filter(
          (r) => r.type === type && districtOf(r.to) === district.id,
        ).length;
        expect(count, `${type} in ${String(district.properties['name'])}`).toBeGreaterThan(0);
      }
    }
  });

  it('matches offers to needs in most districts (measured: 12 of 13)', () => {
    const topics = graph.nodes.filter((n) => n.label === 'Topic');
    const withMatches = districts.filter((district) => {
      const ids = new Set(
        graph.nodes
          .filter((n) => n.label !== 'Region' && districtOf(n.id) === district.id)
          .map((n) => n.id),
      );
      const nodes = [...graph.nodes.filter((n) => ids.has(n.id)), ...topics];
      const known = new Set(nodes.map((n) => n.id));
      const relationships = graph.relationships.filter((r) => known.has(r.from) && known.has(r.to));
      const snapshot = buildSnapshot({
        nodes: nodes.map((n) => ({ ...n, ...STAMP })),
        relationships: relationships.map((r) => ({ ...r, ...STAMP })),
        truncated: false,
      });
      return matchResources(snapshot, { limit: 5 }).length > 0;
    });
    expect(withMatches.length).toBeGreaterThanOrEqual(10);
  });
});

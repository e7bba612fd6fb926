/** The mechanisms of partner choice (tie-choice.ts): the weight by hand, and their traces in generated data. */
import { TOPIC_TREE } from '@nzr/graph-schema';
import { describe, expect, it } from 'vitest';
import { generate } from './generate.js';
import { partnerWeight } from './tie-choice.js';
import type { Institution } from './world.js';

function institution(
  index: number,
  longitude: number,
  topics: string[],
  mask: number,
  partners = 0,
): Institution {
  return {
    index,
    id: `ins-${index}`,
    kind: 'association',
    profile: 'association',
    sector: 'civil_society',
    sectorIndex: 0,
    muni: 0,
    point: { latitude: 51, longitude },
    themeMask: mask,
    topics,
    members: [],
    partners: Array.from({ length: partners }, (_, i) => 100 + i),
  };
}

describe('partnerWeight', () => {
  it('multiplies distance decay, theme and topic homophily and preferential attachment', () => {
    const a = institution(0, 13, ['repair'], 0b100);
    // Same place, same topic (so the same key theme), 3 partners: 1 · 3 · 1.5 · (3 + 1) = 18.
    expect(partnerWeight(a, institution(1, 13, ['repair'], 0b100, 3))).toBeCloseTo(18, 12);
    // Other key theme, no partners, 2 km away (0.028513° of longitude at 51° N on a 6371 km sphere):
    // (1 + 2 / 2)^-1 = 0.5.
    const far = institution(
      2,
      13 + 2 / (6371 * (Math.PI / 180) * Math.cos((51 * Math.PI) / 180)),
      [],
      0b1,
    );
    expect(partnerWeight(a, far)).toBeCloseTo(0.5, 6);
  });
});

describe('traces of the mechanisms at 20,000 actors', () => {
  const graph = generate({ actors: 20_000, seed: 5 });
  const keyTheme = new Map(TOPIC_TREE.map((t) => [`top-${t.key}`, t.parent ?? t.key]));
  const themes = new Map<string, Set<string>>();
  const muni = new Map<string, string>();
  for (const r of graph.relationships) {
    if (!r.from.startsWith('ins-')) continue;
    if (r.type === 'WORKS_ON')
      themes.set(r.from, (themes.get(r.from) ?? new Set()).add(keyTheme.get(r.to) ?? ''));
    if (r.type === 'LOCATED_IN') muni.set(r.from, r.to);
  }
  const ties = graph.relationships.filter((r) => r.type === 'COOPERATES_WITH');
  const shareTheme = (a: string, b: string): boolean =>
    [...(themes.get(a) ?? [])].some((t) => themes.get(b)?.has(t));

  it('ties within a municipality share a key theme far more often than pairs drawn at random there', () => {
    const local = ties.filter((r) => muni.get(r.from) === muni.get(r.to));
    // Key themes as bit masks, counted per municipality: the expected share without homophily in O(ties · 64).
    const names = [...new Set(keyTheme.values())];
    const maskOf = (id: string): number =>
      [...(themes.get(id) ?? [])].reduce((m, t) => m | (1 << names.indexOf(t)), 0);
    const masks = new Map<string, Map<number, number>>();
    for (const [id, m] of muni) {
      const counts = masks.get(m) ?? new Map<number, number>();
      counts.set(maskOf(id), (counts.get(maskOf(id)) ?? 0) + 1);
      masks.set(m, counts);
    }
    // Each tie's first end against every other institution of its municipality.
    let expected = 0;
    for (const r of local) {
      const own = maskOf(r.from);
      let sharing = 0;
      let others = -1;
      for (const [mask, count] of masks.get(muni.get(r.from) ?? '') ?? []) {
        others += count;
        if ((mask & own) !== 0) sharing += count;
      }
      if (own !== 0) sharing -= 1;
      expected += sharing / Math.max(1, others);
    }
    const observed = local.filter((r) => shareTheme(r.from, r.to)).length;
    expect(observed / local.length).toBeGreaterThan(1.4 * (expected / local.length));
  });

  it('closes triangles: transitivity well above what local, sector-bound ties alone gave (0.009)', () => {
    const adj = new Map<string, Set<string>>();
    for (const r of ties) {
      adj.set(r.from, (adj.get(r.from) ?? new Set()).add(r.to));
      adj.set(r.to, (adj.get(r.to) ?? new Set()).add(r.from));
    }
    let triangles = 0;
    let wedges = 0;
    for (const partners of adj.values()) {
      const list = [...partners];
      wedges += (list.length * (list.length - 1)) / 2;
      for (let i = 0; i < list.length; i++)
        for (let j = i + 1; j < list.length; j++)
          if (adj.get(list[i] ?? '')?.has(list[j] ?? '')) triangles++;
    }
    expect(triangles / wedges).toBeGreaterThan(0.05);
  });
});

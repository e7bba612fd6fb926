import { enumValues, SECTORS, TOPIC_TREE } from '@nzr/graph-schema';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildSnapshot } from '../kernel/snapshot.js';
import { suggestLinks } from './suggestions.js';
import type { SuggestionOptions } from './suggestions.js';
import { SubgraphBuilder } from '../../../test-support/analyses/subgraph-builder.js';

const sectors = enumValues(SECTORS);
const topicKeys = TOPIC_TREE.map((t) => t.key);

/** A random institution: sector, 0-3 topics (key themes or sub-topics), a place in a 60 km box or none. */
const institution = fc.record({
  sector: fc.constantFrom(...sectors),
  topics: fc.uniqueArray(fc.constantFrom(...topicKeys), { maxLength: 3 }),
  place: fc.option(
    fc.record({
      lat: fc.double({ min: 51, max: 51.5, noNaN: true }),
      lon: fc.double({ min: 13, max: 13.8, noNaN: true }),
    }),
    { freq: 8 },
  ),
});

const graph = fc.array(institution, { minLength: 2, maxLength: 24 }).chain((insts) =>
  fc.record({
    insts: fc.constant(insts),
    ties: fc.array(fc.tuple(fc.nat({ max: insts.length - 1 }), fc.nat({ max: insts.length - 1 })), {
      maxLength: insts.length * 2,
    }),
  }),
);

const options = fc.record(
  {
    perActorCandidates: fc.nat({ max: 6 }),
    limit: fc.integer({ min: 1, max: 6 }),
    sectors: fc.uniqueArray(fc.constantFrom(...sectors), { minLength: 1, maxLength: 4 }),
    topicIds: fc.uniqueArray(fc.constantFrom(...topicKeys.map((k) => `top-${k}`)), {
      minLength: 1,
      maxLength: 4,
    }),
    maxDistanceKm: fc.integer({ min: 1, max: 60 }),
    crossSectorOnly: fc.boolean(),
  },
  { requiredKeys: ['perActorCandidates', 'limit'] },
);

interface GraphSpec {
  readonly insts: readonly {
    sector: (typeof sectors)[number];
    topics: string[];
    place: { lat: number; lon: number } | null;
  }[];
  readonly ties: readonly [number, number][];
}

function build(spec: GraphSpec) {
  const b = new SubgraphBuilder().topicTree();
  spec.insts.forEach((inst, i) =>
    b.institution(`i${String(i).padStart(2, '0')}`, inst.sector, {
      topics: inst.topics,
      ...(inst.place ? { lat: inst.place.lat, lon: inst.place.lon } : {}),
    }),
  );
  const seen = new Set<string>();
  for (const [a, c] of spec.ties) {
    const key = a < c ? `${a}|${c}` : `${c}|${a}`;
    if (a === c || seen.has(key)) continue;
    seen.add(key);
    b.coop(`i${String(a).padStart(2, '0')}`, `i${String(c).padStart(2, '0')}`);
  }
  return buildSnapshot(b.build());
}

const pairOf = (ids: readonly string[]): string => [...ids].sort().join('|');

describe('one candidate generation for both suggestion modes', () => {
  it('region mode proposes a pair that shares only a key theme (two sub-topics of it)', () => {
    // Issue 11: such pairs score on J (the key theme is in both theme sets) but region mode used to bucket by
    // direct topic only and never saw them, while the per-institution mode did.
    const snapshot = buildSnapshot(
      new SubgraphBuilder()
        .topicTree()
        .institution('a', 'civil_society', { lat: 51, lon: 13, topics: ['citizen_energy'] })
        .institution('b', 'business', { lat: 51.01, lon: 13, topics: ['renewable_energy'] })
        .build(),
    );
    const region = suggestLinks(snapshot);
    expect(region.map((s) => s.ids)).toEqual([['a', 'b']]);
    expect(region[0]?.sharedTopicIds).toEqual(['top-energy_climate']);
    expect(suggestLinks(snapshot, { actorId: 'b' }).map((s) => [s.ids, s.score])).toEqual([
      [['b', 'a'], region[0]?.score],
    ]);
  });

  it('the list of each institution is the region-wide list restricted to its pairs', () => {
    fc.assert(
      fc.property(graph, options, (spec, opts: SuggestionOptions & { limit: number }) => {
        const snapshot = build(spec);
        const region = suggestLinks(snapshot, { ...opts, limit: 10_000 });
        for (const id of snapshot.institutionIds) {
          const own = suggestLinks(snapshot, { ...opts, actorId: id });
          const expected = region
            .filter((s) => s.ids.includes(id))
            .slice(0, opts.limit)
            .map((s) => [pairOf(s.ids), s.score]);
          expect(own.map((s) => [pairOf(s.ids), s.score])).toEqual(expected);
          // The institution asked about comes first in its own list.
          for (const s of own) expect(s.ids[0]).toBe(id);
        }
      }),
      { numRuns: 150, seed: 20261207 },
    );
  });
});

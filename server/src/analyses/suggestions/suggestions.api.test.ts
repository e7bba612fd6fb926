import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REASONS, startAnalyticsApi } from '../../../test-support/analyses/api.js';
import type { AnalyticsApi, BadArguments } from '../../../test-support/analyses/api.js';

let t: AnalyticsApi;
beforeAll(async () => {
  t = await startAnalyticsApi();
});
afterAll(() => t.close());

const PARTS = [
  'topics',
  'distance',
  'network',
  'crossSector',
  'sectorAffinity',
  'activity',
] as const;
interface Suggestion {
  a: { id: string; name: string };
  b: { id: string };
  score: number;
  parts: Record<(typeof PARTS)[number], number>;
  sharedTopicIds: string[];
  commonPartnerIds: string[];
  explanationDe: string;
  reasons: { kind: string; ids: string[] | null; topicIds: string[] | null }[];
}
interface SuggestionResult {
  linkSuggestions: {
    institutions: number;
    truncated: boolean;
    weights: Suggestion['parts'];
    suggestions: Suggestion[];
  };
}
const SUGGESTIONS = `query ($regionId: ID!, $actorId: ID, $sectors: [Sector!], $crossSectorOnly: Boolean, $maxDistanceKm: Float, $limit: Int) {
  linkSuggestions(regionId: $regionId, actorId: $actorId, sectors: $sectors, crossSectorOnly: $crossSectorOnly,
    maxDistanceKm: $maxDistanceKm, limit: $limit) {
    institutions truncated weights { ${PARTS.join(' ')} }
    suggestions { a { id name } b { id } score parts { ${PARTS.join(' ')} } sharedTopicIds
      commonPartnerIds explanationDe ${REASONS} }
  }
}`;

describe('linkSuggestions', () => {
  it('suggests two institutions that share a theme and a partner, with reasons', async () => {
    const r = await t.ask<SuggestionResult>(SUGGESTIONS, {
      regionId: 'reg-14626',
      actorId: 'ins-schule',
    });
    expect(r.linkSuggestions).toMatchObject({ institutions: 10, truncated: false });
    const pair = r.linkSuggestions.suggestions.find((s) => s.b.id === 'ins-solar');
    expect(pair).toBeDefined();
    expect(pair?.a).toEqual({ id: 'ins-schule', name: 'Oberschule Zittau' });
    expect(pair?.commonPartnerIds).toEqual(['ins-verein-a']);
    expect(pair?.sharedTopicIds).toEqual(['top-energy_climate', 'top-renewable_energy']);
    expect(pair?.reasons.map((x) => x.kind)).toEqual([
      'sharedTopics',
      'distance',
      'commonPartners',
      'crossSector',
    ]);
    expect(pair?.explanationDe).toContain('gemeinsamer Partner: Energieverein Görlitz');
    // 10 ties are too few to calibrate on: the fixed fallback weights, no cross-sector bonus.
    const w = r.linkSuggestions.weights;
    expect(w).toEqual({
      topics: 0.4,
      distance: 0.25,
      network: 0.35,
      crossSector: 0,
      sectorAffinity: 0,
      activity: 0,
    });
    const p = pair?.parts;
    // Theme sets {energy, renewable} and {energy, renewable, education_sd, school}: Jaccard 2/4.
    expect(p?.topics).toBeCloseTo(0.5, 12);
    expect(p?.crossSector).toBe(1);
    const combined = PARTS.reduce((sum, part) => sum + w[part] * (p?.[part] ?? 0), 0);
    expect(pair?.score).toBeCloseTo(combined, 12);
    // Existing partners are never suggested.
    const suggested = r.linkSuggestions.suggestions.map((s) => s.b.id);
    expect(suggested).not.toContain('ins-verein-a');
    expect(suggested).not.toContain('ins-kirche');
  });

  it('applies sector, distance and cross-sector filters over the whole region', async () => {
    const r = await t.ask<SuggestionResult>(SUGGESTIONS, {
      regionId: 'reg-14626',
      crossSectorOnly: true,
      maxDistanceKm: 5,
      limit: 50,
    });
    expect(r.linkSuggestions.suggestions.length).toBeGreaterThan(0);
    for (const s of r.linkSuggestions.suggestions) {
      expect(s.reasons.some((x) => x.kind === 'crossSector')).toBe(true);
    }
    const none = await t.ask<SuggestionResult>(SUGGESTIONS, {
      regionId: 'reg-14626',
      sectors: ['science'],
    });
    expect(none.linkSuggestions.suggestions).toEqual([]);
  });
});

/** The selections the argument checks ask for. */
const CHECKED_SUGGESTIONS = `query ($regionId: ID!, $actorId: ID, $limit: Int, $maxDistanceKm: Float) {
  linkSuggestions(regionId: $regionId, actorId: $actorId, limit: $limit, maxDistanceKm: $maxDistanceKm) { institutions } }`;

describe('bad arguments', () => {
  it.each<BadArguments>([
    ['limit 0', { regionId: 'reg-14626', limit: 0 }, 'BAD_USER_INPUT'],
    ['limit 101', { regionId: 'reg-14626', limit: 101 }, 'BAD_USER_INPUT'],
    ['negative distance', { regionId: 'reg-14626', maxDistanceKm: -1 }, 'BAD_USER_INPUT'],
    ['unknown region', { regionId: 'reg-99999' }, 'NOT_FOUND'],
    ['a person as actor', { regionId: 'reg-14626', actorId: 'per-anna' }, 'NOT_FOUND'],
    ['actor outside region', { regionId: 'reg-14626', actorId: 'ins-uni' }, 'BAD_USER_INPUT'],
  ])('linkSuggestions: %s', async (_name, variables, code) => {
    expect(await t.codeOf(CHECKED_SUGGESTIONS, variables)).toBe(code);
  });
});

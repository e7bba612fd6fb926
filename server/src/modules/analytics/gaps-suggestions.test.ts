import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REASONS, startAnalyticsApi } from './test-api.js';
import type { AnalyticsApi } from './test-api.js';

let t: AnalyticsApi;
beforeAll(async () => {
  t = await startAnalyticsApi();
});
afterAll(() => t.close());

interface Cell {
  sectors: string[];
  observed: number;
  expected: number;
  ratio: number | null;
  pValue: number;
  underLinked: boolean;
  explanationDe: string;
  reasons: { kind: string; sectors: string[]; observed: number }[];
}
interface GapResult {
  gapTable: {
    totalTies: number;
    possiblePairs: number;
    sectorSizes: { sector: string; institutions: number }[];
    cells: Cell[];
    truncated: boolean;
  };
}
const GAPS = `query ($regionId: ID, $networkId: ID, $topicId: ID) {
  gapTable(regionId: $regionId, networkId: $networkId, topicId: $topicId) {
    totalTies possiblePairs truncated sectorSizes { sector institutions }
    cells { sectors observed expected ratio pValue underLinked explanationDe ${REASONS} }
  }
}`;
const cell = (r: GapResult, a: string, b: string): Cell | undefined =>
  r.gapTable.cells.find((c) => c.sectors[0] === a && c.sectors[1] === b);

describe('gapTable', () => {
  it('counts the district’s active cooperations per sector pair against chance (hand-checked)', async () => {
    const r = await t.ask<GapResult>(GAPS, { regionId: 'reg-14626' });
    // 10 institutions, 10 active ties inside the district (the ended one and the one to Leipzig are out).
    expect(r.gapTable).toMatchObject({ totalTies: 10, possiblePairs: 45, truncated: false });
    expect(r.gapTable.sectorSizes.map((s) => s.institutions)).toEqual([3, 2, 2, 2, 1, 0]);
    // education × business: 2·2 = 4 pairs, expected 10·4/45, observed 0, p = e^-expected.
    const eduBusiness = cell(r, 'business', 'education');
    expect(eduBusiness?.observed).toBe(0);
    expect(eduBusiness?.expected).toBeCloseTo(40 / 45, 12);
    expect(eduBusiness?.ratio).toBe(0);
    expect(eduBusiness?.pValue).toBeCloseTo(Math.exp(-40 / 45), 12);
    // civil society × administration: 3·2 = 6 pairs, expected 60/45, observed 2.
    const csAdmin = cell(r, 'civil_society', 'administration');
    expect(csAdmin).toMatchObject({ observed: 2, ratio: 1.5, underLinked: false });
    expect(csAdmin?.reasons[0]).toMatchObject({ kind: 'sectorGap', observed: 2 });
    expect(csAdmin?.explanationDe).toBe(
      '2 Kooperationen zwischen Zivilgesellschaft und Verwaltung & Politik, erwartet wären 1,3.',
    );
    expect(r.gapTable.cells).toHaveLength(21);
  });

  it('filters by topic and scopes by network', async () => {
    const energy = await t.ask<GapResult>(GAPS, {
      regionId: 'reg-14626',
      topicId: 'top-energy_climate',
    });
    // Energy: Energieverein, Stadt, Solarhandwerk, Oberschule; ties c1, c3, c4.
    expect(energy.gapTable.sectorSizes.map((s) => s.institutions)).toEqual([1, 1, 1, 1, 0, 0]);
    expect(energy.gapTable.totalTies).toBe(3);
    const network = await t.ask<GapResult>(GAPS, { networkId: 'net-energie' });
    // Members Energieverein, Solarhandwerk, Oberschule: ties c3 and c4.
    expect(network.gapTable).toMatchObject({ totalTies: 2, possiblePairs: 3 });
  });
});

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

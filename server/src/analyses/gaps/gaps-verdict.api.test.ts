/**
 * The gap table in a sparse rural district (issue 12): a verdict per cell from the exact test, what would make
 * a cell decidable, its cooperations and who could bridge it; suggestions aimed at a cell first.
 * Landkreis Görlitz of the analytics network: 10 institutions (P = 45 pairs), 10 active ties.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAnalyticsApi } from '../../../test-support/analyses/api.js';
import type { AnalyticsApi } from '../../../test-support/analyses/api.js';

let t: AnalyticsApi;
beforeAll(async () => {
  t = await startAnalyticsApi();
});
afterAll(() => t.close());

interface Cell {
  sectors: string[];
  observed: number;
  verdict: string;
  test: { pValue: number; minimumPValue: number; alpha: number };
  dataNeeded: {
    additionalCooperations: number | null;
    additionalInstitutions: number | null;
    sector: string | null;
  } | null;
  pairs: { a: { id: string }; b: { id: string } }[];
  brokers: { node: { id: string; name: string }; openPairs: number }[];
}
const GAPS = `query ($regionId: ID) {
  gapTable(regionId: $regionId) {
    cells {
      sectors observed verdict test { pValue minimumPValue alpha }
      dataNeeded { additionalCooperations additionalInstitutions sector }
      pairs { a { id } b { id } } brokers { node { id name } openPairs }
    }
  }
}`;
const cellOf = (cells: Cell[], a: string, b: string): Cell => {
  const found = cells.find((c) => c.sectors[0] === a && c.sectors[1] === b);
  if (!found) throw new Error(`no cell ${a} × ${b}`);
  return found;
};

describe('gapTable verdicts in a sparse district', () => {
  it('has no verdict where even zero ties are chance, and says what would change that', async () => {
    const { gapTable } = await t.ask<{ gapTable: { cells: Cell[] } }>(GAPS, {
      regionId: 'reg-14626',
    });
    expect(gapTable.cells.every((c) => typeof c.verdict === 'string')).toBe(true);
    const eduBusiness = cellOf(gapTable.cells, 'business', 'education');
    // 4 of 45 pairs, 10 ties: P(X = 0) = C(41,10)/C(45,10) = 0.35142 (Python, exact fractions).
    expect(eduBusiness.verdict).toBe('insufficientData');
    expect(eduBusiness.test.minimumPValue).toBeCloseTo(0.35142118863049093, 12);
    expect(eduBusiness.test.pValue).toBeCloseTo(0.35142118863049093, 12);
    expect(eduBusiness.test.alpha).toBe(0.05);
    // Python: 13 more ties at the same pairs; or 4 more businesses at density 10/45 (P = 91, K = 12, T = 20: 0.04058).
    expect(eduBusiness.dataNeeded).toEqual({
      additionalCooperations: 13,
      additionalInstitutions: 4,
      sector: 'business',
    });
    // Energieverein cooperates with Oberschule Zittau and Solarhandwerk, who do not (their tie ended).
    expect(eduBusiness.brokers).toEqual([
      { node: { id: 'ins-verein-a', name: 'Energieverein Görlitz' }, openPairs: 1 },
    ]);
    expect(eduBusiness.pairs).toEqual([]);
  });

  it('lists the cooperations of a cell and judges cells with more ties than expected unremarkable', async () => {
    const { gapTable } = await t.ask<{ gapTable: { cells: Cell[] } }>(GAPS, {
      regionId: 'reg-14626',
    });
    const csAdmin = cellOf(gapTable.cells, 'civil_society', 'administration');
    expect(csAdmin.verdict).toBe('unremarkable');
    expect(csAdmin.dataNeeded).toBeNull();
    expect(csAdmin.pairs).toEqual([
      { a: { id: 'ins-lra' }, b: { id: 'ins-verein-a' } },
      { a: { id: 'ins-stadt' }, b: { id: 'ins-verein-a' } },
    ]);
    expect(cellOf(gapTable.cells, 'civil_society', 'civil_society').brokers).toEqual([]);
    // Science has no institution in the district: no verdict, and more ties cannot help.
    const science = cellOf(gapTable.cells, 'civil_society', 'science');
    expect(science.verdict).toBe('insufficientData');
    expect(science.dataNeeded?.additionalCooperations).toBeNull();
    expect(science.dataNeeded?.sector).toBe('science');
  });
});

interface Suggestions {
  linkSuggestions: {
    suggestions: { a: { id: string }; b: { id: string }; target: string[] | null }[];
  };
}
const SUGGEST = `query ($targets: [[Sector!]!]) {
  linkSuggestions(regionId: "reg-14626", crossSectorOnly: true, targetSectorPairs: $targets, perTarget: 1) {
    suggestions { a { id } b { id } target }
  }
}`;

describe('linkSuggestions aimed at gap cells', () => {
  it('ranks the pairs of a target sector pair first and names the target', async () => {
    const plain = await t.ask<Suggestions>(SUGGEST, {});
    expect(plain.linkSuggestions.suggestions.every((s) => s.target === null)).toBe(true);
    const aimed = await t.ask<Suggestions>(SUGGEST, { targets: [['business', 'education']] });
    const [first, ...rest] = aimed.linkSuggestions.suggestions;
    expect([first?.a.id, first?.b.id].sort()).toEqual(['ins-schule', 'ins-solar']);
    expect(first?.target).toEqual(['business', 'education']);
    expect(rest.every((s) => s.target === null)).toBe(true);
    // Same suggestions otherwise, none twice.
    const keys = aimed.linkSuggestions.suggestions.map((s) => `${s.a.id}|${s.b.id}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('refuses a target that is not a pair of sectors', async () => {
    expect(await t.codeOf(SUGGEST, { targets: [['business']] })).toBe('BAD_USER_INPUT');
    expect(await t.codeOf(SUGGEST, { targets: [['business', 'nowhere']] })).toBe('BAD_USER_INPUT');
  });
});

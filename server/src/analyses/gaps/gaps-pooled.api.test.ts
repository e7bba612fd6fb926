/**
 * Pooling a sparse district through the API (both stores): Görlitz alone cannot show a gap between civil
 * society and business; pooled with its nearest rural district (Bautzen; Dresden is nearer than Meißen but a
 * city) it can, so no further district is added. Counts as in pooling.test.ts.
 */
import { regionId } from '@nzr/graph-schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAnalyticsApi } from '../../../test-support/analyses/api.js';
import type { AnalyticsApi } from '../../../test-support/analyses/api.js';
import { FixtureBuilder, place } from '../../../test-support/fixture-builder.js';

const district = (b: FixtureBuilder, ags: string, name: string, lat: number, lon: number) =>
  b
    .region(ags, name, 'district', { location: place(lat, lon), urban: false })
    .rel('PART_OF', regionId(ags), regionId('14'));

function fixture() {
  const b = new FixtureBuilder().region('14', 'Sachsen', 'state');
  district(b, '14626', 'Landkreis Görlitz', 51.15, 14.97);
  district(b, '14625', 'Landkreis Bautzen', 51.18, 14.42);
  district(b, '14628', 'Landkreis Sächsische Schweiz-Osterzgebirge', 50.93, 13.94);
  district(b, '14627', 'Landkreis Meißen', 51.16, 13.48);
  b.region('14612', 'Dresden', 'district', { location: place(51.05, 13.74), urban: true }).rel(
    'PART_OF',
    regionId('14612'),
    regionId('14'),
  );
  const inst = (id: string, sector: 'civil_society' | 'business', ags: string) =>
    b.institution(id, sector, { region: regionId(ags) });
  inst('ins-c1', 'civil_society', '14626');
  inst('ins-c2', 'civil_society', '14626');
  inst('ins-b1', 'business', '14626');
  inst('ins-c3', 'civil_society', '14625');
  inst('ins-c4', 'civil_society', '14625');
  inst('ins-b2', 'business', '14625');
  inst('ins-b3', 'business', '14625');
  // Many organisations in Meißen and Dresden: pooled with them the answer would differ.
  for (const ags of ['14627', '14612'])
    for (let i = 0; i < 4; i++) inst(`ins-${ags}-${i}`, i % 2 ? 'business' : 'civil_society', ags);
  b.coop('ins-14627-0', 'ins-14627-1').coop('ins-14612-0', 'ins-14612-1');
  return b.coop('ins-c1', 'ins-c2').coop('ins-c3', 'ins-c4').coop('ins-b2', 'ins-b3').batch();
}

let t: AnalyticsApi;
beforeAll(async () => {
  t = await startAnalyticsApi(fixture());
});
afterAll(() => t.close());

interface Cell {
  sectors: string[];
  observed: number;
  expected: number;
  possiblePairs: number;
  verdict: string;
  test: { pValue: number };
}
interface Result {
  gapTable: {
    cells: Cell[];
    pooled: {
      partners: { name: string }[];
      institutions: number;
      totalTies: number;
      possiblePairs: number;
      cells: Cell[];
    } | null;
  };
}
const QUERY = `query ($regionId: ID, $pool: Boolean) {
  gapTable(regionId: $regionId, pool: $pool) {
    cells { sectors observed expected possiblePairs verdict test { pValue } }
    pooled {
      partners { name } institutions totalTies possiblePairs
      cells { sectors observed expected possiblePairs verdict test { pValue } }
    }
  }
}`;
const cross = (cells: Cell[]) =>
  cells.find((c) => c.sectors.includes('business') && c.sectors.includes('civil_society'));

describe('gapTable pooled', () => {
  it('pools Görlitz with the nearest rural district that makes a verdict possible (hand-computed)', async () => {
    const r = await t.ask<Result>(QUERY, { regionId: regionId('14626') });
    expect(cross(r.gapTable.cells)?.verdict).toBe('insufficientData');
    const pooled = r.gapTable.pooled;
    expect(pooled?.partners.map((p) => p.name)).toEqual(['Landkreis Bautzen']);
    expect(pooled).toMatchObject({ institutions: 7, totalTies: 3, possiblePairs: 9 });
    // P = 3 + 6 pairs, K = 2 + 4, T = 1 + 2, none observed: P(X = 0) = C(3,3) / C(9,3) = 1/84.
    const cell = cross(pooled?.cells ?? []);
    expect(cell).toMatchObject({ observed: 0, expected: 2, possiblePairs: 6, verdict: 'gap' });
    expect(cell?.test.pValue).toBeCloseTo(1 / 84, 12);
  });

  it('is not computed when asked not to, or for a region that is not a district', async () => {
    const off = await t.ask<Result>(QUERY, { regionId: regionId('14626'), pool: false });
    expect(off.gapTable.pooled).toBeNull();
    const state = await t.ask<Result>(QUERY, { regionId: regionId('14') });
    expect(state.gapTable.pooled).toBeNull();
  });
});

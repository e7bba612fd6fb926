import { describe, expect, it } from 'vitest';
import { SubgraphBuilder } from '../../../test-support/analyses/subgraph-builder.js';
import type { GraphNode } from '../../store/port.js';
import { buildSnapshot } from '../kernel/snapshot.js';
import { gapTable } from './gaps.js';
import { poolPartners } from './pool-partners.js';
import { poolTables } from './pooling.js';

/** District A: 2 civil-society organisations and 1 business, 1 tie; B: 2 and 2, 2 ties (inside each sector). */
function tables() {
  const a = new SubgraphBuilder()
    .institution('c1', 'civil_society')
    .institution('c2', 'civil_society')
    .institution('b1', 'business')
    .coop('c1', 'c2');
  const b = new SubgraphBuilder()
    .institution('c3', 'civil_society')
    .institution('c4', 'civil_society')
    .institution('b2', 'business')
    .institution('b3', 'business')
    .coop('c3', 'c4')
    .coop('b2', 'b3');
  return [a, b].map((builder) => gapTable(buildSnapshot(builder.build())));
}

const cellOf = <T extends { sectors: readonly string[] }>(
  cells: readonly T[],
  x: string,
  y: string,
) =>
  cells.find(
    (c) =>
      c.sectors.includes(x) && c.sectors.includes(y) && (x !== y || c.sectors[0] === c.sectors[1]),
  );

describe('poolTables', () => {
  it('turns two districts with too few data into one verdict (hand-computed)', () => {
    const [a, b] = tables();
    // Alone: A has P = 3 pairs, K = 2 civil × business, T = 1, so P(X = 0) = 1/3; B: P = 6, K = 4, T = 2,
    // P(X = 0) = C(2,2)/C(6,2) = 1/15 ≥ 0.05. Neither can show a gap.
    expect(cellOf(a?.cells ?? [], 'business', 'civil_society')?.verdict.verdict).toBe(
      'insufficientData',
    );
    expect(cellOf(b?.cells ?? [], 'business', 'civil_society')?.verdict.verdict).toBe(
      'insufficientData',
    );
    const pooled = poolTables([a, b].flatMap((t) => (t ? [t] : [])));
    expect(pooled).toMatchObject({ institutions: 7, totalTies: 3, possiblePairs: 9 });
    // Pooled: P = 9, K = 6, T = 3, observed 0: P(X = 0) = C(3,3)/C(9,3) = 1/84 < 0.05, expected 3·6/9 = 2.
    const cross = cellOf(pooled.cells, 'business', 'civil_society');
    expect(cross).toMatchObject({ possiblePairs: 6, observed: 0, expected: 2 });
    expect(cross?.verdict.verdict).toBe('gap');
    expect(cross?.verdict.pValue).toBeCloseTo(1 / 84, 12);
    // Inside civil society: K = 1 + 1, both pairs cooperate: more than expected.
    const civil = cellOf(pooled.cells, 'civil_society', 'civil_society');
    expect(civil).toMatchObject({ possiblePairs: 2, observed: 2 });
    expect(civil?.verdict.verdict).toBe('unremarkable');
  });

  it('of one table is that table’s verdicts', () => {
    const [a] = tables();
    if (!a) throw new Error('no table');
    const pooled = poolTables([a]);
    expect(pooled.cells.map((c) => c.verdict.pValue)).toEqual(a.cells.map((c) => c.verdict.pValue));
  });
});

const district = (id: string, lat: number, lon: number, urban = false): GraphNode => ({
  id,
  label: 'Region',
  version: 1,
  createdAt: '',
  updatedAt: '',
  properties: { name: id, level: 'district', urban, location: { latitude: lat, longitude: lon } },
});

describe('poolPartners', () => {
  it('are the districts of the same kind, nearest first', () => {
    const goerlitz = district('goerlitz', 51.15, 14.97);
    const districts = [
      goerlitz,
      district('bautzen', 51.18, 14.42),
      district('soe', 50.93, 13.94),
      district('meissen', 51.16, 13.48),
      district('dresden', 51.05, 13.74, true),
      district('leipzig', 51.34, 12.37, true),
    ];
    expect(poolPartners(goerlitz, districts).map((d) => d.id)).toEqual([
      'bautzen',
      'soe',
      'meissen',
    ]);
    expect(poolPartners(goerlitz, districts, 1).map((d) => d.id)).toEqual(['bautzen']);
    expect(poolPartners(districts[4] as GraphNode, districts).map((d) => d.id)).toEqual([
      'leipzig',
    ]);
  });
});

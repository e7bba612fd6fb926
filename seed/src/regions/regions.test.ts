import { describe, expect, it } from 'vitest';
import { checkRegions, loadRegions } from './regions.js';

describe('saxony-regions.json', () => {
  const { regions } = loadRegions();
  const districts = regions.filter((r) => r.level === 'district');
  const municipalities = regions.filter((r) => r.level === 'municipality');

  it('is consistent: AGS format per level, parents exist, coordinates inside Saxony', () => {
    expect(checkRegions(loadRegions())).toEqual([]);
  });

  it('has the state, 13 districts with the three kreisfreie Städte marked urban', () => {
    expect(regions.filter((r) => r.level === 'state').map((r) => r.ags)).toEqual(['14']);
    expect(districts).toHaveLength(13);
    expect(districts.filter((d) => d.urban).map((d) => `${d.ags} ${d.name}`)).toEqual([
      '14511 Chemnitz',
      '14612 Dresden',
      '14713 Leipzig',
    ]);
    expect(districts.every((d) => /^14\d{3}$/.test(d.ags) && d.population > 150_000)).toBe(true);
  });

  it('gives every district municipalities and every municipality its district', () => {
    const districtAgs = new Set(districts.map((d) => d.ags));
    expect(municipalities.length).toBeGreaterThan(300);
    expect(
      municipalities.every((m) => /^14\d{6}$/.test(m.ags) && districtAgs.has(m.parent ?? '')),
    ).toBe(true);
    for (const d of districts) expect(municipalities.some((m) => m.parent === d.ags)).toBe(true);
  });

  it('sums district populations for the state', () => {
    const state = regions.find((r) => r.level === 'state');
    expect(state?.population).toBe(districts.reduce((sum, d) => sum + d.population, 0));
  });
});

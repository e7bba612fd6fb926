/**
 * The graph files (`nodes`, `edges`: the CSV export's format) through the import: every label and type with
 * its typed properties, and row errors where a row misuses them. The full round trip on the demo data is
 * seed/src/load/csv-round-trip.api.test.ts.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { viewerFor } from '../../auth/viewer.js';
import { ImportService } from './import.service.js';
import { openTestStore, rowMessages } from '../../../test-support/import-export/import-store.js';
import type { TestStore } from '../../../test-support/import-export/import-store.js';

let t: TestStore;
let service: ImportService;
beforeEach(async () => {
  t = await openTestStore();
  service = new ImportService(t.store, viewerFor('coordinator', 'acc-coord'));
});
afterEach(() => t.close());

const NODES = [
  'id,label,name,visibility,latitude,longitude,level,ags,urban,population,funderLevel,eligibleSectors,maxAmountEur',
  "per-neu,Person,'=Formel,public,51.1,14.9,,,,,,,",
  'reg-neu,Region,Neustadt,,,,municipality,14626999,true,1200,,,',
  'fun-neu,FundingProgramme,Fonds,,,,,,,,state,business|science,5000',
].join('\n');

describe('importing graph files', () => {
  it('reads every property by its type, persons’ coordinates and formula cells included', async () => {
    expect((await service.dryRun('nodes', NODES)).errors).toEqual([]);
    expect(await service.apply('nodes', NODES)).toMatchObject({ applied: true, errors: [] });
    const [person, region, programme] = await t.store.getNodes(['per-neu', 'reg-neu', 'fun-neu']);
    expect(person?.properties).toEqual({
      name: '=Formel',
      visibility: 'public',
      location: { latitude: 51.1, longitude: 14.9 },
    });
    expect(region?.properties).toMatchObject({ urban: true, population: 1200, ags: '14626999' });
    expect(programme?.properties).toMatchObject({
      eligibleSectors: ['business', 'science'],
      maxAmountEur: 5000,
    });
    const edges = [
      'id,type,source,target,amountEur,year,role',
      'el-neu,ELIGIBLE_IN,fun-neu,reg-neu,,,',
      'po-neu,PART_OF,reg-neu,reg-14626,,,',
    ].join('\n');
    expect((await service.dryRun('edges', edges)).errors).toEqual([]);
    expect(await service.apply('edges', edges)).toMatchObject({ applied: true, errors: [] });
    expect((await t.store.stats()).relationships.ELIGIBLE_IN).toBe(1);
  });

  it('reports what a row may not say', async () => {
    const nodes = [
      'id,label,name,visibility,kind,population',
      'x-1,Gremlin,A,,,',
      'per-x,Person,B,public,association,',
      'reg-x,Region,C,,,viele',
    ].join('\n');
    expect(rowMessages((await service.dryRun('nodes', nodes)).errors)).toEqual([
      { row: 2, column: 'label', message: 'unknown label Gremlin' },
      { row: 3, column: 'kind', message: 'is not a property of Person; leave it empty' },
      { row: 4, column: 'population', message: 'must be a number, e.g. 51.05 or 51,05' },
      { row: 4, column: 'level', message: 'is required' },
      { row: 4, column: 'ags', message: 'is required' },
    ]);
    const edges = [
      'id,type,source,target',
      'e-1,MEMBER_OF,ins-energie-goerlitz,per-anna',
      'e-2,LIKES,per-anna,per-bernd',
    ].join('\n');
    expect(rowMessages((await service.dryRun('edges', edges)).errors)).toEqual([
      { row: 2, column: 'source', message: 'ins-energie-goerlitz is an Institution, not a Person' },
      { row: 2, column: 'target', message: 'per-anna is a Person, not an Institution' },
      { row: 3, column: 'type', message: 'unknown relationship type LIKES' },
    ]);
  });
});

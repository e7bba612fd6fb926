import { describe, expect, it } from 'vitest';
import { SubgraphBuilder } from '../../../test-support/analyses/subgraph-builder.js';
import { buildSnapshot } from '../kernel/snapshot.js';
import { MAX_BLOCK } from './blocking.js';
import { findDuplicates } from './duplicates.js';

const ZITTAU = 'reg-14626610';
const OLBERSDORF = 'reg-14626390';

/** Zittau and Olbersdorf (3.2 km apart) and places far away; names written as coordinators really type them. */
function example(): SubgraphBuilder {
  return new SubgraphBuilder()
    .region('14626610', 'Zittau', 'municipality', {
      location: { latitude: 50.896, longitude: 14.807 },
    })
    .region('14626390', 'Olbersdorf', 'municipality', {
      location: { latitude: 50.873, longitude: 14.78 },
    })
    .institution('ins-bund-a', 'civil_society', { name: 'BUND Ortsgruppe Zittau', region: ZITTAU })
    .institution('ins-bund-b', 'civil_society', {
      name: 'BUND-Ortsgruppe Zittau e.V.',
      region: ZITTAU,
    })
    .institution('ins-bund-far', 'civil_society', {
      name: 'BUND Ortsgruppe Zittau',
      lat: 51.05,
      lon: 13.74,
    })
    .institution('ins-solar-a', 'business', { name: 'Solarwerk Zittau GmbH', region: ZITTAU })
    .institution('ins-solar-b', 'business', { name: 'Solarwerk Zitau', region: OLBERSDORF })
    .institution('ins-stadt', 'administration', { name: 'Stadt Zittau', region: ZITTAU })
    .institution('ins-stadt-2', 'administration', {
      name: 'Große Kreisstadt Zittau',
      lat: 51.05,
      lon: 13.74,
      props: { url: 'https://www.zittau.de/' },
    })
    .institution('ins-stadt-3', 'administration', {
      name: 'Zittau',
      lat: 51.3,
      lon: 12.4,
      props: { url: 'http://zittau.de' },
    })
    .person('per-mueller', { name: 'Anna Müller', region: ZITTAU })
    .person('per-mueller-2', { name: 'Anna Mueller', region: OLBERSDORF })
    .person('per-mueller-far', { name: 'Anna Müller', lat: 51.3, lon: 12.4 })
    .institution('ins-anna', 'business', { name: 'Anna Müller', region: ZITTAU });
}

const ids = (pairs: { a: string; b: string }[]): string[] => pairs.map((p) => `${p.a}+${p.b}`);

describe('findDuplicates', () => {
  it('flags equal or very similar names that are close or share a contact, and nothing else', () => {
    const pairs = findDuplicates(buildSnapshot(example().build()));
    expect(ids(pairs)).toEqual([
      'ins-bund-a+ins-bund-b',
      'ins-stadt-2+ins-stadt-3',
      'per-mueller+per-mueller-2',
      'ins-solar-a+ins-solar-b',
    ]);
    expect(pairs[0]).toEqual({
      a: 'ins-bund-a',
      b: 'ins-bund-b',
      similarity: 1,
      sameName: true,
      sameMunicipality: true,
      distanceKm: 0,
      sharedContact: null,
    });
    // "solarwerk zittau" / "solarwerk zitau": 10 + 7 and 10 + 6 bigrams, 10 + 6 shared → 32/33; the centres
    // of Zittau and Olbersdorf are 3.186 km apart (haversine, R = 6378.14 km, computed in Python).
    const solar = pairs.find((p) => p.a === 'ins-solar-a');
    expect(solar).toMatchObject({ sameName: false, sameMunicipality: false });
    expect(solar?.similarity).toBeCloseTo(32 / 33, 12);
    expect(solar?.distanceKm).toBeCloseTo(3.186, 3);
    // Same web address, 100 km apart: flagged because of the address ("Stadt Zittau" in Zittau has none, and
    // "Große Kreisstadt Zittau" in Dresden is too far from it).
    expect(pairs.find((p) => p.b === 'ins-stadt-3' && p.a === 'ins-stadt-2')).toMatchObject({
      sharedContact: 'url',
      sameMunicipality: false,
    });
  });

  it('keeps apart names that differ in a word of their own, a quarter or a number (seen in the 10k demo)', () => {
    const near = { lat: 51.05, lon: 13.74 };
    const builder = new SubgraphBuilder();
    const pairs: [string, string][] = [
      ['Katholische Pfarrei St. Martin Dresden', 'Katholische Pfarrei St. Marien Dresden'],
      ['Bauunternehmen Bader GmbH', 'Bauunternehmen Bender GmbH'],
      ['Ingenieurbüro Lax', 'Ingenieurbüro'],
      ['Volkshochschule Leipzig', 'Volkshochschule Leipzig-Nord'],
      ['Grundschule 12 Dresden', 'Grundschule 21 Dresden'],
    ];
    pairs.forEach(([x, y], i) => {
      builder.institution(`ins-${i}-x`, 'business', { name: x, ...near });
      builder.institution(`ins-${i}-y`, 'business', { name: y, ...near });
    });
    // Both similar overall (Dice ≥ 0.88 for most), yet two entries each.
    expect(findDuplicates(buildSnapshot(builder.build()))).toEqual([]);
    // A typo in the distinguishing word, and the same words reordered, are one entry.
    const same = new SubgraphBuilder()
      .institution('ins-a', 'business', { name: 'Bauunternehmen Baumeister GmbH', ...near })
      .institution('ins-b', 'business', { name: 'Bauunternehmen Bauermeister', ...near })
      .institution('ins-c', 'civil_society', { name: 'Zittau BUND', ...near })
      .institution('ins-d', 'civil_society', { name: 'BUND Zittau e.V.', ...near });
    expect(ids(findDuplicates(buildSnapshot(same.build())))).toEqual([
      'ins-c+ins-d',
      'ins-a+ins-b',
    ]);
  });

  it('answers for one entry with exactly its pairs', () => {
    const snapshot = buildSnapshot(example().build());
    const all = findDuplicates(snapshot);
    for (const id of ['ins-stadt-3', 'ins-bund-far', 'per-mueller']) {
      expect(ids(findDuplicates(snapshot, { onlyId: id }))).toEqual(
        ids(all.filter((p) => p.a === id || p.b === id)),
      );
    }
    expect(findDuplicates(snapshot, { onlyId: 'ins-unknown' })).toEqual([]);
  });

  it('compares at most MAX_BLOCK entries of one block (bounded work in a dense city)', () => {
    const builder = new SubgraphBuilder();
    for (let i = 0; i < MAX_BLOCK + 50; i++) {
      const id = `ins-${String(i).padStart(4, '0')}`;
      builder.institution(id, 'civil_society', { name: 'Repair Café', lat: 51.05, lon: 13.74 });
    }
    const pairs = findDuplicates(buildSnapshot(builder.build()));
    // Every one of the first MAX_BLOCK is compared with every other of them; later ones with those.
    expect(pairs.length).toBeLessThanOrEqual((MAX_BLOCK * (MAX_BLOCK - 1)) / 2 + 50 * MAX_BLOCK);
    expect(pairs.length).toBeGreaterThan((MAX_BLOCK * (MAX_BLOCK - 1)) / 2);
  });
});

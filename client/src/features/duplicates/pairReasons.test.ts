import { describe, expect, it } from 'vitest';
import { pairReasons } from './pairReasons';
import { conflictingProperties, filledProperties, valueText } from './propertyChoices';

describe('pairReasons', () => {
  it('names an equal name, the same place and nothing else', () => {
    expect(
      pairReasons({ similarity: 1, sameName: true, sameMunicipality: true, distanceKm: 0 }),
    ).toEqual([
      { key: 'duplicates.reason.sameName' },
      { key: 'duplicates.reason.sameMunicipality' },
    ]);
  });

  it('gives the similarity in whole percent (rounded down), the distance and a shared address', () => {
    expect(
      pairReasons({
        similarity: 32 / 33,
        sameName: false,
        sameMunicipality: false,
        distanceKm: 3.186,
        sharedContact: 'url',
      }),
    ).toEqual([
      { key: 'duplicates.reason.similarName', values: { percent: 96 } },
      { key: 'duplicates.reason.distance', values: { km: 3.2 } },
      { key: 'duplicates.reason.sameUrl' },
    ]);
  });
});

describe('property choices', () => {
  const keep = {
    name: 'BUND Ortsgruppe Zittau',
    kind: 'association',
    location: { latitude: 1, longitude: 2 },
  };
  const remove = { name: 'BUND-Ortsgruppe Zittau e.V.', kind: 'association', url: 'https://x.de' };

  it('asks only about values both hold differently, and fills what is missing', () => {
    expect(conflictingProperties(keep, remove)).toEqual(['name']);
    expect(filledProperties(keep, remove)).toEqual(['url']);
    expect(filledProperties(remove, keep)).toEqual(['location']);
  });

  it('writes values as one line', () => {
    expect(valueText({ latitude: 50.9, longitude: 14.8 })).toBe('50.9, 14.8');
    expect(valueText(['a', 'b'])).toBe('a, b');
    expect(valueText(3)).toBe('3');
  });
});

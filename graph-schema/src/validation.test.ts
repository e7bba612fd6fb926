import { describe, expect, it } from 'vitest';
import {
  checkValue,
  isValidDate,
  validateId,
  validateNodeInput,
  validateRelationshipInput,
} from './validation.js';

const institution = {
  name: 'Bürgerenergie Görlitz eG',
  kind: 'business',
  sector: 'business',
  location: { latitude: 51.15, longitude: 14.99 },
};

describe('validateNodeInput', () => {
  it('accepts a complete institution', () => {
    expect(validateNodeInput('Institution', institution, 'create')).toEqual([]);
  });

  it('names every missing required property on create', () => {
    const issues = validateNodeInput('Institution', { name: 'x' }, 'create');
    expect(issues.map((issue) => issue.path).sort()).toEqual([
      'properties.kind',
      'properties.sector',
    ]);
  });

  it('accepts a partial update but not removing a required property', () => {
    expect(validateNodeInput('Institution', { description: null }, 'update')).toEqual([]);
    expect(validateNodeInput('Institution', { name: null }, 'update')).toEqual([
      { path: 'properties.name', message: 'is required' },
    ]);
  });

  it('rejects unknown labels, unknown and system properties', () => {
    expect(validateNodeInput('Actor', {}, 'create')[0]?.path).toBe('label');
    const issues = validateNodeInput(
      'Person',
      { visibility: 'public', name: 'A', version: 3, shoeSize: 44 },
      'create',
    );
    expect(issues).toEqual([
      { path: 'properties.version', message: 'is managed by the store' },
      { path: 'properties.shoeSize', message: 'is not a known property' },
    ]);
  });

  it('rejects wrong enum values, types and hostile strings', () => {
    const issues = validateNodeInput(
      'Institution',
      { ...institution, sector: 'military', name: 'a\u0000b', url: 'javascript:alert(1)' },
      'create',
    );
    expect(issues.map((issue) => issue.path).sort()).toEqual([
      'properties.name',
      'properties.sector',
      'properties.url',
    ]);
    expect(validateNodeInput('Institution', { name: '\uD800' }, 'update')[0]?.message).toMatch(
      /unicode/,
    );
    expect(
      validateNodeInput('Institution', { name: 'x'.repeat(301) }, 'update')[0]?.message,
    ).toMatch(/longer/);
    expect(validateNodeInput('Institution', { name: '   ' }, 'update')[0]?.message).toBe(
      'must not be empty',
    );
  });

  it('keeps umlauts, ß and line breaks in text', () => {
    expect(
      validateNodeInput('Institution', { description: 'Straße\nWeißwasser – Öko' }, 'update'),
    ).toEqual([]);
  });

  it('rejects properties that are not an object', () => {
    expect(validateNodeInput('Person', [], 'create')).toEqual([
      { path: 'properties', message: 'must be an object' },
    ]);
  });
});

describe('checkValue', () => {
  it('checks points, numbers, dates and enum lists', () => {
    expect(checkValue({ type: 'point', description: '' }, { latitude: 91, longitude: 0 })).toMatch(
      /latitude/,
    );
    expect(
      checkValue({ type: 'point', description: '' }, { latitude: 1, longitude: 2, z: 3 }),
    ).toMatch(/only/);
    expect(checkValue({ type: 'integer', min: 0, description: '' }, 1.5)).toBe(
      'must be an integer',
    );
    expect(checkValue({ type: 'float', description: '' }, Number.NaN)).toBe(
      'must be a finite number',
    );
    expect(checkValue({ type: 'date', description: '' }, '2024-02-30')).toMatch(/date/);
    const list = { type: 'enum[]', values: ['a', 'b'], description: '' } as const;
    expect(checkValue(list, ['a', 'b'])).toBeUndefined();
    expect(checkValue(list, ['a', 'a'])).toMatch(/without repeats/);
  });
});

describe('ids and dates', () => {
  it('accepts short url-safe ids only', () => {
    expect(validateId('ins-000123')).toEqual([]);
    expect(validateId('reg-14612')).toEqual([]);
    expect(validateId('')).toHaveLength(1);
    expect(validateId('-x')).toHaveLength(1);
    expect(validateId("x' OR 1=1")).toHaveLength(1);
    expect(validateId('a'.repeat(129))).toHaveLength(1);
    expect(validateId(42)).toHaveLength(1);
  });

  it('knows real calendar days', () => {
    expect(isValidDate('2024-02-29')).toBe(true);
    expect(isValidDate('2023-02-29')).toBe(false);
    expect(isValidDate('2024-13-01')).toBe(false);
    expect(isValidDate('24-01-01')).toBe(false);
  });
});

describe('validateRelationshipInput', () => {
  it('requires kind and start date on cooperations', () => {
    expect(
      validateRelationshipInput(
        'COOPERATES_WITH',
        { kind: 'project', from: '2020-01-01' },
        'create',
      ),
    ).toEqual([]);
    expect(validateRelationshipInput('COOPERATES_WITH', {}, 'create')).toHaveLength(2);
    expect(validateRelationshipInput('LIKES', {}, 'create')[0]?.path).toBe('type');
  });
});

import { describe, expect, it } from 'vitest';
import { nodeFields, relationshipFields } from './fieldSpecs';
import {
  changedOnServer,
  clientErrors,
  issuesToErrors,
  toFormValues,
  toProperties,
} from './formModel';

describe('form generation (property specs → fields)', () => {
  it('lists every Institution property with its kind, in spec order', () => {
    expect(nodeFields('Institution').map((f) => [f.name, f.spec.kind])).toEqual([
      ['name', 'text'],
      ['description', 'textarea'],
      ['location', 'point'],
      ['url', 'url'],
      ['kind', 'enum'],
      ['sector', 'enum'],
      ['address', 'text'],
    ]);
  });

  it('covers every field kind across labels and relationship types', () => {
    const kinds = new Set(
      [
        ...(['Person', 'Region', 'FundingProgramme', 'Project'] as const).flatMap(nodeFields),
        ...relationshipFields('FUNDED_BY'),
      ].map((f) => f.spec.kind),
    );
    for (const kind of [
      'text',
      'textarea',
      'email',
      'url',
      'integer',
      'float',
      'date',
      'boolean',
      'point',
      'enum',
      'enum[]',
    ]) {
      expect(kinds).toContain(kind);
    }
    expect(nodeFields('Person').find((f) => f.name === 'visibility')?.spec).toMatchObject({
      required: true,
      values: ['public', 'members', 'coordinators'],
    });
    expect(relationshipFields('FUNDED_BY')[1]?.spec).toEqual({
      kind: 'integer',
      min: 1990,
      max: 2100,
    });
  });
});

describe('values ⇄ properties', () => {
  const fields = nodeFields('FundingProgramme');
  const stored = {
    name: 'Klimaschutz',
    funderLevel: 'state',
    eligibleSectors: ['education'],
    maxAmountEur: 5000,
  };

  it('round-trips stored properties through the form unchanged (nothing to send)', () => {
    const values = toFormValues(fields, stored);
    expect(values.maxAmountEur).toBe('5000');
    expect(toProperties(fields, values, stored)).toEqual({});
  });

  it('sends only changed properties on update; emptied values become null', () => {
    const values = {
      ...toFormValues(fields, stored),
      name: 'Klimaschutz 2026',
      maxAmountEur: '',
      eligibleSectors: [],
    };
    expect(toProperties(fields, values, stored)).toEqual({
      name: 'Klimaschutz 2026',
      maxAmountEur: null,
      eligibleSectors: null,
    });
  });

  it('sends every non-empty value on create, with numbers and coordinates parsed', () => {
    const place = nodeFields('Network');
    const values = {
      ...toFormValues(place, {}),
      name: 'Netz',
      location: { latitude: '51,05', longitude: '13.74' },
    };
    expect(toProperties(place, values)).toEqual({
      name: 'Netz',
      location: { latitude: 51.05, longitude: 13.74 },
    });
  });
});

describe('errors', () => {
  const fields = nodeFields('Institution');

  it('hints required and too long values before sending', () => {
    const values = { ...toFormValues(fields, {}), address: 'x'.repeat(501) };
    expect(clientErrors(fields, values)).toEqual({
      name: [{ key: 'required' }],
      kind: [{ key: 'required' }],
      sector: [{ key: 'required' }],
      address: [{ key: 'maxLength', max: 500 }],
    });
  });

  it('maps API issues (properties.<name>…) to their fields, the rest to the summary', () => {
    const mapped = issuesToErrors(fields, [
      { path: 'properties.url', message: 'must be an http or https URL' },
      { path: 'properties.location.latitude', message: 'must be between -90 and 90' },
      { path: 'properties.colour', message: 'is not a property of Institution' },
      { path: 'id', message: 'is taken' },
    ]);
    expect(mapped.fields).toEqual({
      url: [{ key: 'api', message: 'must be an http or https URL' }],
      location: [{ key: 'api', message: 'must be between -90 and 90' }],
    });
    expect(mapped.general).toEqual([
      'properties.colour: is not a property of Institution',
      'id: is taken',
    ]);
  });

  it('finds the fields someone else changed (conflict diff)', () => {
    const base = { name: 'A', kind: 'school', sector: 'education' };
    const server = { name: 'B', kind: 'school', sector: 'education', url: 'https://b.example' };
    expect(changedOnServer(fields, base, server).map((f) => f.name)).toEqual(['name', 'url']);
  });
});

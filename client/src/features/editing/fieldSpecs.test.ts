/**
 * The form fields are derived from graph-schema's property specs; these tests show what the derivation
 * decides (the kind of input) and what it passes through unchanged (names, order, required, bounds, values).
 */
import {
  NODE_LABELS,
  NODE_LABEL_NAMES,
  RELATIONSHIP_TYPE_NAMES,
  SECTORS,
  enumValues,
} from '@nzr/graph-schema';
import { describe, expect, it } from 'vitest';
import { nodeFields, relationshipFields } from './fieldSpecs';

describe('form fields from graph-schema', () => {
  it('have exactly the property names of every label, in spec order', () => {
    for (const label of NODE_LABEL_NAMES) {
      expect(nodeFields(label).map((field) => field.name)).toEqual(
        Object.keys(NODE_LABELS[label].properties),
      );
    }
  });

  it('keep the max length, the required flag and the enum values', () => {
    expect(nodeFields('Person')[0]).toEqual({
      name: 'name',
      spec: { kind: 'text', required: true, maxLength: 300 },
    });
    const eligible = nodeFields('FundingProgramme').find((f) => f.name === 'eligibleSectors');
    expect(eligible?.spec).toEqual({ kind: 'enum[]', values: enumValues(SECTORS) });
  });

  it('edit descriptions in a text area, e-mail and web addresses in their own inputs', () => {
    const kinds = Object.fromEntries(nodeFields('Person').map((f) => [f.name, f.spec.kind]));
    expect(kinds).toMatchObject({ description: 'textarea', email: 'email', name: 'text' });
    expect(nodeFields('Network').find((f) => f.name === 'url')?.spec.kind).toBe('url');
  });

  it('lists fields for every relationship type, empty where the type has no properties', () => {
    for (const type of RELATIONSHIP_TYPE_NAMES)
      expect(relationshipFields(type)).toBeInstanceOf(Array);
    expect(relationshipFields('COOPERATES_WITH').map((f) => f.name)).toEqual([
      'kind',
      'from',
      'until',
    ]);
    expect(relationshipFields('WORKS_ON')).toEqual([]);
  });
});

/**
 * The field table is checked against graph-schema by the compiler (`satisfies NodeFieldTable`, see
 * specs.check.ts); these type tests show that the check bites, and the runtime test that names match.
 */
import type { NODE_LABELS, NodeLabel } from '@nzr/graph-schema';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { RELATIONSHIP_FIELDS } from './fieldSpecs';
import type { NODE_FIELDS } from './fieldSpecs';
import type { Mirror } from './specs.check';

describe('field table ⇄ graph-schema', () => {
  it('has exactly the property names of every label (type-level)', () => {
    expectTypeOf<keyof (typeof NODE_FIELDS)['Person']>().toEqualTypeOf<
      keyof (typeof NODE_LABELS)['Person']['properties']
    >();
    expectTypeOf<keyof (typeof NODE_FIELDS)['FundingProgramme']>().toEqualTypeOf<
      keyof (typeof NODE_LABELS)['FundingProgramme']['properties']
    >();
    expectTypeOf<keyof typeof NODE_FIELDS>().toEqualTypeOf<NodeLabel>();
  });

  it('rejects a wrong max length, a lost required flag and a wrong kind', () => {
    type Name = (typeof NODE_LABELS)['Person']['properties']['name'];
    // @ts-expect-error maxLength differs from graph-schema's 300
    const tooLong: Mirror<Name> = { kind: 'text', maxLength: 301, required: true };
    // @ts-expect-error graph-schema requires the name
    const optional: Mirror<Name> = { kind: 'text', maxLength: 300 };
    // @ts-expect-error a name is text, not a date
    const date: Mirror<Name> = { kind: 'date', required: true };
    expect([tooLong, optional, date]).toHaveLength(3);
  });

  it('lists fields for every relationship type, empty where the type has no properties', () => {
    expect(Object.keys(RELATIONSHIP_FIELDS.COOPERATES_WITH)).toEqual(['kind', 'from', 'until']);
    expect(Object.keys(RELATIONSHIP_FIELDS.WORKS_ON)).toEqual([]);
  });
});

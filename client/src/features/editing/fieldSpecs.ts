/**
 * The edit forms' fields, derived from graph-schema's property specs: one field per property of every label
 * and relationship type, in spec order, with the spec's required flag, bounds and enum values. Only how a
 * property is edited (text field or text area, e-mail or URL input) is decided here.
 */
import { MAX_TEXT_LENGTH, NODE_LABELS, RELATIONSHIP_TYPES } from '@nzr/graph-schema';
import type { NodeLabel, PropertySpec, PropertySpecs, RelationshipType } from '@nzr/graph-schema';

export type FieldKind =
  | 'text'
  | 'textarea'
  | 'email'
  | 'url'
  | 'integer'
  | 'float'
  | 'date'
  | 'boolean'
  | 'point'
  | 'enum'
  | 'enum[]';

export interface FieldSpec {
  readonly kind: FieldKind;
  readonly required?: true;
  readonly maxLength?: number;
  readonly min?: number;
  readonly max?: number;
  readonly values?: readonly string[];
}

export interface Field {
  readonly name: string;
  readonly spec: FieldSpec;
}

function kindOf(spec: PropertySpec): FieldKind {
  if (spec.type !== 'string') return spec.type;
  if (spec.format) return spec.format;
  // Free text (descriptions) gets a text area; names, addresses and roles stay one line.
  return spec.maxLength >= MAX_TEXT_LENGTH ? 'textarea' : 'text';
}

/** The form field for one property spec; absent bounds stay absent. */
export function fieldSpecOf(spec: PropertySpec): FieldSpec {
  return {
    kind: kindOf(spec),
    ...(spec.required ? { required: true } : {}),
    ...(spec.type === 'string' ? { maxLength: spec.maxLength } : {}),
    ...('min' in spec && spec.min !== undefined ? { min: spec.min } : {}),
    ...('max' in spec && spec.max !== undefined ? { max: spec.max } : {}),
    ...('values' in spec ? { values: spec.values } : {}),
  };
}

const toFields = (specs: PropertySpecs): Field[] =>
  Object.entries(specs).map(([name, spec]) => ({ name, spec: fieldSpecOf(spec) }));

export const nodeFields = (label: NodeLabel): Field[] => toFields(NODE_LABELS[label].properties);
export const relationshipFields = (type: RelationshipType): Field[] =>
  toFields(RELATIONSHIP_TYPES[type].properties);

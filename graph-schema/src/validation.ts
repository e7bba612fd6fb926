/**
 * Validation of node and relationship input against the property specs. Pure and dependency-free so that the
 * API edge, the importer and both stores apply exactly the same rules.
 */
import { NODE_LABELS, isNodeLabel } from './labels.js';
import type { NodeLabel } from './labels.js';
import { DATE_PATTERN, ID_PATTERN } from './properties.js';
import type { PropertySpec, PropertySpecs } from './properties.js';
import { valueProblem, valueProblemInEnglish } from './value-problems.js';
import { RELATIONSHIP_TYPES, isRelationshipType } from './relationship-types.js';
import type { RelationshipType } from './relationship-types.js';

export interface ValidationIssue {
  /** Dotted path of the offending value, e.g. `properties.name`. */
  readonly path: string;
  readonly message: string;
}

/** `create` requires every required property; `update` accepts a partial set where null removes a value. */
export type ValidationMode = 'create' | 'update';

/** Managed by the stores; never accepted as input. */
export const SYSTEM_PROPERTIES = ['id', 'version', 'createdAt', 'updatedAt'] as const;

export function validateId(id: unknown, path = 'id'): ValidationIssue[] {
  if (typeof id !== 'string' || !ID_PATTERN.test(id)) {
    return [
      {
        path,
        message:
          'must be 1-128 characters: letters, digits, and _ . : - (not starting with a symbol)',
      },
    ];
  }
  return [];
}

export function isValidDate(value: string): boolean {
  if (!DATE_PATTERN.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(value);
}

/** Returns a message when `value` does not fit `spec`, otherwise undefined. */
export function checkValue(spec: PropertySpec, value: unknown): string | undefined {
  const found = valueProblem(spec, value, isValidDate);
  return found ? valueProblemInEnglish(found) : undefined;
}

export function validateProperties(
  specs: PropertySpecs,
  input: unknown,
  mode: ValidationMode,
  path = 'properties',
): ValidationIssue[] {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return [{ path, message: 'must be an object' }];
  }
  const issues: ValidationIssue[] = [];
  const values = input as Record<string, unknown>;
  for (const [key, value] of Object.entries(values)) {
    const spec = Object.hasOwn(specs, key) ? specs[key] : undefined;
    if (!spec) {
      const why = (SYSTEM_PROPERTIES as readonly string[]).includes(key)
        ? 'is managed by the store'
        : 'is not a known property';
      issues.push({ path: `${path}.${key}`, message: why });
    } else if (value === null || value === undefined) {
      if (spec.required) issues.push({ path: `${path}.${key}`, message: 'is required' });
    } else {
      const problem = checkValue(spec, value);
      if (problem) issues.push({ path: `${path}.${key}`, message: problem });
    }
  }
  if (mode === 'create') {
    for (const [key, spec] of Object.entries(specs)) {
      if (spec.required && !(key in values)) {
        issues.push({ path: `${path}.${key}`, message: 'is required' });
      }
    }
  }
  return issues;
}

export function validateNodeInput(
  label: unknown,
  properties: unknown,
  mode: ValidationMode,
): ValidationIssue[] {
  if (!isNodeLabel(label)) return [{ path: 'label', message: 'is not a known node label' }];
  return validateProperties(NODE_LABELS[label].properties, properties, mode);
}

export function validateRelationshipInput(
  type: unknown,
  properties: unknown,
  mode: ValidationMode,
): ValidationIssue[] {
  if (!isRelationshipType(type))
    return [{ path: 'type', message: 'is not a known relationship type' }];
  return validateProperties(RELATIONSHIP_TYPES[type].properties, properties, mode);
}

export function propertySpecsOf(labelOrType: NodeLabel | RelationshipType): PropertySpecs {
  return isNodeLabel(labelOrType)
    ? NODE_LABELS[labelOrType].properties
    : RELATIONSHIP_TYPES[labelOrType].properties;
}

/**
 * Validation of node and relationship input against the property specs. Pure and dependency-free so that the
 * API edge, the importer and both stores apply exactly the same rules.
 */
import { NODE_LABELS, isNodeLabel } from './labels.js';
import type { NodeLabel } from './labels.js';
import { DATE_PATTERN, EMAIL_PATTERN, ID_PATTERN } from './properties.js';
import type { PropertySpec, PropertySpecs } from './properties.js';
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

// C0 controls except tab, line feed and carriage return; plus DEL.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

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

function checkString(spec: PropertySpec & { type: 'string' }, value: string): string | undefined {
  if (!value.isWellFormed()) return 'contains malformed unicode (lone surrogate)';
  if (CONTROL_CHARACTERS.test(value)) return 'contains control characters';
  if (value.length > spec.maxLength) return `is longer than ${spec.maxLength} characters`;
  if (spec.required && value.trim() === '') return 'must not be empty';
  if (spec.pattern && !spec.pattern.test(value)) return 'has the wrong format';
  if (spec.format === 'url' && !/^https?:\/\/[^\s]+$/i.test(value))
    return 'must be an http(s) address';
  if (spec.format === 'email' && !EMAIL_PATTERN.test(value)) return 'must be an e-mail address';
  return undefined;
}

/** Returns a message when `value` does not fit `spec`, otherwise undefined. */
export function checkValue(spec: PropertySpec, value: unknown): string | undefined {
  switch (spec.type) {
    case 'string':
      return typeof value === 'string' ? checkString(spec, value) : 'must be a string';
    case 'integer':
    case 'float': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return 'must be a finite number';
      if (spec.type === 'integer' && !Number.isSafeInteger(value)) return 'must be an integer';
      if (spec.min !== undefined && value < spec.min) return `must be at least ${spec.min}`;
      if (spec.max !== undefined && value > spec.max) return `must be at most ${spec.max}`;
      return undefined;
    }
    case 'boolean':
      return typeof value === 'boolean' ? undefined : 'must be true or false';
    case 'date':
      return typeof value === 'string' && isValidDate(value)
        ? undefined
        : 'must be a date YYYY-MM-DD';
    case 'point':
      return checkPoint(value);
    case 'enum':
      return typeof value === 'string' && spec.values.includes(value)
        ? undefined
        : `must be one of ${spec.values.join(', ')}`;
    case 'enum[]':
      return Array.isArray(value) &&
        value.length <= spec.values.length &&
        value.every((item) => typeof item === 'string' && spec.values.includes(item)) &&
        new Set(value).size === value.length
        ? undefined
        : `must be a list without repeats of ${spec.values.join(', ')}`;
  }
}

function checkPoint(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return 'must be {latitude, longitude}';
  const { latitude, longitude, ...rest } = value as Record<string, unknown>;
  if (Object.keys(rest).length > 0) return 'must only have latitude and longitude';
  if (typeof latitude !== 'number' || !(latitude >= -90 && latitude <= 90))
    return 'latitude must be a number from -90 to 90';
  if (typeof longitude !== 'number' || !(longitude >= -180 && longitude <= 180))
    return 'longitude must be a number from -180 to 180';
  return undefined;
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

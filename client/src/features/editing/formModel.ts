/**
 * Pure form logic: stored properties ⇄ form values, the properties to send, client-side hints and the mapping
 * of API issues (`properties.<name>…`) onto fields. The API stays the authority; hints only help early.
 */
import type { ApiIssue } from '../../components/apiError';
import type { Field, FieldSpec } from './fieldSpecs';

export interface PointValue {
  readonly latitude: string;
  readonly longitude: string;
}
export type FormValue = string | boolean | readonly string[] | PointValue;
export type FormValues = Readonly<Record<string, FormValue>>;
export type Properties = Readonly<Record<string, unknown>>;

/** A problem with one field: a translated hint key, or the API's own message. */
export type FieldProblem =
  | { readonly key: 'required' }
  | { readonly key: 'maxLength'; readonly max: number }
  | { readonly key: 'point' }
  | { readonly key: 'api'; readonly message: string };
export type FieldErrors = Readonly<Record<string, readonly FieldProblem[]>>;

const isPoint = (v: unknown): v is { latitude: number; longitude: number } =>
  typeof v === 'object' && v !== null && 'latitude' in v && 'longitude' in v;

export function toFormValue(spec: FieldSpec, value: unknown): FormValue {
  switch (spec.kind) {
    case 'boolean':
      return value === true;
    case 'enum[]':
      return Array.isArray(value) ? value.map(String) : [];
    case 'point':
      return isPoint(value)
        ? { latitude: String(value.latitude), longitude: String(value.longitude) }
        : { latitude: '', longitude: '' };
    default:
      return value === undefined || value === null ? '' : String(value);
  }
}

export function toFormValues(fields: readonly Field[], properties: Properties): FormValues {
  return Object.fromEntries(fields.map((f) => [f.name, toFormValue(f.spec, properties[f.name])]));
}

const number = (text: string) => Number(text.trim().replace(',', '.'));

/** The stored value of a form value; null means "no value". */
export function fromFormValue(spec: FieldSpec, value: FormValue): unknown {
  if (typeof value === 'boolean') return value;
  if (Array.isArray(value)) return value.length > 0 ? value : null;
  if (typeof value === 'object' && value !== null && 'latitude' in value) {
    const point = value as PointValue;
    if (!point.latitude.trim() && !point.longitude.trim()) return null;
    return { latitude: number(point.latitude), longitude: number(point.longitude) };
  }
  const text = String(value).trim();
  if (text === '') return null;
  if (spec.kind === 'integer' || spec.kind === 'float') return number(text);
  return text;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * Properties to send. Create: every non-empty value. Update: only what differs from `base` (null removes a
 * value), so a concurrent change of another field is not overwritten.
 */
export function toProperties(
  fields: readonly Field[],
  values: FormValues,
  base?: Properties,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of fields) {
    const value = values[field.name];
    if (value === undefined) continue;
    const stored = fromFormValue(field.spec, value);
    if (base) {
      if (!same(stored, base[field.name])) out[field.name] = stored;
    } else if (stored !== null && stored !== false) out[field.name] = stored;
  }
  return out;
}

/** Hints before sending: required values, maximum lengths, both coordinates or neither. */
export function clientErrors(fields: readonly Field[], values: FormValues): FieldErrors {
  const errors: Record<string, FieldProblem[]> = {};
  const add = (name: string, problem: FieldProblem) => (errors[name] ??= []).push(problem);
  for (const { name, spec } of fields) {
    const value = values[name];
    const stored = value === undefined ? null : fromFormValue(spec, value);
    if (spec.required && (stored === null || stored === '')) add(name, { key: 'required' });
    if (spec.maxLength && typeof stored === 'string' && stored.length > spec.maxLength) {
      add(name, { key: 'maxLength', max: spec.maxLength });
    }
    if (isPoint(stored) && (Number.isNaN(stored.latitude) || Number.isNaN(stored.longitude))) {
      add(name, { key: 'point' });
    }
  }
  return errors;
}

/**
 * API issues onto fields: `properties.name` and `properties.location.latitude` belong to the field `name`
 * resp. `location` (also under `payload.`, as proposals report them); everything else (and issues of unknown fields) goes to the summary.
 */
export function issuesToErrors(
  fields: readonly Field[],
  issues: readonly ApiIssue[],
): { readonly fields: FieldErrors; readonly general: readonly string[] } {
  const names = new Set(fields.map((f) => f.name));
  const byField: Record<string, FieldProblem[]> = {};
  const general: string[] = [];
  for (const issue of issues) {
    const match = /^(?:payload\.)?properties\.([^.[\]]+)/.exec(issue.path);
    const name = match?.[1];
    if (name && names.has(name))
      (byField[name] ??= []).push({ key: 'api', message: issue.message });
    else general.push(`${issue.path}: ${issue.message}`);
  }
  return { fields: byField, general };
}

/** The first field (in form order) that has a problem. */
export const firstInvalid = (fields: readonly Field[], errors: FieldErrors) =>
  fields.find((field) => (errors[field.name]?.length ?? 0) > 0)?.name ?? null;

/** Fields whose server value differs from the value the edit started from (for the conflict diff). */
export function changedOnServer(fields: readonly Field[], base: Properties, server: Properties) {
  return fields.filter((field) => !same(base[field.name], server[field.name]));
}

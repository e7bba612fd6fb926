/**
 * What is wrong with one property value, as a code with parameters. The validator words it in English for the
 * API's issues (checkValue); the CSV import sends the code so the client words it in German or English
 * (import-messages/).
 */
import { EMAIL_PATTERN } from './properties.js';
import type { PropertySpec, StringSpec } from './properties.js';

export type ValueProblem =
  | { readonly code: 'notString' | 'malformedUnicode' | 'controlCharacters' | 'empty' }
  | { readonly code: 'wrongFormat' | 'notUrl' | 'notEmail' | 'notFinite' | 'notInteger' }
  | { readonly code: 'notBoolean' | 'notDate' | 'notPoint' | 'pointKeys' }
  | { readonly code: 'latitudeRange' | 'longitudeRange' }
  | { readonly code: 'tooLong'; readonly params: { readonly max: number } }
  | { readonly code: 'tooSmall'; readonly params: { readonly min: number } }
  | { readonly code: 'tooBig'; readonly params: { readonly max: number } }
  | { readonly code: 'notOneOf'; readonly params: { readonly values: readonly string[] } }
  | { readonly code: 'notListOf'; readonly params: { readonly values: readonly string[] } };

export type ValueProblemCode = ValueProblem['code'];

// C0 controls except tab, line feed and carriage return; plus DEL.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

const problem = (code: Exclude<ValueProblem, { params: unknown }>['code']): ValueProblem => ({
  code,
});

function stringProblem(spec: StringSpec, value: string): ValueProblem | undefined {
  if (!value.isWellFormed()) return problem('malformedUnicode');
  if (CONTROL_CHARACTERS.test(value)) return problem('controlCharacters');
  if (value.length > spec.maxLength) return { code: 'tooLong', params: { max: spec.maxLength } };
  if (spec.required && value.trim() === '') return problem('empty');
  if (spec.pattern && !spec.pattern.test(value)) return problem('wrongFormat');
  if (spec.format === 'url' && !/^https?:\/\/[^\s]+$/i.test(value)) return problem('notUrl');
  if (spec.format === 'email' && !EMAIL_PATTERN.test(value)) return problem('notEmail');
  return undefined;
}

function pointProblem(value: unknown): ValueProblem | undefined {
  if (typeof value !== 'object' || value === null) return problem('notPoint');
  const { latitude, longitude, ...rest } = value as Record<string, unknown>;
  if (Object.keys(rest).length > 0) return problem('pointKeys');
  if (typeof latitude !== 'number' || !(latitude >= -90 && latitude <= 90))
    return problem('latitudeRange');
  if (typeof longitude !== 'number' || !(longitude >= -180 && longitude <= 180))
    return problem('longitudeRange');
  return undefined;
}

function numberProblem(spec: PropertySpec & { type: 'integer' | 'float' }, value: unknown) {
  if (typeof value !== 'number' || !Number.isFinite(value)) return problem('notFinite');
  if (spec.type === 'integer' && !Number.isSafeInteger(value)) return problem('notInteger');
  if (spec.min !== undefined && value < spec.min)
    return { code: 'tooSmall', params: { min: spec.min } } as const;
  if (spec.max !== undefined && value > spec.max)
    return { code: 'tooBig', params: { max: spec.max } } as const;
  return undefined;
}

/** The problem of `value` under `spec`, or undefined when it fits. `isValidDate` checks dates. */
export function valueProblem(
  spec: PropertySpec,
  value: unknown,
  isValidDate: (value: string) => boolean,
): ValueProblem | undefined {
  switch (spec.type) {
    case 'string':
      return typeof value === 'string' ? stringProblem(spec, value) : problem('notString');
    case 'integer':
    case 'float':
      return numberProblem(spec, value);
    case 'boolean':
      return typeof value === 'boolean' ? undefined : problem('notBoolean');
    case 'date':
      return typeof value === 'string' && isValidDate(value) ? undefined : problem('notDate');
    case 'point':
      return pointProblem(value);
    case 'enum':
      return typeof value === 'string' && spec.values.includes(value)
        ? undefined
        : { code: 'notOneOf', params: { values: spec.values } };
    case 'enum[]':
      return Array.isArray(value) &&
        value.length <= spec.values.length &&
        value.every((item) => typeof item === 'string' && spec.values.includes(item)) &&
        new Set(value).size === value.length
        ? undefined
        : { code: 'notListOf', params: { values: spec.values } };
  }
}

/** The English sentence of a value problem, as the API's validation issues have always said it. */
export function valueProblemInEnglish(found: ValueProblem): string {
  switch (found.code) {
    case 'notString':
      return 'must be a string';
    case 'malformedUnicode':
      return 'contains malformed unicode (lone surrogate)';
    case 'controlCharacters':
      return 'contains control characters';
    case 'tooLong':
      return `is longer than ${found.params.max} characters`;
    case 'empty':
      return 'must not be empty';
    case 'wrongFormat':
      return 'has the wrong format';
    case 'notUrl':
      return 'must be an http(s) address';
    case 'notEmail':
      return 'must be an e-mail address';
    case 'notFinite':
      return 'must be a finite number';
    case 'notInteger':
      return 'must be an integer';
    case 'tooSmall':
      return `must be at least ${found.params.min}`;
    case 'tooBig':
      return `must be at most ${found.params.max}`;
    case 'notBoolean':
      return 'must be true or false';
    case 'notDate':
      return 'must be a date YYYY-MM-DD';
    case 'notPoint':
      return 'must be {latitude, longitude}';
    case 'pointKeys':
      return 'must only have latitude and longitude';
    case 'latitudeRange':
      return 'latitude must be a number from -90 to 90';
    case 'longitudeRange':
      return 'longitude must be a number from -180 to 180';
    case 'notOneOf':
      return `must be one of ${found.params.values.join(', ')}`;
    case 'notListOf':
      return `must be a list without repeats of ${found.params.values.join(', ')}`;
  }
}

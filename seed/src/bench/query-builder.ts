/**
 * Builds a query for an analytics field the bench does not know in advance (the analytics API is being added
 * while the bench is written): the arguments the caller chose are passed when the field has them, other
 * required arguments are filled by name from the bench's context, and the selection takes the scalar fields
 * of the result two levels deep. Returns a reason when a required argument cannot be filled.
 */
import type { FieldInfo, InputValue, SchemaInfo, TypeRef } from './graphql-client.js';
import { namedType } from './graphql-client.js';

export interface ArgContext {
  readonly actorId: string;
  readonly regionId: string;
  readonly topicId: string;
  readonly location: { readonly latitude: number; readonly longitude: number };
}

export type BuiltQuery =
  | { readonly query: string; readonly variables: Record<string, unknown> }
  | { readonly skip: string };

const isList = (ref: TypeRef): boolean =>
  ref.kind === 'LIST' || (ref.kind === 'NON_NULL' && ref.ofType?.kind === 'LIST');

export function renderType(ref: TypeRef): string {
  if (ref.kind === 'NON_NULL' && ref.ofType) return `${renderType(ref.ofType)}!`;
  if (ref.kind === 'LIST' && ref.ofType) return `[${renderType(ref.ofType)}]`;
  return ref.name ?? 'String';
}

function byName(name: string, ctx: ArgContext): unknown {
  const n = name.toLowerCase();
  if (/^(region|district|area)(id)?$|scopeid/.test(n)) return ctx.regionId;
  if (/^(actor|institution|person|node|asker)?ids?$|^(actor|institution|person|node)id/.test(n))
    return ctx.actorId;
  if (/^topic(id|ids|s)?$/.test(n)) return ctx.topicId;
  if (/radius|distance/.test(n)) return 25;
  if (/^(limit|first|top|topn)$/.test(n)) return 20;
  if (/^(center|location|point|near)$/.test(n)) return ctx.location;
  return undefined;
}

function fill(schema: SchemaInfo, input: InputValue, ctx: ArgContext, depth = 0): unknown {
  const required = input.type.kind === 'NON_NULL' && input.defaultValue === null;
  const type = schema.type(namedType(input.type).name);
  let value = byName(input.name, ctx);
  if (value === undefined && required && type) {
    if (type.kind === 'ENUM') value = type.enumValues?.[0]?.name;
    else if (type.name === 'Boolean') value = false;
    else if (type.kind === 'INPUT_OBJECT' && depth < 3)
      value = fillObject(schema, type.inputFields ?? [], ctx, depth + 1);
  } else if (value !== undefined && type?.kind === 'INPUT_OBJECT' && typeof value !== 'object') {
    value = fillObject(schema, type.inputFields ?? [], ctx, depth + 1);
  }
  if (value === undefined || value === null) return required ? null : undefined;
  return isList(input.type) && !Array.isArray(value) ? [value] : value;
}

function fillObject(
  schema: SchemaInfo,
  fields: readonly InputValue[],
  ctx: ArgContext,
  depth: number,
): Record<string, unknown> | null {
  const out: Record<string, unknown> = {};
  for (const field of fields) {
    const value = fill(schema, field, ctx, depth);
    if (value === null) return null;
    if (value !== undefined) out[field.name] = value;
  }
  return out;
}

const callable = (field: FieldInfo): boolean =>
  field.args.every((a) => a.type.kind !== 'NON_NULL' || a.defaultValue !== null);

export function selection(schema: SchemaInfo, ref: TypeRef, depth = 0): string {
  const type = schema.type(namedType(ref).name);
  if (!type || (type.kind !== 'OBJECT' && type.kind !== 'INTERFACE' && type.kind !== 'UNION'))
    return '';
  if (type.kind === 'UNION') return '{ __typename }';
  const parts: string[] = [];
  for (const field of type.fields ?? []) {
    if (!callable(field)) continue;
    const inner = schema.type(namedType(field.type).name);
    if (!inner || inner.kind === 'SCALAR' || inner.kind === 'ENUM') {
      if (field.name !== 'properties') parts.push(field.name);
    } else if (depth < 1) {
      const sub = selection(schema, field.type, depth + 1);
      if (sub) parts.push(`${field.name} ${sub}`);
    } else if (inner.fields?.some((f) => f.name === 'id')) {
      parts.push(`${field.name} { id }`);
    }
  }
  return parts.length > 0 ? `{ ${parts.join(' ')} }` : '{ __typename }';
}

export function buildQuery(
  schema: SchemaInfo,
  field: FieldInfo,
  chosen: Readonly<Record<string, unknown>>,
  ctx: ArgContext,
): BuiltQuery {
  const variables: Record<string, unknown> = {};
  const definitions: string[] = [];
  const uses: string[] = [];
  for (const arg of field.args) {
    const required = arg.type.kind === 'NON_NULL' && arg.defaultValue === null;
    const value =
      arg.name in chosen ? chosen[arg.name] : required ? fill(schema, arg, ctx) : undefined;
    if (value === null)
      return { skip: `cannot fill required argument ${arg.name} of ${field.name}` };
    if (value === undefined) continue;
    variables[arg.name] = value;
    definitions.push(`$${arg.name}: ${renderType(arg.type)}`);
    uses.push(`${arg.name}: $${arg.name}`);
  }
  const head = definitions.length > 0 ? `(${definitions.join(', ')})` : '';
  const call = uses.length > 0 ? `(${uses.join(', ')})` : '';
  return {
    query: `query Bench${head} { ${field.name}${call} ${selection(schema, field.type)} }`,
    variables,
  };
}

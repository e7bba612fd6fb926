/**
 * Runs the whole query table (visibility-queries.ts) and every export as one role against a test server and
 * returns the raw answers by a readable label, for the leak search and the non-interference comparison.
 */
import { RECORD_EXPORT_PARTS } from '@nzr/graph-schema';
import type { Role } from '@nzr/graph-schema';
import type { TestApi } from '../api/test-server.js';
import { ApiClient } from './api-client.js';
import { INTROSPECTION, QUERY_ARGUMENTS, queryFor } from './visibility-queries.js';
import type { IntrospectedField, IntrospectedType } from './visibility-queries.js';

export interface Schema {
  readonly types: ReadonlyMap<string, IntrospectedType>;
  readonly queryFields: readonly IntrospectedField[];
}

export async function introspect(api: TestApi): Promise<Schema> {
  const body = await new ApiClient(api.url).gql<{
    __schema: { queryType: { name: string }; types: IntrospectedType[] };
  }>(INTROSPECTION);
  const schema = body.data?.__schema;
  if (!schema) throw new Error(`introspection failed: ${JSON.stringify(body.errors)}`);
  const types = new Map(schema.types.map((type) => [type.name, type]));
  return { types, queryFields: types.get(schema.queryType.name)?.fields ?? [] };
}

export async function clientFor(api: TestApi, role: Role): Promise<ApiClient> {
  return new ApiClient(api.url, role === 'viewer' ? null : await api.tokenFor(role));
}

/** Asks with the deepest selection the depth and complexity limits allow. */
async function ask(
  client: ApiClient,
  schema: Schema,
  field: IntrospectedField,
  args: string,
): Promise<string> {
  let text = '';
  for (let depth = 4; depth >= 1; depth--) {
    const response = await client.gqlRaw(queryFor(schema.types, field, args, depth));
    text = response.text;
    if (!/QUERY_TOO_COMPLEX|levels deep/.test(text)) return text;
  }
  return text;
}

export const EXPORTS: readonly string[] = [
  'json',
  'csv&part=nodes',
  'csv&part=edges',
  'graphml',
  'gexf',
].flatMap((format) =>
  [
    '',
    '&regionId=reg-14',
    '&regionId=reg-14626110',
    '&topicId=top-citizen_energy',
    '&networkId=net-energie',
    '&ids=ins-verein-a,per-anna,ins-nabu&depth=3',
  ].map((scope) => `/api/export?format=${format}${scope}`),
);

/** The CSV exports of introductions and tie proposals (coordinators only), whole and of a region. */
export const RECORD_EXPORTS: readonly string[] = RECORD_EXPORT_PARTS.flatMap((part) =>
  ['', '?regionId=reg-14'].map((scope) => `/api/export/${part}${scope}`),
);

/** Every Query field with every argument list of the table, and every export; answers by label. */
export async function answersFor(
  api: TestApi,
  schema: Schema,
  role: Role,
): Promise<Map<string, string>> {
  const client = await clientFor(api, role);
  const answers = new Map<string, string>();
  for (const field of schema.queryFields) {
    for (const args of QUERY_ARGUMENTS[field.name] ?? []) {
      answers.set(`${field.name}(${args})`, await ask(client, schema, field, args));
    }
  }
  for (const path of [...EXPORTS, ...RECORD_EXPORTS]) {
    const response = await client.raw(path);
    answers.set(`GET ${path}`, `${response.status} ${response.text}`);
  }
  return answers;
}

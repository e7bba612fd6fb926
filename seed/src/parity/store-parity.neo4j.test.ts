/**
 * Store parity on the demo data: the same graph (300 actors, seed 42, as `npm start` seeds it) in the embedded
 * store and in Neo4j, the real server on each, and every graph query, analysis and export asked of both, as a
 * guest and as an admin. The answers must be identical, query by query, text search ranks and scores
 * included (both stores rank by store/shared/search-rank.ts); only write timestamps differ by nature.
 */
import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { storeConfigFrom } from '@nzr/server/config';
import { openStore } from '@nzr/server/store';
import type { GraphStore } from '@nzr/server/store';
import { ApiClient, INTROSPECTION, queryFor } from '@nzr/server/test-support/api-queries';
import type { IntrospectedField, IntrospectedType } from '@nzr/server/test-support/api-queries';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../generate/generate.js';
import { startServer } from '../bench/server.js';
import { loadGraph } from '../load/load.js';
import {
  NOT_COMPARED,
  PARITY_EXPORTS,
  STAFF_ONLY,
  parityArguments,
} from '../../test-support/parity-queries.js';

const graph = generate({ actors: 300, seed: 42 });

interface Side {
  readonly store: GraphStore;
  readonly guest: ApiClient;
  readonly admin: ApiClient;
  close(): Promise<void>;
}

/** The demo data in `store`, the real server on it (the bench's, with its admin signed in), a guest and an admin. */
async function serve(store: GraphStore): Promise<Side> {
  await loadGraph(store, graph);
  const bench = await startServer(store);
  if (!bench.token) throw new Error(`admin login failed: ${bench.loginNote ?? '?'}`);
  const guest = new ApiClient(bench.server.url);
  return {
    store,
    guest,
    admin: guest.as(bench.token),
    async close() {
      await bench.server.close();
      await store.close();
    },
  };
}

const normalise = (text: string): string =>
  text.replace(/"(createdAt|updatedAt|at)":"[^"]*"/g, '"$1":"…"');

let embeddedDir = '';
let embedded: Side;
let neo4j: Side;
let types: Map<string, IntrospectedType>;
let requests: { label: string; field: IntrospectedField; args: string }[] = [];

/** The deepest selection the complexity and depth limits allow, asked of both stores. */
async function askBoth(
  role: 'guest' | 'admin',
  field: IntrospectedField,
  args: string,
): Promise<[string, string]> {
  for (let depth = 4; ; depth--) {
    const query = queryFor(types, field, args, depth);
    const [left, right] = await Promise.all([
      embedded[role].gqlRaw(query),
      neo4j[role].gqlRaw(query),
    ]);
    if (depth === 0 || !/QUERY_TOO_COMPLEX|levels deep/.test(left.text))
      return [left.text, right.text];
  }
}

beforeAll(async () => {
  embeddedDir = fs.mkdtempSync(path.join(os.tmpdir(), 'nzr-parity-'));
  embedded = await serve(await openStore({ kind: 'embedded', dataDir: embeddedDir }));
  const neo4jStore = await openStore(storeConfigFrom(process.env));
  await neo4jStore.clear({ system: true });
  await neo4jStore.setupSchema();
  neo4j = await serve(neo4jStore);
  const schema = (
    await embedded.guest.gql<{ __schema: { types: IntrospectedType[] } }>(INTROSPECTION)
  ).data?.__schema;
  if (!schema) throw new Error('introspection failed');
  types = new Map(schema.types.map((type) => [type.name, type]));
  const table = parityArguments(graph);
  requests = (types.get('Query')?.fields ?? [])
    .filter((field) => !NOT_COMPARED.has(field.name))
    .flatMap((field) => {
      const argumentLists = table[field.name];
      if (!argumentLists)
        throw new Error(`parity-queries.ts has no arguments for Query.${field.name}`);
      return argumentLists.map((args) => ({ label: `${field.name}(${args})`, field, args }));
    });
}, 600_000);

afterAll(async () => {
  await embedded?.close();
  await neo4j?.close();
  fs.rmSync(embeddedDir, { recursive: true, force: true });
});

describe.each(['guest', 'admin'] as const)('embedded and Neo4j answer alike, as %s', (role) => {
  it('every graph query and analysis', async () => {
    expect(requests.length).toBeGreaterThan(50);
    const differing: string[] = [];
    for (const { label, field, args } of requests) {
      if (role === 'guest' && STAFF_ONLY.has(field.name)) continue;
      const [left, right] = await askBoth(role, field, args);
      expect(left, `${label} failed on the embedded store`).not.toMatch(/"errors"/);
      if (normalise(right) !== normalise(left)) differing.push(label);
    }
    expect(differing).toEqual([]);
  });

  it('every export', async () => {
    for (const exportPath of PARITY_EXPORTS) {
      const [left, right] = await Promise.all([
        embedded[role].raw(exportPath),
        neo4j[role].raw(exportPath),
      ]);
      expect(left.status, exportPath).toBe(200);
      expect(normalise(right.text), exportPath).toBe(normalise(left.text));
    }
  });
});

import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'graphql';
import type { OperationDefinitionNode } from 'graphql';
import { MAX_QUERY_COMPLEXITY, complexityLimit } from './complexity.js';
import { buildGraphQLSchema } from './schema.js';
import { startTestApi } from '../../test-support/api/test-server.js';
import type { TestApi } from '../../test-support/api/test-server.js';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ accounts: false });
});
afterAll(() => api.close());

const expectTooComplex = async (query: string): Promise<void> => {
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  expect(response.status).toBe(400);
  const body = (await response.json()) as {
    data?: unknown;
    errors: { message: string; extensions: Record<string, unknown> }[];
  };
  expect(body.data).toBeUndefined();
  expect(body.errors[0]?.extensions).toMatchObject({
    code: 'QUERY_TOO_COMPLEX',
    maxComplexity: MAX_QUERY_COMPLEXITY,
  });
  expect(body.errors[0]?.message).toMatch(/too complex \(cost \d+, the maximum is 1000\)/);
};

describe('complexity limit', () => {
  it('fails closed when the cost cannot be estimated (more than 10,000 fields)', async () => {
    // Over HTTP the document bound refuses such a document first; the plugin must refuse it on its own too.
    const schema = await buildGraphQLSchema();
    const listener = await complexityLimit(schema).requestDidStart?.({} as never);
    const query = `{ ${Array.from({ length: 10_001 }, (_, i) => `t${i}: __typename`).join(' ')} }`;
    const document = parse(query);
    const operation = document.definitions[0] as OperationDefinitionNode;
    const resolve = () =>
      listener?.didResolveOperation?.({ request: { query }, document, operation } as never);
    expect(resolve).toThrow(/too large to estimate its cost/);
  });

  it('lets ordinary queries through', async () => {
    const { errors } = await api.gql(
      '{ search(first: 100) { edges { node { id name label location { latitude longitude } } } } stats { totalNodes } }',
    );
    expect(errors).toBeUndefined();
  });

  it('rejects hundreds of aliases of a cheap field', async () => {
    // 600 aliases (cost 1,200): within the document bound (2,000 selections, document-bound.ts), which refuses
    // larger documents before the cost is estimated.
    const aliases = Array.from({ length: 600 }, (_, i) => `a${i}: stats { totalNodes }`).join(' ');
    await expectTooComplex(`{ ${aliases} }`);
  });

  it('rejects several full pages of wide search results', async () => {
    const page = (i: number) =>
      `s${i}: search(first: 100) { edges { cursor score node { id name label description properties version } } }`;
    await expectTooComplex(`{ ${[1, 2, 3].map(page).join(' ')} }`);
  });

  it('rejects maximal neighbourhoods and region statistics for every municipality', async () => {
    await expectTooComplex(
      '{ neighbourhood(ids: ["reg-14"], depth: 3, limit: 5000) { nodes { id name label properties location { latitude } } edges { id type source target properties } } }',
    );
    await expectTooComplex(
      '{ regions { children { children { statistics { actors persons institutions } } } } }',
    );
  });
});

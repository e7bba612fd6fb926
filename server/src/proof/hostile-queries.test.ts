/**
 * Regression tests for two hostile queries that stopped the server (issue 14, items 1 and 2). Before the fixes,
 * the first held the CPU for minutes (the test process was blocked until killed) and the second ran 40
 * state-wide brokers analyses (answered with data); now both are refused at once.
 */
import 'reflect-metadata';
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi } from '../../test-support/api/test-server.js';
import type { TestApi } from '../../test-support/api/test-server.js';
import { ApiClient, INTERNALS } from '../../test-support/proof/api-client.js';
import type { GqlBody } from '../../test-support/proof/api-client.js';
import { NEAR_TOKEN_LIMIT_DOCUMENTS } from '../../test-support/proof/hostile-documents.js';
import { MAX_QUERY_TOKENS } from '../graphql/complexity.js';

let api: TestApi;
let guest: ApiClient;
beforeAll(async () => {
  api = await startTestApi();
  guest = new ApiClient(api.url);
});
afterAll(() => api.close());

/** `levels` fragments, each spreading the next one twice: 2^levels paths through a 1 KB document. */
function fragmentDoubling(levels: number): string {
  const fragments = Array.from({ length: levels }, (_, i) =>
    i === levels - 1
      ? `fragment F${i} on Query { stats { totalNodes } }`
      : `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`,
  );
  return `{ ...F0 }\n${fragments.join('\n')}`;
}

describe('hostile queries that used to stop the server', () => {
  it('measures the depth of 30 doubling fragments once each, then refuses them as too large', async () => {
    const document = fragmentDoubling(30);
    expect(document.length).toBeLessThan(2000);
    // The depth check used to walk all 2^30 paths before anything else ran; now each fragment is measured once
    // and the cost estimate (which stops at 10,000 fields) refuses the document, failing closed.
    const answer = await guest.gql(document);
    expect(answer.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    // A few doublings are a fine query: answered, and the server is responsive.
    const small = await guest.gql<{ stats: { totalNodes: number } }>(fragmentDoubling(5));
    expect(small.errors).toBeUndefined();
    expect(small.data?.stats.totalNodes).toBeGreaterThan(0);
  });

  it('still reports the real depth through fragments', async () => {
    const nest = 'children { '.repeat(12);
    const document = `{ ...A } fragment A on Query { ...B ...B } fragment B on Query { treeNode(id: "reg-14") { ${nest}parentId${' }'.repeat(12)} } }`;
    const answer = await guest.gql(document);
    expect(answer.errors?.[0]?.message).toMatch(/nested 14 levels deep; the maximum is 10/);
  });

  it('refuses a query whose cost cannot be estimated (10,001 aliases padding 40 brokers)', async () => {
    const padding = Array.from({ length: 10_001 }, (_, i) => `t${i}: __typename`).join(' ');
    const brokers = Array.from(
      { length: 40 },
      (_, i) =>
        `b${i}: brokers(regionId: "reg-14", network: cooperation) { brokers { node { id } } }`,
    ).join(' ');
    const response = await guest.gqlRaw(`{ ${padding} ${brokers} }`);
    expect(response.status).toBe(400);
    expect(response.text).not.toMatch(INTERNALS);
    const body = JSON.parse(response.text) as GqlBody;
    expect(body.data ?? null).toBeNull();
    expect(body.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    // Refused by the document bound before validation; the cost estimate refuses it on its own too
    // (graphql/complexity.test.ts, "fails closed").
    expect(body.errors?.[0]?.extensions?.limit).toBe('selections');
  });

  it('refuses documents that were slow to validate (most just under the token limit) before validating them', async () => {
    for (const document of NEAR_TOKEN_LIMIT_DOCUMENTS) {
      // Each parses within the token limit: only the bound on the document's shape stops it.
      expect(
        () => parse(document.query, { maxTokens: MAX_QUERY_TOKENS }),
        document.name,
      ).not.toThrow();
      const response = await guest.gqlRaw(document.query);
      expect(response.status, document.name).toBe(400);
      const body = JSON.parse(response.text) as GqlBody;
      // QUERY_TOO_COMPLEX with the bound, not GRAPHQL_VALIDATION_FAILED (the cycle and the unknown-free
      // documents would otherwise reach validation) and never data.
      expect(body.errors?.[0]?.extensions?.code, document.name).toBe('QUERY_TOO_COMPLEX');
      expect(body.errors?.[0]?.extensions?.limit, document.name).toMatch(
        /operations|fragments|selections|sameResponseName/,
      );
      expect(body.data ?? null, document.name).toBeNull();
    }
    const after = await guest.gql<{ stats: { totalNodes: number } }>('{ stats { totalNodes } }');
    expect(after.data?.stats.totalNodes).toBeGreaterThan(0);
  });
});

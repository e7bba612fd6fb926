/**
 * The hostile-query corpus (issue 14): the two documents that stopped the server and 200 generated nesting,
 * alias, fragment, directive and introspection bombs (test-support/proof/hostile-documents.ts). Each must be
 * refused with a known code, or answered in full with a bounded response; never a 500, never internals. The
 * heavy work they ask for must not be done: analyses that run are admitted by the heavy-work gate, and after
 * the corpus the server answers a plain query. Structure is asserted, never time.
 */
import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi } from '../../test-support/api/test-server.js';
import type { TestApi } from '../../test-support/api/test-server.js';
import { ApiClient, INTERNALS } from '../../test-support/proof/api-client.js';
import type { GqlBody } from '../../test-support/proof/api-client.js';
import { ISSUE_DOCUMENTS, hostileCorpus } from '../../test-support/proof/hostile-documents.js';
import { PROOF_SEED } from '../../test-support/proof/scale.js';

/** Codes a hostile document may be refused with. */
const REFUSALS = new Set([
  'QUERY_TOO_COMPLEX',
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'OPERATION_RESOLUTION_FAILURE',
  'PAYLOAD_TOO_LARGE',
  'BAD_REQUEST',
  'SERVER_BUSY',
  'TOO_MANY_HEAVY_REQUESTS',
]);
/** An answered document is one the limits allow: its response stays small. */
const MAX_ANSWER_BYTES = 2_000_000;

let api: TestApi;
let guest: ApiClient;
beforeAll(async () => {
  api = await startTestApi();
  guest = new ApiClient(api.url);
});
afterAll(() => api.close());

const CORPUS = [...ISSUE_DOCUMENTS, ...hostileCorpus(PROOF_SEED, 200)];

describe(`the hostile-query corpus (${CORPUS.length} documents, seed ${PROOF_SEED})`, () => {
  it('refuses the two documents of issue 14 as too complex', async () => {
    for (const document of ISSUE_DOCUMENTS) {
      const body = JSON.parse((await guest.gqlRaw(document.query)).text) as GqlBody;
      expect(body.errors?.[0]?.extensions?.code, document.name).toBe('QUERY_TOO_COMPLEX');
      expect(body.data ?? null, document.name).toBeNull();
    }
  });

  it(
    'refuses each document with a known code or answers it in full and bounded',
    { timeout: 600_000 },
    async () => {
      const outcomes = new Map<string, number>();
      for (const document of CORPUS) {
        const response = await guest.gqlRaw(document.query);
        expect(response.status, document.name).not.toBe(500);
        expect(response.text, document.name).not.toMatch(INTERNALS);
        const body = JSON.parse(response.text) as GqlBody;
        const codes = (body.errors ?? []).map((error) => String(error.extensions?.code));
        if (codes.length > 0) {
          for (const code of codes) expect(REFUSALS, `${document.name}: ${code}`).toContain(code);
          expect(body.data ?? null, document.name).toBeNull();
        } else {
          expect(body.data, document.name).toBeTruthy();
          expect(response.text.length, document.name).toBeLessThan(MAX_ANSWER_BYTES);
        }
        const key = codes[0] ?? 'answered';
        outcomes.set(key, (outcomes.get(key) ?? 0) + 1);
      }
      // Most of the corpus is refused; what is answered is what the limits allow.
      expect(outcomes.get('QUERY_TOO_COMPLEX') ?? 0).toBeGreaterThan(CORPUS.length / 4);
      expect(api.heavy.gate.load).toEqual({ running: 0, queued: 0 });
      const after = await guest.gql<{ stats: { totalNodes: number } }>('{ stats { totalNodes } }');
      expect(after.data?.stats.totalNodes).toBeGreaterThan(0);
    },
  );
});

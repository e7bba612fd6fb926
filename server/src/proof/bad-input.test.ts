/**
 * Bad input (issue 6, item 5), part 1: property-based fuzzing of every mutation over HTTP against the real
 * server in-process, as an admin (so every request passes authorization and reaches validation). Each request
 * must end in a clear error (an allow-listed code, no HTTP 500, no stack trace or source path in the body) or
 * be accepted; a rejected request must leave the store exactly as it was (full dump before and after), an
 * accepted one must leave it consistent. Fixed seed; PROOF_SCALE=bench runs ≥ 10,000 cases.
 */
import 'reflect-metadata';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_NETWORK } from '../../test-support/api/api-network.js';
import { startTestApi } from '../../test-support/api/test-server.js';
import type { TestApi } from '../../test-support/api/test-server.js';
import { ApiClient, INTERNALS, errorCodes } from '../../test-support/proof/api-client.js';
import type { GqlBody } from '../../test-support/proof/api-client.js';
import { dumpStore, inconsistencies } from '../../test-support/proof/fingerprint.js';
import { introductionFamilies } from '../../test-support/proof/introduction-cases.js';
import { proposalFamilies, seedFuzzProposals } from '../../test-support/proof/proposal-cases.js';
import { tieConsentFamilies } from '../../test-support/proof/tie-consent-cases.js';
import { familiesFor } from '../../test-support/proof/mutation-cases.js';
import type { MutationCase } from '../../test-support/proof/mutation-cases.js';
import { PROOF_SEED, SCALE, TIMEOUTS } from '../../test-support/proof/scale.js';

/** Error codes that tell the client what was wrong with its request. */
export const CLEAR_CODES = new Set([
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'NOT_FOUND',
  'CONFLICT',
  'TIE_EXISTS',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'QUERY_TOO_COMPLEX',
  'TOO_MANY_REQUESTS',
  'PAYLOAD_TOO_LARGE',
  // Refusals of proposals (issue 15): each names what to do.
  'PROPOSAL_FORM_INVALID',
  'PROPOSAL_TOO_FAST',
  'PROPOSAL_TOO_LARGE',
  'TOO_MANY_PENDING_PROPOSALS',
]);

let api: TestApi;
let admin: ApiClient;
const tally = { accepted: 0, rejected: 0 };
const codesSeen = new Map<string, number>();

beforeAll(async () => {
  api = await startTestApi({ fixture: API_NETWORK });
  admin = new ApiClient(api.url, await api.tokenFor('admin'));
  await seedFuzzProposals(api.store);
});
afterAll(async () => {
  console.log(
    `bad-input proof: ${tally.accepted} accepted, ${tally.rejected} rejected; codes ${JSON.stringify(Object.fromEntries(codesSeen))}`,
  );
  await api.close();
});

function parse(text: string): GqlBody | null {
  try {
    return JSON.parse(text) as GqlBody;
  } catch {
    return null;
  }
}

/** What a create sent is what the store holds: no trimming, normalising or escaping of hostile text. */
function expectStoredVerbatim(sample: MutationCase, result: unknown): void {
  if (sample.field !== 'createNode') return;
  const sent = (JSON.parse(sample.body) as { variables?: { properties?: unknown } }).variables
    ?.properties;
  if (typeof sent !== 'object' || sent === null) return;
  const stored = (result as { properties?: Record<string, unknown> }).properties ?? {};
  for (const [key, value] of Object.entries(sent)) {
    if (typeof value === 'string')
      expect(stored[key], `${key} of ${fc.stringify(sample)}`).toBe(value);
  }
}

/** Sends one case and checks the answer and the store. */
async function check(sample: MutationCase): Promise<void> {
  const before = await dumpStore(api.store);
  const started = Date.now();
  const response = await admin.postGraphQL(sample.body);
  if (process.env.PROOF_SLOW && Date.now() - started > 200)
    console.log(
      Date.now() - started,
      fc.stringify(sample).slice(0, 300),
      response.text.slice(0, 300),
    );
  const shown = `${sample.body.slice(0, 300)} → ${response.status} ${response.text.slice(0, 500)}`;
  expect(response.status, shown).toBeLessThan(500);
  expect(response.text, shown).not.toMatch(INTERNALS);
  const body = parse(response.text);
  expect(body, `answer is not JSON: ${shown}`).not.toBeNull();
  const codes = errorCodes(body);
  for (const code of codes) {
    codesSeen.set(code, (codesSeen.get(code) ?? 0) + 1);
    expect(CLEAR_CODES.has(code), `unclear error code ${code}: ${shown}`).toBe(true);
  }
  const data = body?.data as Record<string, unknown> | null | undefined;
  const accepted = codes.length === 0 && data?.[sample.field] != null;
  const after = await dumpStore(api.store);
  if (accepted) {
    tally.accepted++;
    expect(inconsistencies(after), shown).toEqual([]);
    expectStoredVerbatim(sample, data?.[sample.field]);
  } else {
    tally.rejected++;
    expect(codes.length, `neither data nor an error: ${shown}`).toBeGreaterThan(0);
    expect(after, `a rejected request changed the store: ${shown}`).toEqual(before);
  }
}

describe('every mutation answers hostile input with a clear error and leaves the store intact', () => {
  const families = (): ReturnType<typeof familiesFor> => ({
    ...familiesFor([api.accountIds.member, api.accountIds.coordinator]),
    ...introductionFamilies(),
    ...proposalFamilies(),
    ...tieConsentFamilies(),
  });
  const names = [
    ...Object.keys(familiesFor(['acc-x'])),
    ...Object.keys(introductionFamilies()),
    ...Object.keys(proposalFamilies()),
    ...Object.keys(tieConsentFamilies()),
  ];

  it.each(names)(
    '%s',
    async (name) => {
      const family = families()[name];
      if (!family) throw new Error(`no family ${name}`);
      await fc.assert(
        fc.asyncProperty(family, (sample) => check(sample)),
        { seed: PROOF_SEED + name.length, numRuns: SCALE.mutationRuns, endOnFailure: true },
      );
    },
    TIMEOUTS.perMutationFamily,
  );

  it('is still consistent and answers ordinary reads afterwards', async () => {
    expect(inconsistencies(await dumpStore(api.store))).toEqual([]);
    const stats = await admin.gql<{ stats: { totalNodes: number } }>('{ stats { totalNodes } }');
    expect(stats.errors).toBeUndefined();
    const ready = await admin.raw('/ready');
    expect(ready.status).toBe(200);
  });
});

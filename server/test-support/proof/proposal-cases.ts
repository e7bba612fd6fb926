/**
 * Hostile requests for the proposal mutations (issue 15): hostile payloads, form tokens, ids, versions and
 * reasons, against a few pending proposals put in place first (seedFuzzProposals), so that approvals and
 * rejections are accepted as well as refused.
 */
import { INSTITUTION_KINDS, RESOURCE_KINDS, SECTORS } from '@nzr/graph-schema';
import fc from 'fast-check';
import type { Arbitrary } from 'fast-check';
import type { GraphStore } from '../../src/store/port.js';
import {
  hostileEnum,
  hostileId,
  hostileString,
  hostileValue,
  hostileVersion,
} from './arbitraries.js';
import { mutationCase } from './mutation-cases.js';
import type { MutationCase } from './mutation-cases.js';

const values = (list: readonly { value: string }[]): string[] => list.map((entry) => entry.value);
const PENDING = ['pro-fuzz-1', 'pro-fuzz-2', 'pro-fuzz-3', 'pro-fuzz-4'];

/** Pending proposals the fuzzed decisions can reach. */
export async function seedFuzzProposals(store: GraphStore): Promise<void> {
  for (const id of PENDING) {
    await store.saveProposal(
      {
        id,
        kind: 'new',
        targetId: null,
        label: 'Institution',
        title: `Fuzz ${id}`,
        payload: {
          label: 'Institution',
          properties: { name: `Fuzz ${id}`, kind: 'initiative', sector: 'civil_society' },
          regionId: null,
          topicIds: [],
          offers: [],
          needs: [],
        },
        status: 'pending',
        reason: null,
        submittedBy: null,
        contactEmail: null,
        sourceKey: null,
        regionIds: [],
        decidedBy: null,
        decidedAt: null,
        createdIds: [],
      },
      undefined,
      [],
    );
  }
}

const resource = fc.record({ name: hostileString, kind: hostileEnum(values(RESOURCE_KINDS)) });
const payload = fc.record(
  {
    label: hostileEnum(['Institution', 'Project']),
    properties: fc.record(
      {
        name: fc.oneof(hostileString, hostileValue),
        kind: hostileEnum(values(INSTITUTION_KINDS)),
        sector: hostileEnum(values(SECTORS)),
        description: hostileString,
      },
      { requiredKeys: [] },
    ),
    regionId: fc.oneof(fc.constant(null), fc.constant('reg-14626'), hostileId),
    topicIds: fc.array(fc.oneof(fc.constant('top-energy_climate'), hostileId), { maxLength: 14 }),
    offers: fc.array(resource, { maxLength: 12 }),
    needs: fc.array(resource, { maxLength: 3 }),
  },
  { requiredKeys: ['label', 'properties', 'topicIds', 'offers', 'needs'] },
);
const proposalId = fc.oneof(fc.constantFrom(...PENDING), hostileId);

const request = (field: string, query: string, variables: unknown): MutationCase =>
  mutationCase(field, JSON.stringify({ query, variables }));

export function proposalFamilies(): Record<string, Arbitrary<MutationCase>> {
  return {
    submitProposal: fc
      .record(
        {
          payload,
          targetId: fc.oneof(fc.constant(null), fc.constant('ins-energie-goerlitz'), hostileId),
          contactEmail: fc.oneof(fc.constant(null), fc.constant('a@example.org'), hostileString),
          formToken: fc.oneof(hostileString, fc.constant('1.AAAA')),
          website: fc.oneof(fc.constant(null), hostileString),
        },
        { requiredKeys: ['payload', 'formToken'] },
      )
      .map((input) =>
        request(
          'submitProposal',
          'mutation ($input: SubmitProposalInput!) { submitProposal(input: $input) { id status } }',
          { input },
        ),
      ),
    approveProposal: fc
      .record(
        {
          id: proposalId,
          expectedVersion: fc.oneof(fc.constant(1), hostileVersion),
          payload: fc.oneof(fc.constant(null), payload),
        },
        { requiredKeys: ['id', 'expectedVersion'] },
      )
      .map((input) =>
        request(
          'approveProposal',
          'mutation ($input: ApproveProposalInput!) { approveProposal(input: $input) { id status } }',
          { input },
        ),
      ),
    rejectProposal: fc
      .record(
        {
          id: proposalId,
          expectedVersion: fc.oneof(fc.constant(1), hostileVersion),
          reason: fc.oneof(fc.constant('Doppelt'), hostileString),
        },
        { requiredKeys: ['id', 'expectedVersion', 'reason'] },
      )
      .map((input) =>
        request(
          'rejectProposal',
          'mutation ($input: RejectProposalInput!) { rejectProposal(input: $input) { id status } }',
          { input },
        ),
      ),
  };
}

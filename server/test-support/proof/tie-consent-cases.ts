/**
 * Hostile requests for the tie proposal and consent mutations (issue 15, items 2 and 3): real actor ids of the
 * API network mixed with hostile ids, statuses, purposes, dates, notes and versions, so that both accepted and
 * refused requests occur (the admin who sends them may decide ties and record or withdraw consent).
 */
import { CONSENT_PURPOSES, COOPERATION_KINDS, TIE_PROPOSAL_STATUSES } from '@nzr/graph-schema';
import fc from 'fast-check';
import type { Arbitrary } from 'fast-check';
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
const actor = fc.oneof(
  fc.constantFrom('ins-energie-goerlitz', 'ins-gruene-liga', 'per-anna', 'per-bernd'),
  hostileId,
);
const person = fc.oneof(fc.constantFrom('per-anna', 'per-bernd', 'ins-gruene-liga'), hostileId);
const request = (field: string, query: string, variables: unknown): MutationCase =>
  mutationCase(field, JSON.stringify({ query, variables }));

export function tieConsentFamilies(): Record<string, Arbitrary<MutationCase>> {
  return {
    proposeTie: fc
      .record(
        {
          fromId: actor,
          toId: actor,
          note: fc.oneof(hostileString, hostileValue, fc.constant(null)),
        },
        { requiredKeys: ['fromId', 'toId'] },
      )
      .map((input) =>
        request(
          'proposeTie',
          'mutation ($input: ProposeTieInput!) { proposeTie(input: $input) { id status } }',
          { input },
        ),
      ),
    decideTie: fc
      .record(
        {
          id: hostileId,
          status: hostileEnum(values(TIE_PROPOSAL_STATUSES)),
          expectedVersion: hostileVersion,
          cooperationKind: hostileEnum(values(COOPERATION_KINDS)),
        },
        { requiredKeys: ['id', 'status', 'expectedVersion'] },
      )
      .map((input) =>
        request(
          'decideTie',
          'mutation ($input: DecideTieInput!) { decideTie(input: $input) { id status } }',
          { input },
        ),
      ),
    withdrawConsent: person.map((personId) =>
      request(
        'withdrawConsent',
        'mutation ($personId: ID!) { withdrawConsent(personId: $personId) { id valid } }',
        { personId },
      ),
    ),
    recordConsent: fc
      .record({
        personId: person,
        consentDate: fc.oneof(fc.constantFrom('2026-12-07', '2026-02-30', ''), hostileValue),
        purpose: hostileEnum(values(CONSENT_PURPOSES)),
      })
      .map((variables) =>
        request(
          'recordConsent',
          'mutation ($personId: ID!, $consentDate: String!, $purpose: ConsentPurpose!) { recordConsent(personId: $personId, consentDate: $consentDate, purpose: $purpose) { id valid } }',
          variables,
        ),
      ),
  };
}

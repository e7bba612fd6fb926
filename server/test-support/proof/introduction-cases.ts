/**
 * Hostile requests for the introduction mutations (issue 15): real actor ids of the API network mixed with
 * hostile ids, enum values, notes, dates and versions, so that both accepted and refused requests occur.
 */
import {
  COOPERATION_KINDS,
  INTRODUCTION_CHANNELS,
  INTRODUCTION_SOURCES,
  INTRODUCTION_STATUSES,
} from '@nzr/graph-schema';
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
  fc.constantFrom(
    'ins-energie-goerlitz',
    'ins-gruene-liga',
    'ins-schule-loebau',
    'per-anna',
    'per-bernd',
  ),
  hostileId,
);
const text = fc.oneof(hostileString, hostileValue, fc.constant(null));

const request = (field: string, query: string, variables: unknown): MutationCase =>
  mutationCase(field, JSON.stringify({ query, variables }));

export function introductionFamilies(): Record<string, Arbitrary<MutationCase>> {
  return {
    recordIntroduction: fc
      .record(
        {
          fromId: actor,
          toId: actor,
          source: hostileEnum(values(INTRODUCTION_SOURCES)),
          status: hostileEnum(values(INTRODUCTION_STATUSES)),
          channel: hostileEnum(values(INTRODUCTION_CHANNELS)),
          note: text,
          introducedOn: fc.oneof(fc.constantFrom('2026-11-30', '2026-02-30', ''), hostileValue),
        },
        { requiredKeys: ['fromId', 'toId', 'source'] },
      )
      .map((input) =>
        request(
          'recordIntroduction',
          'mutation ($input: RecordIntroductionInput!) { recordIntroduction(input: $input) { id status note } }',
          { input },
        ),
      ),
    moveIntroduction: fc
      .record(
        {
          id: hostileId,
          status: hostileEnum(values(INTRODUCTION_STATUSES)),
          expectedVersion: hostileVersion,
          note: text,
          cooperationKind: hostileEnum(values(COOPERATION_KINDS)),
        },
        { requiredKeys: ['id', 'status', 'expectedVersion'] },
      )
      .map((input) =>
        request(
          'moveIntroduction',
          'mutation ($input: MoveIntroductionInput!) { moveIntroduction(input: $input) { id status } }',
          { input },
        ),
      ),
  };
}

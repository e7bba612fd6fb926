/**
 * One fast-check generator of hostile GraphQL requests per mutation (and a few for the request itself):
 * each yields the exact JSON body to POST and the name of the mutation field, so the test can tell an
 * accepted request (data for the field) from a rejected one.
 */
import { ACCOUNT_ROLES, NODE_LABEL_NAMES, RELATIONSHIP_TYPE_NAMES } from '@nzr/graph-schema';
import fc from 'fast-check';
import type { Arbitrary } from 'fast-check';
import {
  hostileEnum,
  hostileId,
  hostileProperties,
  hostileString,
  hostileValue,
  hostileVersion,
} from './arbitraries.js';

export interface MutationCase {
  readonly field: string;
  /** The request body exactly as sent. */
  readonly body: string;
}

const OPS = [
  'createNode',
  'updateNode',
  'deleteNode',
  'createRelationship',
  'updateRelationship',
  'deleteRelationship',
];

const label = hostileEnum(NODE_LABEL_NAMES);
const type = hostileEnum(RELATIONSHIP_TYPE_NAMES);
/** Mostly property maps, sometimes a value of the wrong type altogether. */
const properties: Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: hostileProperties },
  { weight: 2, arbitrary: hostileString.map((name) => ({ name })) },
  { weight: 1, arbitrary: hostileValue },
);

/** fast-check prints counterexamples with this: the start of the body, not megabytes of it. */
function shown(this: MutationCase): string {
  const more = this.body.length > 400 ? `… (${this.body.length} characters)` : '';
  return `${this.field}: ${this.body.slice(0, 400)}${more}`;
}

export const mutationCase = (field: string, body: string): MutationCase =>
  Object.assign({ field, body }, { [fc.toStringMethod]: shown });

const request = (field: string, query: string, variables: Record<string, unknown>): MutationCase =>
  mutationCase(field, JSON.stringify({ query, variables }));

const change: Arbitrary<Record<string, unknown>> = fc.record(
  {
    op: hostileEnum(OPS),
    id: hostileId,
    label,
    type,
    from: hostileId,
    to: hostileId,
    properties,
    expectedVersion: hostileVersion,
  },
  { requiredKeys: ['op'] },
);

/** Account ids the fuzzer may touch: never the admin's own (its token must stay valid for the run). */
export function familiesFor(
  accountIds: readonly string[],
): Record<string, Arbitrary<MutationCase>> {
  const accountId = fc.oneof(fc.constantFrom(...accountIds), hostileId);
  return {
    createNode: fc
      .record({ label, properties })
      .map((v) =>
        request(
          'createNode',
          'mutation ($label: NodeLabel!, $properties: JSONObject!) { createNode(label: $label, properties: $properties) { id version properties } }',
          v,
        ),
      ),
    updateNode: fc
      .record({ id: hostileId, properties, expectedVersion: hostileVersion })
      .map((v) =>
        request(
          'updateNode',
          'mutation ($id: ID!, $properties: JSONObject!, $expectedVersion: Int!) { updateNode(id: $id, properties: $properties, expectedVersion: $expectedVersion) { id version } }',
          v,
        ),
      ),
    deleteNode: fc
      .record({ id: hostileId, expectedVersion: hostileVersion }, { requiredKeys: ['id'] })
      .map((v) =>
        request(
          'deleteNode',
          'mutation ($id: ID!, $expectedVersion: Int) { deleteNode(id: $id, expectedVersion: $expectedVersion) { deletedNodeIds deletedRelationshipIds } }',
          v,
        ),
      ),
    createRelationship: fc
      .record({ type, from: hostileId, to: hostileId, properties })
      .map((v) =>
        request(
          'createRelationship',
          'mutation ($type: RelationshipType!, $from: ID!, $to: ID!, $properties: JSONObject) { createRelationship(type: $type, from: $from, to: $to, properties: $properties) { id source target } }',
          v,
        ),
      ),
    updateRelationship: fc
      .record({ type, id: hostileId, properties, expectedVersion: hostileVersion })
      .map((v) =>
        request(
          'updateRelationship',
          'mutation ($type: RelationshipType!, $id: ID!, $properties: JSONObject!, $expectedVersion: Int!) { updateRelationship(type: $type, id: $id, properties: $properties, expectedVersion: $expectedVersion) { id version } }',
          v,
        ),
      ),
    deleteRelationship: fc
      .record(
        { type, id: hostileId, expectedVersion: hostileVersion },
        { requiredKeys: ['type', 'id'] },
      )
      .map((v) =>
        request(
          'deleteRelationship',
          'mutation ($type: RelationshipType!, $id: ID!, $expectedVersion: Int) { deleteRelationship(type: $type, id: $id, expectedVersion: $expectedVersion) { deletedRelationshipIds } }',
          v,
        ),
      ),
    applyChanges: fc
      .record({
        changes: fc.oneof(
          { weight: 4, arbitrary: fc.array(change, { maxLength: 6 }) },
          {
            weight: 1,
            arbitrary: fc
              .constantFrom(101, 5000, 25_000)
              .map((n) =>
                Array.from({ length: n }, () => ({ op: 'deleteNode', id: 'per-missing' })),
              ),
          },
          { weight: 1, arbitrary: hostileValue },
        ),
        note: fc.oneof(hostileString, fc.constant(null)),
      })
      .map((v) =>
        request(
          'applyChanges',
          'mutation ($changes: [ChangeInput!]!, $note: String) { applyChanges(changes: $changes, note: $note) { deletedNodeIds nodes { id } edges { id } } }',
          v,
        ),
      ),
    login: fc
      .record({
        email: fc.oneof(hostileString, hostileValue),
        password: fc.oneof(hostileString, hostileValue),
      })
      .map((v) =>
        request(
          'login',
          'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
          v,
        ),
      ),
    createAccount: fc
      .record({
        input: fc.oneof(
          fc.record(
            {
              email: fc.oneof(
                hostileString,
                hostileString.map((s) => `${s}@example.org`),
                hostileValue,
              ),
              password: fc.oneof(hostileString, hostileValue),
              role: hostileEnum(ACCOUNT_ROLES),
              displayName: fc.oneof(hostileString, hostileValue),
            },
            { requiredKeys: [] },
          ),
          hostileValue,
        ),
      })
      .map((v) =>
        request(
          'createAccount',
          'mutation ($input: CreateAccountInput!) { createAccount(input: $input) { id email role } }',
          v,
        ),
      ),
    updateAccount: fc
      .record({
        id: accountId,
        expectedVersion: hostileVersion,
        input: fc.oneof(
          fc.record(
            {
              role: hostileEnum(ACCOUNT_ROLES),
              disabled: fc.oneof(fc.boolean(), hostileValue),
              displayName: fc.oneof(hostileString, hostileValue),
              password: fc.oneof(hostileString, hostileValue),
            },
            { requiredKeys: [] },
          ),
          hostileValue,
        ),
      })
      .map((v) =>
        request(
          'updateAccount',
          'mutation ($id: ID!, $expectedVersion: Int!, $input: UpdateAccountInput!) { updateAccount(id: $id, expectedVersion: $expectedVersion, input: $input) { id version } }',
          v,
        ),
      ),
    erasePerson: fc
      .record({ id: hostileId })
      .map((v) =>
        request(
          'erasePerson',
          'mutation ($id: ID!) { erasePerson(id: $id) { deletedNodeIds } }',
          v,
        ),
      ),
    /** Plausible creates whose text is hostile but may be valid: stored verbatim or refused, never mangled. */
    plausibleCreate: fc
      .record({
        label: fc.constantFrom('Network', 'Project', 'Topic'),
        name: hostileString.filter((text) => text.length < 2000),
        description: fc.oneof(hostileString, fc.constant(undefined)),
      })
      .map(({ label, name, description }) =>
        request(
          'createNode',
          'mutation ($label: NodeLabel!, $properties: JSONObject!) { createNode(label: $label, properties: $properties) { id properties } }',
          {
            label,
            properties: {
              name,
              ...(label === 'Topic' ? { key: 'fuzz_topic' } : {}),
              ...(description === undefined ? {} : { description }),
            },
          },
        ),
      ),
    /** Hostile text spliced into the query document itself, escaped as a literal or not at all. */
    inlineLiteral: fc
      .record({ text: hostileString, escape: fc.boolean(), depth: fc.constantFrom(1, 50, 5000) })
      .map(({ text, escape, depth }) => {
        const literal = escape ? JSON.stringify(text) : `"${text}"`;
        const value = `${'{ a: '.repeat(depth)}${literal}${' }'.repeat(depth)}`;
        return mutationCase(
          'createNode',
          JSON.stringify({
            query: `mutation { createNode(label: Network, properties: { name: ${literal}, x: ${value} }) { id } }`,
          }),
        );
      }),
    /** Broken request bodies: not JSON, wrong shapes, deep JSON, batches. */
    rawBody: fc
      .oneof(
        hostileString,
        fc.constantFrom(
          '',
          'null',
          '[]',
          '{"query": 1}',
          '{"query": null}',
          '{"query": "mutation { logout }", "variables": "x"}',
          '[{"query": "mutation { logout }"}, {"query": "mutation { logout }"}]',
          '{"query": "mutation { logout }", "extensions": {"persistedQuery": {"version": 1, "sha256Hash": "x"}}}',
          `{"query": "mutation { logout }", "variables": ${'['.repeat(20_000)}${']'.repeat(20_000)}}`,
          `{"query": "mutation ($p: JSONObject!) { createNode(label: Network, properties: $p) { id } }", "variables": {"p": ${'{"a":'.repeat(50_000)}1${'}'.repeat(50_000)}}}`,
        ),
      )
      .map((body) => mutationCase('logout', body)),
  };
}

/**
 * The role matrix, table-driven: every operation × every role, over HTTP against the real server. "allowed"
 * means the request passed authorization (it may still fail later, e.g. NOT_FOUND for a made-up id); refused
 * means UNAUTHENTICATED for anonymous visitors and FORBIDDEN for signed-in accounts with too weak a role.
 */
import 'reflect-metadata';
import { roleAtLeast } from '@nzr/graph-schema';
import type { Role } from '@nzr/graph-schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi } from '../../test-support/api/test-server.js';
import type { TestApi } from '../../test-support/api/test-server.js';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

interface Operation {
  readonly name: string;
  readonly minimum: Role;
  readonly query: string;
  readonly variables?: Record<string, unknown>;
}

const OPERATIONS: readonly Operation[] = [
  { name: 'node', minimum: 'viewer', query: '{ node(id: "reg-14") { id } }' },
  { name: 'nodes', minimum: 'viewer', query: '{ nodes(ids: ["reg-14"]) { id } }' },
  { name: 'search', minimum: 'viewer', query: '{ search(text: "a") { edges { cursor } } }' },
  {
    name: 'neighbourhood',
    minimum: 'viewer',
    query: '{ neighbourhood(ids: ["reg-14"]) { truncated } }',
  },
  { name: 'stats', minimum: 'viewer', query: '{ stats { totalNodes } }' },
  { name: 'regions', minimum: 'viewer', query: '{ regions { node { id } } }' },
  { name: 'treeNode', minimum: 'viewer', query: '{ treeNode(id: "reg-14") { parentId } }' },
  { name: 'topics', minimum: 'viewer', query: '{ topics { node { id } } }' },
  { name: 'networks', minimum: 'viewer', query: '{ networks { edges { cursor } } }' },
  {
    name: 'fundingProgrammes',
    minimum: 'viewer',
    query: '{ fundingProgrammes { edges { cursor } } }',
  },
  { name: 'resources', minimum: 'viewer', query: '{ resources { edges { cursor } } }' },
  { name: 'projects', minimum: 'viewer', query: '{ projects { edges { cursor } } }' },
  { name: 'me', minimum: 'viewer', query: '{ me { id } }' },
  {
    name: 'createNode',
    minimum: 'coordinator',
    query: 'mutation { createNode(label: Network, properties: { name: "Matrix-Netz" }) { id } }',
  },
  {
    name: 'updateNode',
    minimum: 'coordinator',
    query: 'mutation { updateNode(id: "net-missing", properties: {}, expectedVersion: 1) { id } }',
  },
  {
    name: 'deleteNode',
    minimum: 'coordinator',
    query: 'mutation { deleteNode(id: "net-missing") { deletedNodeIds } }',
  },
  {
    name: 'createRelationship',
    minimum: 'coordinator',
    query:
      'mutation { createRelationship(type: KNOWS, from: "per-missing", to: "per-anna") { id } }',
  },
  {
    name: 'updateRelationship',
    minimum: 'coordinator',
    query:
      'mutation { updateRelationship(type: KNOWS, id: "kn-missing", properties: {}, expectedVersion: 1) { id } }',
  },
  {
    name: 'deleteRelationship',
    minimum: 'coordinator',
    query:
      'mutation { deleteRelationship(type: KNOWS, id: "kn-missing") { deletedRelationshipIds } }',
  },
  {
    name: 'applyChanges',
    minimum: 'coordinator',
    query:
      'mutation { applyChanges(changes: [{ op: deleteNode, id: "net-missing" }]) { deletedNodeIds } }',
  },
  { name: 'accounts', minimum: 'admin', query: '{ accounts { nodes { id } } }' },
  {
    name: 'createAccount',
    minimum: 'admin',
    query:
      'mutation { createAccount(input: { email: "bad", password: "x", role: member }) { id } }',
  },
  {
    name: 'updateAccount',
    minimum: 'admin',
    query: 'mutation { updateAccount(id: "acc-missing", expectedVersion: 1, input: {}) { id } }',
  },
  {
    name: 'deleteAccount',
    minimum: 'admin',
    query: 'mutation { deleteAccount(id: "acc-missing") }',
  },
  {
    name: 'introductionSummary',
    minimum: 'viewer',
    query: '{ introductionSummary { total } }',
  },
  {
    name: 'networkGrowth',
    minimum: 'viewer',
    query: '{ networkGrowth { introductions } }',
  },
  {
    name: 'introductions',
    minimum: 'coordinator',
    query: '{ introductions(openOnly: true) { hasNextPage } }',
  },
  {
    name: 'recordIntroduction',
    minimum: 'coordinator',
    query:
      'mutation { recordIntroduction(input: { fromId: "ins-missing", toId: "ins-gone", source: ally }) { id } }',
  },
  {
    name: 'moveIntroduction',
    minimum: 'coordinator',
    query:
      'mutation { moveIntroduction(input: { id: "int-missing", status: in_contact, expectedVersion: 1 }) { id } }',
  },
  { name: 'auditLog', minimum: 'admin', query: '{ auditLog { hasNextPage } }' },
  {
    name: 'personData',
    minimum: 'admin',
    query: '{ personData(id: "per-missing") { truncated } }',
  },
  {
    name: 'erasePerson',
    minimum: 'admin',
    query: 'mutation { erasePerson(id: "per-missing") { deletedNodeIds } }',
  },
];

const ROLES: readonly Role[] = ['viewer', 'member', 'coordinator', 'admin'];
const CASES = OPERATIONS.flatMap((operation) => ROLES.map((role) => ({ ...operation, role })));

describe('role matrix', () => {
  it.each(CASES)('$name as $role', async ({ query, variables, role, minimum }) => {
    const token = role === 'viewer' ? null : await api.tokenFor(role);
    const { errors } = await api.gql(query, variables, token);
    const code = errors?.[0]?.extensions?.code;
    if (roleAtLeast(role, minimum)) {
      expect(code === 'FORBIDDEN' || code === 'UNAUTHENTICATED', JSON.stringify(errors)).toBe(
        false,
      );
    } else {
      expect(code).toBe(role === 'viewer' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
      expect(errors?.[0]?.message).toMatch(role === 'viewer' ? /sign in/ : /needs the role/);
    }
  });

  it('covers every query and mutation of the schema', async () => {
    const { data } = await api.gql<{
      __schema: {
        queryType: { fields: { name: string }[] };
        mutationType: { fields: { name: string }[] };
      };
    }>('{ __schema { queryType { fields { name } } mutationType { fields { name } } } }');
    const names = [
      ...(data?.__schema.queryType.fields ?? []),
      ...(data?.__schema.mutationType.fields ?? []),
    ]
      .map((field) => field.name)
      // login/logout are for everyone and tested in accounts.test.ts; analytics has its own suite.
      .filter((name) => !['login', 'logout'].includes(name));
    const covered = new Set(OPERATIONS.map((operation) => operation.name));
    const mine = names.filter((name) => covered.has(name));
    expect(mine.length).toBe(OPERATIONS.length);
  });
});

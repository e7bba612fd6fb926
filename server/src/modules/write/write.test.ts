import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi } from '../../../test-support/api/test-server.js';
import type { TestApi } from '../../../test-support/api/test-server.js';

let api: TestApi;
let token: string;
beforeAll(async () => {
  api = await startTestApi();
  token = await api.tokenFor('coordinator');
});
afterAll(() => api.close());

const gql = <T>(query: string, variables: Record<string, unknown> = {}) =>
  api.gql<T>(query, variables, token);

interface Node {
  id: string;
  version: number;
  name: string;
  properties: Record<string, unknown>;
}
const CREATE = `mutation ($label: NodeLabel!, $p: JSONObject!) { createNode(label: $label, properties: $p) { id version name properties } }`;
const UPDATE = `mutation ($id: ID!, $p: JSONObject!, $v: Int!) { updateNode(id: $id, properties: $p, expectedVersion: $v) { id version name properties } }`;
const AUDIT = `query ($id: ID) { auditLog(entityId: $id) { entries { action actorId items { op kind id properties } entityIds } } }`;

describe('node writes', () => {
  it('creates a node with an id from the label prefix and audits it with the actor', async () => {
    const { data, errors } = await gql<{ createNode: Node }>(CREATE, {
      label: 'Institution',
      p: { name: 'Repair Café Bautzen', kind: 'initiative', sector: 'civil_society' },
    });
    expect(errors).toBeUndefined();
    expect(data?.createNode.id).toMatch(/^ins-[0-9a-f]{16}$/);
    expect(data?.createNode.version).toBe(1);
    const audit = await api.gql<{ auditLog: { entries: unknown[] } }>(
      AUDIT,
      { id: data?.createNode.id },
      await api.tokenFor('admin'),
    );
    expect(audit.data?.auditLog.entries).toEqual([
      expect.objectContaining({
        action: 'node.create',
        actorId: api.accountIds.coordinator,
        items: [
          expect.objectContaining({
            op: 'create',
            kind: 'Institution',
            properties: expect.arrayContaining(['name']),
          }),
        ],
      }),
    ]);
    // Names only, never values: the audit trail holds no personal data.
    expect(JSON.stringify(audit)).not.toMatch(/Repair Café/);
  });

  it('updates with the expected version and refuses a stale one with CONFLICT', async () => {
    const created = await gql<{ createNode: Node }>(CREATE, {
      label: 'Network',
      p: { name: 'Netz A' },
    });
    const id = created.data?.createNode.id;
    const first = await gql<{ updateNode: Node }>(UPDATE, {
      id,
      p: { name: 'Netz B', description: 'x' },
      v: 1,
    });
    expect(first.data?.updateNode).toMatchObject({ name: 'Netz B', version: 2 });
    const stale = await gql(UPDATE, { id, p: { name: 'Netz C' }, v: 1 });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(stale.errors?.[0]?.message).toMatch(/changed by someone else \(version 2, expected 1\)/);
    const removed = await gql<{ updateNode: Node }>(UPDATE, { id, p: { description: null }, v: 2 });
    expect(removed.data?.updateNode.properties).not.toHaveProperty('description');
    const node = await gql<{ node: Node }>('query ($id: ID!) { node(id: $id) { name version } }', {
      id,
    });
    expect(node.data?.node).toMatchObject({ name: 'Netz B', version: 3 });
  });

  it('answers invalid input with BAD_USER_INPUT, every issue, and no stack trace', async () => {
    const { errors } = await gql(CREATE, {
      label: 'Institution',
      p: { name: '', kind: 'castle', id: 'x', extra: 1 },
    });
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const paths = (errors?.[0]?.extensions?.issues as { path: string }[]).map(
      (issue) => issue.path,
    );
    expect(paths).toEqual(
      expect.arrayContaining([
        'properties.name',
        'properties.kind',
        'properties.id',
        'properties.extra',
        'properties.sector',
      ]),
    );
    expect(JSON.stringify(errors)).not.toMatch(/stacktrace|at .*\.ts/);
    const update = await gql(UPDATE, { id: 'ins-schule-loebau', p: { sector: 'nope' }, v: 1 });
    expect(update.errors?.[0]?.extensions?.issues).toEqual([
      expect.objectContaining({ path: 'properties.sector' }),
    ]);
  });

  it('deletes a node with its relationships; unknown ids are NOT_FOUND', async () => {
    const result = await gql<{
      deleteNode: { deletedNodeIds: string[]; deletedRelationshipIds: string[] };
    }>(
      'mutation { deleteNode(id: "ins-kirche-zittau", expectedVersion: 1) { deletedNodeIds deletedRelationshipIds } }',
    );
    expect(result.data?.deleteNode).toEqual({
      deletedNodeIds: ['ins-kirche-zittau'],
      deletedRelationshipIds: ['co-2'],
    });
    const again = await gql('mutation { deleteNode(id: "ins-kirche-zittau") { deletedNodeIds } }');
    expect(again.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('relationship writes', () => {
  it('creates, updates (versioned) and deletes a relationship', async () => {
    const created = await gql<{
      createRelationship: { id: string; version: number; source: string };
    }>(
      `mutation { createRelationship(type: COOPERATES_WITH, from: "ins-gruene-liga", to: "ins-energieagentur",
        properties: { kind: "alliance", from: "2025-01-01" }) { id version source target properties } }`,
    );
    expect(created.errors).toBeUndefined();
    const rel = created.data?.createRelationship;
    expect(rel?.id).toMatch(/^rel-[0-9a-f]{16}$/);
    const updated = await gql<{
      updateRelationship: { version: number; properties: Record<string, unknown> };
    }>(
      `mutation ($id: ID!) { updateRelationship(type: COOPERATES_WITH, id: $id, properties: { until: "2025-12-31" }, expectedVersion: 1) { version properties } }`,
      { id: rel?.id },
    );
    expect(updated.data?.updateRelationship).toMatchObject({
      version: 2,
      properties: { until: '2025-12-31' },
    });
    const stale = await gql(
      `mutation ($id: ID!) { updateRelationship(type: COOPERATES_WITH, id: $id, properties: {}, expectedVersion: 1) { version } }`,
      { id: rel?.id },
    );
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const deleted = await gql<{ deleteRelationship: { deletedRelationshipIds: string[] } }>(
      `mutation ($id: ID!) { deleteRelationship(type: COOPERATES_WITH, id: $id, expectedVersion: 2) { deletedRelationshipIds } }`,
      { id: rel?.id },
    );
    expect(deleted.data?.deleteRelationship.deletedRelationshipIds).toEqual([rel?.id]);
  });

  it('refuses endpoints the type does not allow and missing required properties', async () => {
    const wrongEnds = await gql(
      'mutation { createRelationship(type: KNOWS, from: "per-anna", to: "ins-gruene-liga") { id } }',
    );
    expect(wrongEnds.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const missing = await gql(
      'mutation { createRelationship(type: COOPERATES_WITH, from: "ins-gruene-liga", to: "ins-energieagentur") { id } }',
    );
    expect(missing.errors?.[0]?.extensions?.issues).toEqual(
      expect.arrayContaining([expect.objectContaining({ path: 'properties.kind' })]),
    );
  });
});

describe('applyChanges', () => {
  it('applies a batch atomically: one failing change leaves nothing behind', async () => {
    const failing = await gql(
      `mutation { applyChanges(changes: [
        { op: createNode, label: Topic, id: "top-batch", properties: { name: "Batch" } },
        { op: updateNode, id: "ins-schule-loebau", properties: { name: "X" }, expectedVersion: 99 }
      ]) { deletedNodeIds } }`,
    );
    expect(failing.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect((await gql<{ node: null }>('{ node(id: "top-batch") { id } }')).data?.node).toBeNull();

    const ok = await gql<{ applyChanges: { nodes: { id: string }[]; edges: { id: string }[] } }>(
      `mutation { applyChanges(note: "two at once", changes: [
        { op: createNode, label: Topic, id: "top-batch", properties: { name: "Batch" } },
        { op: createRelationship, type: WORKS_ON, from: "ins-gruene-liga", to: "top-batch" }
      ]) { nodes { id } edges { id } } }`,
    );
    expect(ok.errors).toBeUndefined();
    expect(ok.data?.applyChanges.nodes.map((node) => node.id)).toEqual(['top-batch']);
    expect(ok.data?.applyChanges.edges).toHaveLength(1);
  });

  it('reports the issues of every change with its index', async () => {
    const { errors } = await gql(
      `mutation { applyChanges(changes: [
        { op: createNode, label: Topic, properties: {} },
        { op: updateNode, id: "ins-schule-loebau", properties: {} }
      ]) { deletedNodeIds } }`,
    );
    expect(errors?.[0]?.extensions?.issues).toEqual([
      expect.objectContaining({ path: 'changes[0].properties.name' }),
      expect.objectContaining({ path: 'changes[1].expectedVersion' }),
    ]);
  });
});

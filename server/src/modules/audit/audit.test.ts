import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_NETWORK } from '../../../test-support/api/api-network.js';
import { startTestApi } from '../../../test-support/api/test-server.js';
import type { TestApi } from '../../../test-support/api/test-server.js';

let api: TestApi;
let admin: string;
beforeAll(async () => {
  api = await startTestApi({ fixture: API_NETWORK });
  admin = await api.tokenFor('admin');
});
afterAll(() => api.close());

interface Entry {
  action: string;
  actorId: string | null;
  entityIds: string[];
}
const LOG = `query ($first: Int!, $after: String, $entityId: ID, $actorId: ID) {
  auditLog(first: $first, after: $after, entityId: $entityId, actorId: $actorId) {
    entries { action actorId note entityIds items { op kind id properties } } endCursor hasNextPage
  }
}`;
type Log = { auditLog: { entries: Entry[]; endCursor: string | null; hasNextPage: boolean } };

describe('auditLog', () => {
  it('pages newest first and filters by entity and actor', async () => {
    const coordinator = await api.tokenFor('coordinator');
    for (const name of ['Eins', 'Zwei', 'Drei']) {
      await api.gql(
        'mutation ($n: String!) { createNode(label: Network, properties: { name: $n }) { id } }',
        { n: name },
        coordinator,
      );
    }
    const first = await api.gql<Log>(LOG, { first: 2, actorId: api.accountIds.coordinator }, admin);
    expect(first.data?.auditLog.entries).toHaveLength(2);
    expect(first.data?.auditLog.hasNextPage).toBe(true);
    const second = await api.gql<Log>(
      LOG,
      { first: 2, actorId: api.accountIds.coordinator, after: first.data?.auditLog.endCursor },
      admin,
    );
    expect(second.data?.auditLog.entries).toHaveLength(1);
    const entityId = second.data?.auditLog.entries[0]?.entityIds[0];
    const byEntity = await api.gql<Log>(LOG, { first: 10, entityId }, admin);
    expect(byEntity.data?.auditLog.entries.map((entry) => entry.action)).toEqual(['node.create']);
  });

  it('rejects a page size over 100', async () => {
    const { errors } = await api.gql(LOG, { first: 101 }, admin);
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('personData and erasePerson', () => {
  const PERSON_DATA = `query ($id: ID!) { personData(id: $id) {
    node { id properties } relationships { id type } related { id } audit { action } truncated } }`;

  it('exports a person with every relationship and the audit entries that touched them', async () => {
    await api.gql(
      'mutation { updateNode(id: "per-carla", properties: { email: "carla@example.org" }, expectedVersion: 1) { id } }',
      {},
      await api.tokenFor('coordinator'),
    );
    const { data, errors } = await api.gql<{
      personData: {
        node: { properties: Record<string, unknown> };
        relationships: { id: string }[];
        related: { id: string }[];
        audit: { action: string }[];
        truncated: boolean;
      };
    }>(PERSON_DATA, { id: 'per-carla' }, admin);
    expect(errors).toBeUndefined();
    expect(data?.personData.node.properties).toMatchObject({
      email: 'carla@example.org',
      visibility: 'coordinators',
    });
    expect(data?.personData.relationships.map((rel) => rel.id).sort()).toEqual([
      'li-carla',
      'mn-1',
      'mo-3',
    ]);
    expect(data?.personData.related.map((node) => node.id).sort()).toEqual([
      'ins-schule-loebau',
      'net-energie',
      'reg-14713',
    ]);
    expect(data?.personData.audit.map((entry) => entry.action)).toEqual(['node.update']);
    expect(data?.personData.truncated).toBe(false);
  });

  it('refuses non-persons and unknown ids', async () => {
    const institution = await api.gql(PERSON_DATA, { id: 'ins-gruene-liga' }, admin);
    expect(institution.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const unknown = await api.gql(PERSON_DATA, { id: 'per-nobody' }, admin);
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('erases a person with all relationships and audits it without personal data', async () => {
    const { data, errors } = await api.gql<{
      erasePerson: { deletedNodeIds: string[]; deletedRelationshipIds: string[] };
    }>(
      'mutation { erasePerson(id: "per-bernd") { deletedNodeIds deletedRelationshipIds } }',
      {},
      admin,
    );
    expect(errors).toBeUndefined();
    expect(data?.erasePerson.deletedNodeIds).toEqual(['per-bernd']);
    expect(data?.erasePerson.deletedRelationshipIds.sort()).toEqual([
      'kn-1',
      'li-bernd',
      'mo-2',
      'of-1',
    ]);
    expect(
      (await api.gql<{ node: null }>('{ node(id: "per-bernd") { id } }', {}, admin)).data?.node,
    ).toBeNull();
    const log = await api.gql<Log>(LOG, { first: 1 }, admin);
    expect(log.data?.auditLog.entries[0]).toMatchObject({
      action: 'person.erase',
      actorId: api.accountIds.admin,
    });
    expect(JSON.stringify(log)).not.toMatch(/Bernd|Energie-Müller/);
  });
});

/**
 * Personal data on every path that can return a person, for every role: hidden persons are absent (null like
 * a missing id) from node, nodes, search, neighbourhood, region statistics and stats; e-mail and consent date
 * reach coordinators and admins only; auditLog and personData are admin-only (role-matrix.test.ts).
 */
import 'reflect-metadata';
import type { Role } from '@nzr/graph-schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_NETWORK } from '../../test-support/api/api-network.js';
import { startTestApi } from '../../test-support/api/test-server.js';
import type { TestApi } from '../../test-support/api/test-server.js';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ fixture: API_NETWORK });
});
afterAll(() => api.close());

const PERSONS = ['per-anna', 'per-bernd', 'per-carla'];
const VISIBLE: Readonly<Record<Role, string[]>> = {
  viewer: ['per-anna'],
  member: ['per-anna', 'per-bernd'],
  coordinator: PERSONS,
  admin: PERSONS,
};
const PERSONAL: Readonly<Record<Role, boolean>> = {
  viewer: false,
  member: false,
  coordinator: true,
  admin: true,
};
const ROLES = Object.keys(VISIBLE) as Role[];

async function as<T>(
  role: Role,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const token = role === 'viewer' ? null : await api.tokenFor(role);
  const { data, errors } = await api.gql<T>(query, variables, token);
  expect(errors).toBeUndefined();
  if (!data) throw new Error('no data');
  return data;
}
const personIds = (ids: (string | undefined)[]): string[] =>
  ids.filter((id): id is string => id?.startsWith('per-') ?? false).sort();

describe.each(ROLES)('as %s', (role) => {
  it('node and nodes return exactly the visible persons, null for the rest', async () => {
    const single = await Promise.all(
      PERSONS.map((id) =>
        as<{ node: { id: string } | null }>(role, 'query ($id: ID!) { node(id: $id) { id } }', {
          id,
        }),
      ),
    );
    expect(personIds(single.map((result) => result.node?.id))).toEqual(VISIBLE[role]);
    const many = await as<{ nodes: ({ id: string } | null)[] }>(
      role,
      'query ($ids: [ID!]!) { nodes(ids: $ids) { id } }',
      {
        ids: PERSONS,
      },
    );
    expect(personIds(many.nodes.map((node) => node?.id))).toEqual(VISIBLE[role]);
  });

  it('search and the network list find only visible persons', async () => {
    const result = await as<{ search: { edges: { node: { id: string } }[] } }>(
      role,
      '{ search(text: "", filter: { labels: [Person] }) { edges { node { id } } } }',
    );
    expect(personIds(result.search.edges.map((edge) => edge.node.id))).toEqual(VISIBLE[role]);
    const members = await as<{ search: { edges: { node: { id: string } }[] } }>(
      role,
      '{ search(text: "", filter: { networkId: "net-energie" }) { edges { node { id } } } }',
    );
    expect(personIds(members.search.edges.map((edge) => edge.node.id))).toEqual(
      VISIBLE[role].filter((id) => id === 'per-carla'),
    );
  });

  it('neighbourhood neither returns nor traverses hidden persons', async () => {
    const result = await as<{
      neighbourhood: { nodes: { id: string }[]; edges: { source: string; target: string }[] };
    }>(
      role,
      '{ neighbourhood(ids: ["ins-energie-goerlitz", "ins-schule-loebau"], depth: 2) { nodes { id } edges { source target } } }',
    );
    const ids = result.neighbourhood.nodes.map((node) => node.id);
    expect(personIds(ids)).toEqual(VISIBLE[role]);
    const hidden = PERSONS.filter((id) => !VISIBLE[role].includes(id));
    expect(
      result.neighbourhood.edges.filter(
        (e) => hidden.includes(e.source) || hidden.includes(e.target),
      ),
    ).toEqual([]);
  });

  it('shows e-mail and consent date only to coordinators and admins', async () => {
    const result = await as<{ node: { properties: Record<string, unknown> } }>(
      role,
      '{ node(id: "per-anna") { properties } }',
    );
    if (PERSONAL[role]) {
      expect(result.node.properties).toMatchObject({
        email: 'anna@example.org',
        consentDate: '2025-03-01',
      });
    } else {
      expect(result.node.properties).not.toHaveProperty('email');
      expect(result.node.properties).not.toHaveProperty('consentDate');
    }
    const found = await as<{
      search: { edges: { node: { properties: Record<string, unknown> } }[] };
    }>(role, '{ search(text: "Anna") { edges { node { properties } } } }');
    expect(found.search.edges[0]?.node.properties.email !== undefined).toBe(PERSONAL[role]);
  });

  it('region statistics count only visible persons', async () => {
    const result = await as<{
      treeNode: { statistics: { persons: number; institutions: number; actors: number } };
    }>(role, '{ treeNode(id: "reg-14") { statistics { persons institutions actors } } }');
    expect(result.treeNode.statistics).toEqual({
      persons: VISIBLE[role].length,
      institutions: 3,
      actors: VISIBLE[role].length + 3,
    });
  });

  it('stats count exactly the persons the viewer may see', async () => {
    const result = await as<{
      stats: { nodes: { label: string; count: number }[]; personsHidden: boolean };
    }>(role, '{ stats { nodes { label count } personsHidden } }');
    const persons = result.stats.nodes.find((entry) => entry.label === 'Person');
    expect(persons?.count).toBe(VISIBLE[role].length);
    expect(result.stats.personsHidden).toBe(VISIBLE[role].length < 3);
  });
});

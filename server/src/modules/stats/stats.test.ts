import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi } from '../../graphql/test-server.js';
import type { TestApi } from '../../graphql/test-server.js';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

describe('stats', () => {
  it('counts nodes per label and relationships per type, zeros included', async () => {
    const { data, errors } = await api.gql<{
      stats: {
        nodes: { label: string; count: number }[];
        relationships: { type: string; count: number }[];
        totalNodes: number;
        totalRelationships: number;
      };
    }>(
      `{ stats { nodes { label count } relationships { type count } totalNodes totalRelationships } }`,
    );
    expect(errors).toBeUndefined();
    const byLabel = Object.fromEntries(
      data?.stats.nodes.map((entry) => [entry.label, entry.count]) ?? [],
    );
    expect(byLabel).toMatchObject({ Institution: 7, Person: 3, Region: 3, Topic: 1, Network: 0 });
    const byType = Object.fromEntries(
      data?.stats.relationships.map((entry) => [entry.type, entry.count]) ?? [],
    );
    expect(byType).toMatchObject({ COOPERATES_WITH: 2, MEMBER_OF: 3, KNOWS: 1, FUNDED_BY: 0 });
    expect(data?.stats.totalNodes).toBe(14);
    expect(data?.stats.totalRelationships).toBe(12);
  });
});

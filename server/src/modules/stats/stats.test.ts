import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi } from '../../../test-support/api/test-server.js';
import type { TestApi } from '../../../test-support/api/test-server.js';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

interface StatsResult {
  stats: {
    nodes: { label: string; count: number }[];
    relationships: { type: string; count: number }[];
    totalNodes: number;
    totalRelationships: number;
    personsHidden: boolean;
  };
}
const STATS = `{ stats { nodes { label count } relationships { type count } totalNodes totalRelationships personsHidden } }`;

const stats = async (token?: string): Promise<StatsResult['stats']> => {
  const { data, errors } = await api.gql<StatsResult>(STATS, {}, token);
  expect(errors).toBeUndefined();
  if (!data) throw new Error('no data');
  return data.stats;
};
const counts = (entries: { count: number }[], key: 'label' | 'type') =>
  Object.fromEntries(
    entries.map((entry) => [(entry as Record<string, unknown>)[key], entry.count]),
  );

describe('stats', () => {
  it('counts everything, zeros included, for viewers who may see every person', async () => {
    const result = await stats(await api.tokenFor('coordinator'));
    expect(counts(result.nodes, 'label')).toMatchObject({
      Institution: 7,
      Person: 3,
      Region: 3,
      Topic: 1,
      Network: 0,
    });
    expect(counts(result.relationships, 'type')).toMatchObject({
      COOPERATES_WITH: 2,
      MEMBER_OF: 3,
      KNOWS: 1,
      FUNDED_BY: 0,
    });
    expect(result.totalNodes).toBe(14);
    expect(result.totalRelationships).toBe(12);
    expect(result.personsHidden).toBe(false);
  });

  // Issue 12: the Overview showed guests "0 Akteur:innen" while the map showed them the public persons.
  it('counts only the persons a viewer may see, as the map shows them', async () => {
    const seen = [
      [undefined, 1],
      [await api.tokenFor('member'), 2],
    ] as const;
    for (const [token, persons] of seen) {
      const result = await stats(token);
      expect(result.personsHidden).toBe(true);
      expect(counts(result.nodes, 'label')).toMatchObject({ Person: persons, Institution: 7 });
      // Only types that can never touch a person: any other count would shift with hidden persons' ties.
      const types = result.relationships.map((entry) => entry.type).sort();
      expect(types).toEqual(['COOPERATES_WITH', 'ELIGIBLE_IN', 'FUNDED_BY', 'PART_OF']);
      expect(counts(result.relationships, 'type')).toMatchObject({ COOPERATES_WITH: 2 });
      expect(result.totalNodes).toBe(11 + persons);
      expect(result.totalRelationships).toBe(
        result.relationships.reduce((sum, entry) => sum + entry.count, 0),
      );
    }
  });
});

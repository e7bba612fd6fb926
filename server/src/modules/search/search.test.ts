import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi } from '../../../test-support/api/test-server.js';
import type { TestApi } from '../../../test-support/api/test-server.js';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

interface Page {
  search: {
    edges: { cursor: string; node: { id: string; name: string } }[];
    pageInfo: { endCursor: string | null; hasNextPage: boolean; hasPreviousPage: boolean };
  };
}
const SEARCH = `query ($text: String!, $first: Int!, $after: String, $filter: NodeFilter) {
  search(text: $text, first: $first, after: $after, filter: $filter) {
    edges { cursor node { id name } }
    pageInfo { endCursor hasNextPage hasPreviousPage }
  }
}`;

const search = async (variables: Record<string, unknown>): Promise<Page['search']> => {
  const { data, errors } = await api.gql<Page>(SEARCH, { first: 20, ...variables });
  expect(errors).toBeUndefined();
  if (!data) throw new Error('no data');
  return data.search;
};
const names = (page: Page['search']): string[] => page.edges.map((edge) => edge.node.name);

describe('search', () => {
  it('finds names with umlauts, typed with or without them', async () => {
    expect(names(await search({ text: 'Görlitz' }))).toContain('Bürgerenergie Görlitz eG');
    expect(names(await search({ text: 'gorlitz' }))).toContain('Bürgerenergie Görlitz eG');
    expect(names(await search({ text: 'Löb' }))).toEqual(['Oberschule Löbau']);
  });

  it('pages through hits with endCursor and edge cursors', async () => {
    const all = await search({ text: 'energie' });
    expect(all.edges.length).toBeGreaterThanOrEqual(3);
    const first = await search({ text: 'energie', first: 2 });
    expect(first.edges).toHaveLength(2);
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const second = await search({ text: 'energie', first: 2, after: first.pageInfo.endCursor });
    expect(second.pageInfo.hasPreviousPage).toBe(true);
    expect([...names(first), ...names(second)]).toEqual(names(all).slice(0, 4));
    // Continuing behind the first edge gives the hits from the second on.
    const behindFirst = await search({ text: 'energie', first: 2, after: first.edges[0]?.cursor });
    expect(names(behindFirst)).toEqual(names(all).slice(1, 3));
  });

  it('filters by label and sector', async () => {
    const page = await search({
      text: '',
      filter: { labels: ['Institution'], sectors: ['education'] },
    });
    expect(names(page)).toEqual(['Oberschule Löbau']);
  });

  it('never returns persons the anonymous viewer may not see', async () => {
    const page = await search({ text: '', filter: { labels: ['Person'] } });
    expect(names(page)).toEqual(['Anna Öztürk']);
    expect(names(await search({ text: 'Bernd' }))).toEqual([]);
  });

  it('rejects a page size over 100 and a forged cursor as BAD_USER_INPUT', async () => {
    for (const variables of [{ first: 500 }, { after: 'not-a-cursor' }]) {
      const { errors } = await api.gql(SEARCH, { text: 'a', first: 10, ...variables });
      expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(errors?.[0]?.extensions).not.toHaveProperty('stacktrace');
    }
  });
});

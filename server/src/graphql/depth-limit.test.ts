import { buildSchema, getIntrospectionQuery, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { depthLimit } from './depth-limit.js';

const schema = buildSchema(`
  type Node { id: ID! name: String! next: Node }
  type Query { node: Node }
`);
const errorsOf = (query: string, max = 3): string[] =>
  validate(schema, parse(query), [depthLimit(max)]).map((error) => error.message);

describe('depthLimit', () => {
  it('accepts queries up to the limit and rejects deeper ones with a clear message', () => {
    expect(errorsOf('{ node { next { id } } }')).toEqual([]);
    expect(errorsOf('query Deep { node { next { next { id } } } }')).toEqual([
      'Operation "Deep" is nested 4 levels deep; the maximum is 3.',
    ]);
  });

  it('counts through named and inline fragments', () => {
    const viaFragments = `
      { node { ...A } }
      fragment A on Node { next { ... on Node { next { id } } } }
    `;
    expect(errorsOf(viaFragments)).toHaveLength(1);
  });

  it('ignores introspection, which is deep by nature', () => {
    expect(errorsOf(getIntrospectionQuery(), 3)).toEqual([]);
  });

  it('does not loop on fragment cycles (graphql reports those itself)', () => {
    const cyclic = `{ node { ...A } } fragment A on Node { next { ...A } }`;
    expect(() => errorsOf(cyclic)).not.toThrow();
  });
});

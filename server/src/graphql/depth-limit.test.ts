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

  it("reads the document's definitions once, not once per operation (10,000 operations took seconds)", () => {
    const operations = Array.from({ length: 1000 }, (_, i) => `query Q${i} { node { id } }`);
    const document = parse(operations.join('\n'));
    let walks = 0;
    const definitions = new Proxy(document.definitions, {
      get(target, property, receiver) {
        if (property === Symbol.iterator) walks++;
        return Reflect.get(target, property, receiver) as unknown;
      },
    });
    const counted = { ...document, definitions };
    expect(validate(schema, counted, [depthLimit(3)])).toEqual([]);
    expect(walks).toBeLessThanOrEqual(1);
  });
});

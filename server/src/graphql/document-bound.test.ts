import 'reflect-metadata';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Kind, OperationTypeNode, parse, visit } from 'graphql';
import type {
  DefinitionNode,
  DocumentNode,
  FieldNode,
  FragmentDefinitionNode,
  OperationDefinitionNode,
  SelectionSetNode,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi } from '../../test-support/api/test-server.js';
import type { TestApi } from '../../test-support/api/test-server.js';
import { MAX_QUERY_TOKENS } from './complexity.js';
import { DOCUMENT_BOUNDS, exceededBound } from './document-bound.js';

const repeat = (n: number, make: (i: number) => string, sep = ' '): string =>
  Array.from({ length: n }, (_, i) => make(i)).join(sep);
const doc = (query: string): DocumentNode => parse(query, { maxTokens: MAX_QUERY_TOKENS });

/** `{ a { a { … a } } }`, `depth` fields deep. */
function nested(depth: number): DocumentNode {
  let selectionSet: SelectionSetNode | undefined;
  for (let level = 0; level < depth; level += 1) {
    const field: FieldNode = {
      kind: Kind.FIELD,
      name: { kind: Kind.NAME, value: 'a' },
      ...(selectionSet ? { selectionSet } : {}),
    };
    selectionSet = { kind: Kind.SELECTION_SET, selections: [field] };
  }
  const operation: OperationDefinitionNode = {
    kind: Kind.OPERATION_DEFINITION,
    operation: OperationTypeNode.QUERY,
    selectionSet: selectionSet ?? { kind: Kind.SELECTION_SET, selections: [] },
  };
  return { kind: Kind.DOCUMENT, definitions: [operation] };
}

describe('exceededBound', () => {
  it('counts operations, fragment definitions and selections up to each bound', () => {
    const { operations, fragments, selections } = DOCUMENT_BOUNDS;
    const ops = (n: number) => doc(repeat(n, (i) => `query Q${i} { __typename }`, '\n'));
    expect(exceededBound(ops(operations))).toBeUndefined();
    expect(exceededBound(ops(operations + 1))).toEqual({
      limit: 'operations',
      count: operations + 1,
      max: operations,
    });
    const chain = (n: number) =>
      doc(
        `{ ...F0 } ${repeat(n, (i) => `fragment F${i} on Query { ${i + 1 < n ? `...F${i + 1}` : '__typename'} }`)}`,
      );
    expect(exceededBound(chain(fragments))).toBeUndefined();
    expect(exceededBound(chain(fragments + 1))?.limit).toBe('fragments');
    // `a: stats { totalNodes }` is two selections.
    const aliases = (n: number) => doc(`{ ${repeat(n, (i) => `a${i}: stats { totalNodes }`)} }`);
    expect(exceededBound(aliases(selections / 2))).toBeUndefined();
    expect(exceededBound(aliases(selections / 2 + 1))?.limit).toBe('selections');
  });

  it('counts a fragment where it is spread, each fragment walked once', () => {
    // 60 fragments each spreading the next twice: 2^60 selections when expanded. Walking every path would
    // never finish; measured once per fragment, the count passes the bound at once.
    const doubling = doc(
      `{ ...F0 } ${repeat(60, (i) => `fragment F${i} on Query { ${i < 59 ? `...F${i + 1} ...F${i + 1}` : '__typename'} }`)}`,
    );
    expect(exceededBound(doubling)?.limit).toBe('selections');
    // A spread of a fragment with 150 selections counts 151: 13 spreads are 1,963, 14 are 2,114.
    const wide = `fragment W on Query { ${repeat(150, (i) => `w${i}: __typename`)} }`;
    expect(exceededBound(doc(`{ ${'...W '.repeat(13)} } ${wide}`))).toBeUndefined();
    expect(exceededBound(doc(`{ ${'...W '.repeat(14)} } ${wide}`))).toEqual({
      limit: 'selections',
      count: 2_114,
      max: DOCUMENT_BOUNDS.selections,
    });
  });

  it('counts selections in fragments that are never spread, and fields of one response name per set', () => {
    // Validation walks unused fragments too.
    const unused = (n: number) =>
      doc(`{ __typename } fragment U on Query { ${repeat(n - 1, (i) => `u${i}: __typename`)} }`);
    expect(exceededBound(unused(DOCUMENT_BOUNDS.selections))).toBeUndefined();
    expect(exceededBound(unused(DOCUMENT_BOUNDS.selections + 1))?.limit).toBe('selections');
    // One response name, also through inline fragments (merged into the set), up to the bound.
    const same = DOCUMENT_BOUNDS.sameResponseName;
    const search = 's: search(text: "a", first: 1) { edges { node { id } } }';
    expect(exceededBound(doc(`{ ${repeat(same, () => search)} }`))).toBeUndefined();
    expect(
      exceededBound(doc(`{ ${repeat(same, () => search)} ... on Query { ${search} } }`)),
    ).toEqual({
      limit: 'sameResponseName',
      count: same + 1,
      max: same,
    });
    // Fields spread in from fragments meet in the set too (each fragment once, however often spread).
    const fragments = (n: number) =>
      doc(
        `{ ${repeat(n, (i) => `...F${i} ...F${i}`)} } ${repeat(n, (i) => `fragment F${i} on Query { ${search} }`)}`,
      );
    expect(exceededBound(fragments(same))).toBeUndefined();
    expect(exceededBound(fragments(same + 1))?.limit).toBe('sameResponseName');
    // Different sets may each have their own `id`.
    expect(
      exceededBound(doc(`{ ${repeat(50, (i) => `a${i}: node(id: "x") { id }`)} }`)),
    ).toBeUndefined();
  });

  it('stops at the bound in deep nesting and leaves fragment cycles to validation', () => {
    // Built as a tree, not parsed: graphql-js's recursive parser overflows its stack at a few thousand levels
    // (Apollo reports that as a parse error), and how many it manages depends on the worker's stack and JIT.
    const depth = 2_100;
    const deep = nested(depth);
    expect(exceededBound(deep)).toMatchObject({
      limit: 'selections',
      max: DOCUMENT_BOUNDS.selections,
    });
    const cycle = doc('{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }');
    expect(exceededBound(cycle)).toBeUndefined();
  });
});

/**
 * Every operation the client can send, as Apollo Client sends it: the operation with the fragments it uses
 * (written in other gql documents and interpolated) and `__typename` in every selection set.
 */
function clientDocuments(): Map<string, DocumentNode> {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../client/src');
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter(
    (file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file) && !file.startsWith('generated'),
  );
  const definitions: DefinitionNode[] = [];
  for (const file of files) {
    const source = readFileSync(path.join(root, file), 'utf8');
    for (const match of source.matchAll(/gql`([^`]*)`/g)) {
      const text = (match[1] ?? '').replace(/\$\{[^}]*\}/g, '');
      definitions.push(...withTypename(parse(text)).definitions);
    }
  }
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of definitions)
    if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const documents = new Map<string, DocumentNode>();
  for (const d of definitions) {
    if (d.kind !== Kind.OPERATION_DEFINITION) continue;
    const used = new Set<string>();
    const spreadIn = (node: DefinitionNode): void => {
      for (const [, name] of JSON.stringify(node).matchAll(
        /"FragmentSpread","name":\{"kind":"Name","value":"(\w+)"/g,
      )) {
        const fragment = name ? fragments.get(name) : undefined;
        if (!fragment || used.has(fragment.name.value)) continue;
        used.add(fragment.name.value);
        spreadIn(fragment);
      }
    };
    spreadIn(d);
    const definitionsSent = [
      d,
      ...[...used].map((name) => fragments.get(name) as FragmentDefinitionNode),
    ];
    documents.set(d.name?.value ?? `anonymous ${documents.size}`, {
      kind: Kind.DOCUMENT,
      definitions: definitionsSent,
    });
  }
  return documents;
}

const TYPENAME = { kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } } as const;
const withTypename = (document: DocumentNode): DocumentNode =>
  visit(document, {
    SelectionSet: (set) => ({ ...set, selections: [...set.selections, TYPENAME] }),
  });

describe('client documents', () => {
  it('are all within the bounds, with room to grow', () => {
    const documents = clientDocuments();
    // Enough found that the check means something (the client has 58 operations).
    expect(documents.size).toBeGreaterThan(40);
    for (const [name, document] of documents) {
      expect(exceededBound(document), name).toBeUndefined();
      // Half of every bound: a client query twice as large still passes.
      const half = { operations: 1, fragments: 50, selections: 1_000, sameResponseName: 5 };
      expect(exceededBound(document, half), name).toBeUndefined();
    }
  });
});

describe('the server refuses a document over the bounds before validating it', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ accounts: false });
  });
  afterAll(() => api.close());

  it('answers 400 QUERY_TOO_COMPLEX naming the bound, even for a document that would not validate', async () => {
    // 30 operations that each ask for an unknown field: validation would answer GRAPHQL_VALIDATION_FAILED.
    const query = repeat(30, (i) => `query Q${i} { noSuchField }`, '\n');
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: { message: string; extensions: object }[] };
    expect(body.errors[0]?.extensions).toEqual({
      code: 'QUERY_TOO_COMPLEX',
      limit: 'operations',
      count: 30,
      max: DOCUMENT_BOUNDS.operations,
    });
    expect(body.errors[0]?.message).toMatch(/30 operations; the maximum is 20/);
    // Within the bounds, validation still answers as before.
    const { errors } = await api.gql('{ noSuchField }');
    expect(errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});

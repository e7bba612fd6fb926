/**
 * The hostile-query corpus: the two documents of issue 14 that stopped the server, and a seeded generator of
 * nesting, alias, fragment, directive and introspection bombs of varied shape and size (`PROOF_SEED` replays
 * another corpus). Each document is small enough to send (most far under the 1 MB body limit) and asks for
 * far more work than its size suggests.
 */
import { seededRandom } from './scale.js';

export interface HostileDocument {
  readonly name: string;
  readonly query: string;
}

const BROKERS = 'brokers(regionId: "reg-14", network: cooperation) { brokers { node { id } } }';
const SEARCH = 'search(text: "", first: 100) { edges { node { id } } }';

/** `levels` fragments, each spreading the next one twice (issue 14, item 1: 22 levels held the CPU 5.5 s). */
export function fragmentDoubling(levels: number, leaf = 'stats { totalNodes }'): string {
  const fragments = Array.from({ length: levels }, (_, i) =>
    i === levels - 1
      ? `fragment F${i} on Query { ${leaf} }`
      : `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`,
  );
  return `{ ...F0 }\n${fragments.join('\n')}`;
}

/** Issue 14, item 2: 10,001 `__typename` aliases padding 40 state-wide brokers analyses. */
export function paddedAnalyses(padding: number, analyses: number): string {
  const pad = Array.from({ length: padding }, (_, i) => `t${i}: __typename`).join(' ');
  const heavy = Array.from({ length: analyses }, (_, i) => `b${i}: ${BROKERS}`).join(' ');
  return `{ ${pad} ${heavy} }`;
}

export const ISSUE_DOCUMENTS: readonly HostileDocument[] = [
  { name: 'issue 14: 22 doubling fragments', query: fragmentDoubling(22) },
  { name: 'issue 14: 10,001 aliases + 40 brokers', query: paddedAnalyses(10_001, 40) },
];

/**
 * Documents that took 0.3-3 s each to validate (session 6 and 7, before the document bound): just under the
 * token limit, many operations, long fragment chains and cycles, one response name repeated thousands of times,
 * many aliases; within the other bounds, one response name meeting a few hundred times in one selection set.
 * The bound (server/src/graphql/document-bound.ts) refuses each before validation.
 */
export const NEAR_TOKEN_LIMIT_DOCUMENTS: readonly HostileDocument[] = [
  {
    name: '9,999 one-field operations',
    query: Array.from({ length: 9_999 }, (_, i) => `query Q${i} { __typename }`).join('\n'),
  },
  {
    name: '2,272 operations each asking for brokers',
    query: Array.from({ length: 2_272 }, (_, i) => `query Q${i} { ${BROKERS} }`).join('\n'),
  },
  {
    name: 'a chain of 5,500 fragments',
    query: `{ ...F0 }\n${Array.from({ length: 5_500 }, (_, i) => `fragment F${i} on Query { ${i < 5_499 ? `...F${i + 1}` : '__typename'} }`).join('\n')}`,
  },
  {
    name: 'a cycle of 3,500 fragments',
    query: `{ ...C0 }\n${Array.from({ length: 3_500 }, (_, i) => `fragment C${i} on Query { ...C${(i + 1) % 3_500} __typename }`).join('\n')}`,
  },
  { name: 'one response name ×8,333', query: `{ ${'s: stats { totalNodes } '.repeat(8_333)} }` },
  { name: '24,000 × __typename', query: `{ ${'__typename '.repeat(24_000)} }` },
  {
    name: '400 aliases `s` of one search (pairwise field merging)',
    query: `{ ${'s: search(text: "a", first: 1) { edges { node { id } } } '.repeat(400)} }`,
  },
  {
    name: '100 fragments with 4 aliases `s` each, spread in one set',
    query: `{ ${Array.from({ length: 100 }, (_, i) => `...F${i}`).join(' ')} } ${Array.from({ length: 100 }, (_, i) => `fragment F${i} on Query { ${'s: search(text: "a", first: 1) { edges { node { id } } } '.repeat(4)} }`).join(' ')}`,
  },
  {
    name: '12,000 aliases',
    query: `{ ${Array.from({ length: 12_000 }, (_, i) => `a${i}: __typename`).join(' ')} }`,
  },
];

type Shape = (size: (min: number, max: number) => number) => HostileDocument;

const SHAPES: readonly Shape[] = [
  (size) => {
    const levels = size(12, 40);
    return { name: `fragment doubling ×${levels}`, query: fragmentDoubling(levels, SEARCH) };
  },
  (size) => {
    const spreads = size(100, 20_000);
    const body = '...F '.repeat(spreads);
    return {
      name: `one fragment spread ×${spreads}`,
      query: `{ ${body} } fragment F on Query { ${BROKERS} }`,
    };
  },
  (size) => {
    const depth = size(11, 400);
    const nest = 'children { '.repeat(depth);
    return {
      name: `tree nested ${depth} deep`,
      query: `{ treeNode(id: "reg-14") { ${nest}parentId${' }'.repeat(depth)} } }`,
    };
  },
  (size) => {
    const depth = size(100, 30_000);
    return {
      name: `braces nested ${depth} deep`,
      query: `${'{ a '.repeat(depth)}${'}'.repeat(depth)}`,
    };
  },
  (size) => {
    const aliases = size(11, 3_000);
    const body = Array.from({ length: aliases }, (_, i) => `b${i}: ${BROKERS}`).join(' ');
    return { name: `${aliases} aliased brokers analyses`, query: `{ ${body} }` };
  },
  (size) => {
    const aliases = size(11, 2_000);
    const body = Array.from({ length: aliases }, (_, i) => `s${i}: ${SEARCH}`).join(' ');
    return { name: `${aliases} aliased full search pages`, query: `{ ${body} }` };
  },
  (size) => {
    const padding = size(9_000, 60_000);
    const analyses = size(1, 60);
    return {
      name: `${padding} aliases + ${analyses} brokers`,
      query: paddedAnalyses(padding, analyses),
    };
  },
  (size) => {
    const directives = size(100, 50_000);
    const flood = ' @include(if: true)'.repeat(directives);
    return {
      name: `${directives} directives on one field`,
      query: `{ stats${flood} { totalNodes } }`,
    };
  },
  (size) => {
    const operations = size(2, 5_000);
    const list = Array.from({ length: operations }, (_, i) => `query Q${i} { ${BROKERS} }`);
    return { name: `${operations} operations`, query: list.join('\n') };
  },
  (size) => {
    const cycle = size(2, 500);
    const fragments = Array.from(
      { length: cycle },
      (_, i) => `fragment C${i} on Query { ...C${(i + 1) % cycle} stats { totalNodes } }`,
    );
    return { name: `fragment cycle of ${cycle}`, query: `{ ...C0 }\n${fragments.join('\n')}` };
  },
  (size) => {
    const depth = size(6, 200);
    const nest = 'ofType { '.repeat(depth);
    return {
      name: `introspection nested ${depth} deep`,
      query: `{ __schema { types { fields { type { ${nest}name${' }'.repeat(depth)} } } } }`,
    };
  },
  (size) => {
    const repeats = size(100, 8_000);
    const body = 's: stats { totalNodes } '.repeat(repeats);
    return { name: `one response name ×${repeats} (fields to merge)`, query: `{ ${body} }` };
  },
  (size) => {
    const width = size(50, 5_000);
    const fields = Array.from(
      { length: width },
      (_, i) => `f${i}: __schema { types { name fields { name } } }`,
    );
    return { name: `${width} aliased introspections`, query: `{ ${fields.join(' ')} }` };
  },
];

/** `count` generated documents, shapes in turn, sizes drawn on a log scale from the seed. */
export function hostileCorpus(seed: number, count: number): HostileDocument[] {
  const random = seededRandom(seed);
  const size = (min: number, max: number): number =>
    Math.round(Math.exp(Math.log(min) + random() * (Math.log(max) - Math.log(min))));
  return Array.from({ length: count }, (_, i) => {
    const shape = SHAPES[i % SHAPES.length] as Shape;
    const document = shape(size);
    return { name: `#${i} ${document.name}`, query: document.query };
  });
}

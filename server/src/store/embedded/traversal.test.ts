/**
 * The neighbourhood reads neighbours through the ordered NeighbourIndex (a merge that stops early) and finds
 * the relationships among the result without scanning hubs. Both must give exactly what the plain definition
 * gives: collect every candidate, sort by id, cut at the limit, and scan every result node's relationships.
 * Random graphs with random writes in between queries also check that the index stays in order as
 * relationships and nodes come and go. Relationships carry random begin and end dates, and queries a random
 * `activeOn`, so the date filter inside the merge is checked against the plain definition too.
 */
import { RELATIONSHIP_PERIODS } from '@nzr/graph-schema';
import type { NodeLabel, RelationshipType } from '@nzr/graph-schema';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type {
  GraphNode,
  GraphRelationship,
  NeighbourhoodQuery,
  Properties,
  Subgraph,
} from '../port.js';
import { compileFilter, isVisible } from './filters.js';
import { GraphState } from './graph-state.js';
import type { Op } from './graph-state.js';
import { otherEnd } from './neighbour-index.js';
import { neighbourhood } from './traversal.js';

const byId = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const STAMP = '2025-01-01T00:00:00.000Z';

/** In force on `date`: begin (if any) on or before it, end (if any) on or after it. */
function inForce(rel: GraphRelationship, date: string | undefined): boolean {
  if (date === undefined) return true;
  const { begin, end } = RELATIONSHIP_PERIODS[rel.type];
  const first = begin === null ? undefined : rel.properties[begin];
  const last = end === null ? undefined : rel.properties[end];
  return (
    (first === undefined || String(first) <= date) && (last === undefined || date <= String(last))
  );
}

/** The definition, written the plain way (as the store computed it before the index existed). */
function referenceNeighbourhood(state: GraphState, query: NeighbourhoodQuery): Subgraph {
  const filter = compileFilter(state, query.filter);
  const types = query.relationshipTypes && new Set(query.relationshipTypes);
  const allowed = (rel: GraphRelationship): boolean =>
    (!types || types.has(rel.type)) && inForce(rel, query.activeOn);
  const starts = [...new Set(query.ids)]
    .flatMap((id) => state.nodes.get(id) ?? [])
    .filter((node) => isVisible(node, query.filter?.visibilities))
    .sort((a, b) => byId(a.id, b.id));
  let truncated = starts.length > query.limit;
  const result = starts.slice(0, query.limit);
  const seen = new Set(result.map((node) => node.id));
  let frontier = result;
  for (let level = 1; level <= query.depth && !truncated && frontier.length > 0; level++) {
    const candidates = new Map<string, GraphNode>();
    for (const node of frontier) {
      for (const rel of state.relationshipsOf(node.id)) {
        const other = state.nodes.get(otherEnd(rel, node.id));
        if (allowed(rel) && other && !seen.has(other.id) && filter.test(other))
          candidates.set(other.id, other);
      }
    }
    const sorted = [...candidates.values()].sort((a, b) => byId(a.id, b.id));
    truncated = sorted.length > query.limit - result.length;
    frontier = sorted.slice(0, query.limit - result.length);
    for (const node of frontier) {
      seen.add(node.id);
      result.push(node);
    }
  }
  const relationships = [...state.relationships.values()]
    .filter((rel) => allowed(rel) && seen.has(rel.from) && seen.has(rel.to))
    .sort((a, b) => byId(a.type, b.type) || byId(a.id, b.id));
  return { nodes: result, relationships, truncated };
}

const LABELS: NodeLabel[] = ['Person', 'Institution', 'Region', 'Topic'];
const TYPES: RelationshipType[] = ['KNOWS', 'COOPERATES_WITH', 'LOCATED_IN', 'WORKS_ON'];
const nodeId = (n: number): string => `n-${String(n).padStart(2, '0')}`;
// Few distinct dates, so that query dates often fall exactly on a begin or an end.
const DATES = ['2020-01-01', '2021-06-15', '2023-01-01'];
const QUERY_DATES = [...DATES, '2019-12-31', '2022-03-03', '2024-01-01'];

const putNode = fc.record({
  op: fc.constant('putNode' as const),
  n: fc.nat(11),
  label: fc.constantFrom(...LABELS),
  visibility: fc.constantFrom('public', 'members'),
});
const putRel = fc.record({
  op: fc.constant('putRel' as const),
  r: fc.nat(40),
  type: fc.constantFrom(...TYPES),
  // Biased to low numbers, so a few nodes become hubs with many relationships.
  from: fc.nat(11),
  to: fc.oneof(fc.nat(2), fc.nat(11)),
  // Set only where the type has that bound (graph-schema RELATIONSHIP_PERIODS); may be absent.
  begin: fc.option(fc.constantFrom(...DATES), { nil: undefined }),
  end: fc.option(fc.constantFrom(...DATES), { nil: undefined }),
});
const delRel = fc.record({
  op: fc.constant('delRel' as const),
  r: fc.nat(40),
  type: fc.constantFrom(...TYPES),
});
const delNode = fc.record({ op: fc.constant('delNode' as const), n: fc.nat(11) });
const write = fc.oneof(
  { arbitrary: putNode, weight: 3 },
  { arbitrary: putRel, weight: 6 },
  { arbitrary: delRel, weight: 1 },
  { arbitrary: delNode, weight: 1 },
);
const query = fc.record({
  ids: fc.array(fc.nat(12).map(nodeId), { minLength: 1, maxLength: 3 }),
  depth: fc.integer({ min: 1, max: 3 }),
  limit: fc.integer({ min: 1, max: 14 }),
  types: fc.option(fc.subarray(TYPES, { minLength: 1 }), { nil: undefined }),
  visible: fc.boolean(),
  labels: fc.option(fc.subarray(LABELS, { minLength: 1 }), { nil: undefined }),
  activeOn: fc.option(fc.constantFrom(...QUERY_DATES), { nil: undefined }),
});

type WriteStep = typeof write extends fc.Arbitrary<infer T> ? T : never;

/** The ops of one write; a relationship whose ends do not exist (yet) is skipped, as the store would refuse it. */
function opsOf(state: GraphState, step: WriteStep): Op[] {
  switch (step.op) {
    case 'putNode': {
      const id = nodeId(step.n);
      const properties = { name: id, visibility: step.visibility };
      const node = {
        id,
        label: step.label,
        version: 1,
        createdAt: STAMP,
        updatedAt: STAMP,
        properties,
      };
      return [{ op: 'putNode', node }];
    }
    case 'putRel': {
      const [from, to] = [nodeId(step.from), nodeId(step.to)];
      if (!state.nodes.has(from) || !state.nodes.has(to)) return [];
      const { begin, end } = RELATIONSHIP_PERIODS[step.type];
      const properties: Properties = {};
      if (begin !== null && step.begin !== undefined) properties[begin] = step.begin;
      if (end !== null && step.end !== undefined) properties[end] = step.end;
      const rel: GraphRelationship = {
        ...{ id: `r-${step.r}`, type: step.type, from, to },
        ...{ version: 1, createdAt: STAMP, updatedAt: STAMP, properties },
      };
      return [{ op: 'putRel', rel }];
    }
    case 'delRel':
      return [{ op: 'delRel', type: step.type, id: `r-${step.r}` }];
    case 'delNode':
      return [{ op: 'delNode', id: nodeId(step.n) }];
  }
}

/** The index's list of a node must be its relationships ordered by other end, type, id. */
function expectOrdered(state: GraphState, id: string): void {
  const expected = [...state.relationshipsOf(id)].sort(
    (a, b) => byId(otherEnd(a, id), otherEnd(b, id)) || byId(a.type, b.type) || byId(a.id, b.id),
  );
  expect(state.neighbours.sorted(id)).toEqual(expected);
}

describe('neighbourhood traversal', () => {
  it('gives what the plain definition gives, through writes', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.array(write, { maxLength: 12 }), query), {
          minLength: 1,
          maxLength: 8,
        }),
        (rounds) => {
          const state = new GraphState();
          for (const [writes, q] of rounds) {
            for (const step of writes) state.apply(opsOf(state, step));
            const nq: NeighbourhoodQuery = {
              ids: q.ids,
              depth: q.depth,
              limit: q.limit,
              ...(q.types ? { relationshipTypes: q.types } : {}),
              ...(q.activeOn ? { activeOn: q.activeOn } : {}),
              filter: {
                ...(q.visible ? { visibilities: ['public' as const] } : {}),
                ...(q.labels ? { labels: q.labels } : {}),
              },
            };
            expect(neighbourhood(state, nq)).toEqual(referenceNeighbourhood(state, nq));
            for (let n = 0; n < 12; n++) expectOrdered(state, nodeId(n));
          }
        },
      ),
      { numRuns: 300, seed: 20_251_125 },
    );
  });
});

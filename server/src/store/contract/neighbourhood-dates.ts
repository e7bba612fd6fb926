/**
 * Contract cases: the neighbourhood's date filter (`activeOn`, "Stand am …"). Its own small fixture, in which a
 * 2-hop neighbourhood of ins-a differs by date:
 *
 *   ins-b ══COOP 2020-01-01…2022-12-31══ ins-a ══COOP 2021-06-01…══ ins-c ══COOP 2023-03-01…══ ins-d
 *   ins-b ══COOP 2015-01-01…══ ins-f     (ins-f is reached only through ins-b)
 *   ins-a ─LOCATED_IN (undated)→ reg-r ←LOCATED_IN (undated)─ ins-e;   ins-c ══COOP 2025-01-01…══ ins-e
 *   per-p ─MEMBER_OF since 2018-05-01→ ins-a;   per-p ══KNOWS since 2024-01-01══ per-q
 *   per-p ══KNOWS (no since: a dated type, an undated relationship)══ per-s
 */
import type { RelationshipType } from '@nzr/graph-schema';
import { beforeEach, describe, expect, it } from 'vitest';
import type { GraphStore, Properties, Subgraph, UpsertBatch } from '../port.js';
import { expectIssue } from './expect-error.js';

const institution = (id: string): UpsertBatch['nodes'][number] => ({
  label: 'Institution',
  id,
  properties: { name: `Verein ${id}`, kind: 'association', sector: 'civil_society' },
});
const person = (id: string): UpsertBatch['nodes'][number] => ({
  label: 'Person',
  id,
  properties: { name: `Person ${id}`, visibility: 'public' },
});
const rel = (
  id: string,
  type: RelationshipType,
  from: string,
  to: string,
  properties: Properties = {},
): UpsertBatch['relationships'][number] => ({ type, id, from, to, properties });
const coop = (id: string, from: string, to: string, begin: string, until?: string) =>
  rel(id, 'COOPERATES_WITH', from, to, {
    kind: 'project',
    from: begin,
    ...(until ? { until } : {}),
  });

const DATED: UpsertBatch = {
  nodes: [
    ...['ins-a', 'ins-b', 'ins-c', 'ins-d', 'ins-e', 'ins-f'].map(institution),
    {
      label: 'Region',
      id: 'reg-r',
      properties: { name: 'Görlitz', level: 'municipality', ags: '14626110' },
    },
    person('per-p'),
    person('per-q'),
    person('per-s'),
  ],
  relationships: [
    coop('co-ab', 'ins-a', 'ins-b', '2020-01-01', '2022-12-31'),
    coop('co-ac', 'ins-a', 'ins-c', '2021-06-01'),
    coop('co-cd', 'ins-c', 'ins-d', '2023-03-01'),
    coop('co-bf', 'ins-b', 'ins-f', '2015-01-01'),
    coop('co-ce', 'ins-c', 'ins-e', '2025-01-01'),
    rel('li-a', 'LOCATED_IN', 'ins-a', 'reg-r'),
    rel('li-e', 'LOCATED_IN', 'ins-e', 'reg-r'),
    rel('mo-pa', 'MEMBER_OF', 'per-p', 'ins-a', { role: 'Vorstand', since: '2018-05-01' }),
    rel('kn-pq', 'KNOWS', 'per-p', 'per-q', { since: '2024-01-01' }),
    rel('kn-ps', 'KNOWS', 'per-p', 'per-s'),
  ],
};

const nodeIds = (graph: Subgraph): string[] => graph.nodes.map((node) => node.id);
const relIds = (graph: Subgraph): string[] => graph.relationships.map((r) => r.id).sort();

export function neighbourhoodDateCases(getStore: () => GraphStore): void {
  describe('neighbourhood on a date', () => {
    beforeEach(async () => {
      await getStore().upsert(DATED);
    });
    const around = (activeOn?: string, depth = 2, limit = 100): Promise<Subgraph> =>
      getStore().neighbourhood({
        ...{ ids: ['ins-a'], depth, limit },
        ...(activeOn === undefined ? {} : { activeOn }),
      });

    it('without a date follows every relationship', async () => {
      const graph = await around();
      expect(nodeIds(graph)).toEqual([
        ...['ins-a', 'ins-b', 'ins-c', 'per-p', 'reg-r'],
        ...['ins-d', 'ins-e', 'ins-f', 'per-q', 'per-s'],
      ]);
      expect(graph.relationships).toHaveLength(DATED.relationships.length);
    });

    it('keeps a tie on its last day and leaves out ties that begin later', async () => {
      const graph = await around('2022-12-31');
      expect(nodeIds(graph)).toEqual([
        ...['ins-a', 'ins-b', 'ins-c', 'per-p', 'reg-r'],
        ...['ins-e', 'ins-f', 'per-s'],
      ]);
      expect(relIds(graph)).toEqual(['co-ab', 'co-ac', 'co-bf', 'kn-ps', 'li-a', 'li-e', 'mo-pa']);
    });

    it('keeps a tie on its first day; ended ties are neither followed nor returned', async () => {
      const graph = await around('2023-03-01');
      // ins-b's tie to ins-a ended, so ins-f (reached only through ins-b) is gone too.
      expect(nodeIds(graph)).toEqual([
        ...['ins-a', 'ins-c', 'per-p', 'reg-r'],
        ...['ins-d', 'ins-e', 'per-s'],
      ]);
      // ins-c and ins-e are both in the result, but their tie begins in 2025.
      expect(relIds(graph)).toEqual(['co-ac', 'co-cd', 'kn-ps', 'li-a', 'li-e', 'mo-pa']);
    });

    it('always follows undated relationships', async () => {
      const graph = await around('2010-01-01');
      expect(nodeIds(graph)).toEqual(['ins-a', 'reg-r', 'ins-e']);
      expect(relIds(graph)).toEqual(['li-a', 'li-e']);
      const later = await around('2024-01-01', 3);
      expect(nodeIds(later)).toContain('per-q');
    });

    it('counts only nodes reached on that date against the limit', async () => {
      const exact = await around('2023-03-01', 1, 4);
      expect(nodeIds(exact)).toEqual(['ins-a', 'ins-c', 'per-p', 'reg-r']);
      expect(exact.truncated).toBe(false);
      const cut = await around('2023-03-01', 1, 3);
      expect(nodeIds(cut)).toEqual(['ins-a', 'ins-c', 'per-p']);
      expect(cut.truncated).toBe(true);
    });

    it('rejects a date that is not a calendar date YYYY-MM-DD with VALIDATION', async () => {
      for (const bad of ['2023-02-30', '2023-1-5', '05.01.2023', '2023-01-05T00:00:00Z', '']) {
        await expectIssue(around(bad), 'activeOn');
      }
    });
  });
}

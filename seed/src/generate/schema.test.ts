import {
  NODE_LABELS,
  TOPIC_TREE,
  allowsEndpoints,
  topicId,
  validateId,
  validateNodeInput,
  validateRelationshipInput,
} from '@nzr/graph-schema';
import { describe, expect, it } from 'vitest';
import { generate } from './generate.js';

describe.each([300, 3000])('generated graph with %i actors', (actors) => {
  const graph = generate({ actors, seed: 11 });
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));

  it('has only valid nodes with their label prefix', () => {
    const problems = graph.nodes.flatMap((n) =>
      [...validateId(n.id), ...validateNodeInput(n.label, n.properties, 'create')].map(
        (issue) => `${n.id}: ${issue.path} ${issue.message}`,
      ),
    );
    expect(problems.slice(0, 5)).toEqual([]);
    expect(graph.nodes.every((n) => n.id.startsWith(`${NODE_LABELS[n.label].idPrefix}-`))).toBe(
      true,
    );
  });

  it('has only valid relationships between allowed, existing endpoints', () => {
    const problems = graph.relationships.flatMap((r) => {
      const from = byId.get(r.from);
      const to = byId.get(r.to);
      if (!from || !to) return [`${r.id}: missing endpoint`];
      if (!allowsEndpoints(r.type, from.label, to.label))
        return [`${r.id}: ${from.label}-${r.type}->${to.label}`];
      return [
        ...validateId(r.id),
        ...validateRelationshipInput(r.type, r.properties, 'create'),
      ].map((issue) => `${r.id}: ${issue.path} ${issue.message}`);
    });
    expect(problems.slice(0, 5)).toEqual([]);
  });

  it('has no duplicate ids and no duplicate symmetric pairs', () => {
    const ids = [...graph.nodes.map((n) => n.id), ...graph.relationships.map((r) => r.id)];
    expect(new Set(ids).size).toBe(ids.length);
    for (const type of ['COOPERATES_WITH', 'KNOWS']) {
      const pairs = graph.relationships
        .filter((r) => r.type === type)
        .map((r) => [r.from, r.to].sort().join('|'));
      expect(new Set(pairs).size).toBe(pairs.length);
    }
  });

  it('contains the topic tree and the region tree', () => {
    for (const topic of TOPIC_TREE) expect(byId.get(topicId(topic.key))?.label).toBe('Topic');
    const partOf = graph.relationships.filter((r) => r.type === 'PART_OF');
    const regions = graph.nodes.filter(
      (n) => n.label === 'Region' && n.properties.level !== 'state',
    );
    const subTopics = TOPIC_TREE.filter((t) => t.parent).length;
    expect(partOf).toHaveLength(regions.length + subTopics);
    expect(byId.get('reg-14612')?.properties.name).toBe('Dresden');
  });

  it('locates every actor in a municipality and gives persons a visibility and consent date', () => {
    const located = new Map(
      graph.relationships.filter((r) => r.type === 'LOCATED_IN').map((r) => [r.from, r.to]),
    );
    for (const n of graph.nodes.filter((x) => x.label === 'Person' || x.label === 'Institution')) {
      expect(byId.get(located.get(n.id) ?? '')?.properties.level).toBe('municipality');
    }
    const persons = graph.nodes.filter((n) => n.label === 'Person');
    expect(new Set(persons.map((p) => p.properties.visibility)).size).toBe(3);
    expect(persons.every((p) => typeof p.properties.consentDate === 'string')).toBe(true);
  });
});

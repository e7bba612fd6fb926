/** The parts of the demo network beyond actors: networks, funding, resources, projects. */
import { RESOURCE_KINDS, enumValues } from '@nzr/graph-schema';
import { describe, expect, it } from 'vitest';
import { generate } from './generate.js';
import { isThemeNeutralName } from './resources.js';
import type { GeneratedRelationship } from './types.js';

describe('networks, funding programmes, resources and projects (3,000 actors)', () => {
  const graph = generate({ actors: 3000, seed: 8 });
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const rels = (type: string): GeneratedRelationship[] =>
    graph.relationships.filter((r) => r.type === type);
  const ofLabel = (label: string) => graph.nodes.filter((n) => n.label === label);

  it('has at least one network per district, each with one coordinator and members', () => {
    const districtOf = new Map(rels('PART_OF').map((r) => [r.from, r.to]));
    const located = rels('LOCATED_IN').filter((r) => r.from.startsWith('net-'));
    const districts = new Set(located.map((r) => districtOf.get(r.to)));
    expect(districts.size).toBe(13);
    for (const network of ofLabel('Network')) {
      const members = rels('MEMBER_OF_NETWORK').filter((r) => r.to === network.id);
      expect(members.filter((m) => m.properties.role === 'coordinator')).toHaveLength(1);
      expect(members.length).toBeGreaterThanOrEqual(4);
    }
  });

  it('links neighbouring networks through shared members and joint good-practice projects', () => {
    const networksOf = new Map<string, Set<string>>();
    for (const r of rels('MEMBER_OF_NETWORK'))
      networksOf.set(r.from, (networksOf.get(r.from) ?? new Set()).add(r.to));
    const bridging = [...networksOf.values()].filter((nets) => nets.size > 1);
    expect(bridging.length).toBeGreaterThan(5);
    const joint = ofLabel('Project').filter((p) => {
      const runners = rels('RUNS').filter((r) => r.to === p.id);
      const nets = new Set(runners.flatMap((r) => [...(networksOf.get(r.from) ?? [])]));
      return p.properties.goodPractice === true && nets.size > 1;
    });
    expect(joint.length).toBeGreaterThan(3);
  });

  it('has funding programmes of every funder level with deadlines in 2026/2027 and eligible regions', () => {
    const programmes = ofLabel('FundingProgramme');
    expect(new Set(programmes.map((p) => p.properties.funderLevel)).size).toBe(5);
    for (const p of programmes) {
      expect(String(p.properties.deadline)).toMatch(/^202[67]-/);
      expect(rels('ELIGIBLE_IN').some((r) => r.from === p.id)).toBe(true);
    }
  });

  it('has offers and needs of all five resource kinds, each on a topic unless its name names none', () => {
    for (const type of ['OFFERS', 'NEEDS']) {
      const kinds = new Set(rels(type).map((r) => byId.get(r.to)?.properties.kind));
      expect([...kinds].sort()).toEqual([...enumValues(RESOURCE_KINDS)].sort());
    }
    const onTopic = new Set(rels('WORKS_ON').map((r) => r.from));
    // "Seminarraum für bis zu 30 Personen" is for any theme: the matching treats it as fitting every one.
    const offTopic = ofLabel('Resource').filter((r) => !onTopic.has(r.id));
    expect(offTopic.length).toBeGreaterThan(0);
    expect(offTopic.every((r) => isThemeNeutralName(String(r.properties.name)))).toBe(true);
    expect(offTopic.length).toBeLessThan(ofLabel('Resource').length / 2);
  });

  it('has projects with one lead each, partners, funding and good-practice examples', () => {
    const projects = ofLabel('Project');
    for (const p of projects) {
      expect(
        rels('RUNS').filter((r) => r.to === p.id && r.properties.role === 'lead'),
      ).toHaveLength(1);
    }
    expect(rels('RUNS').some((r) => r.properties.role === 'partner')).toBe(true);
    expect(rels('FUNDED_BY').length).toBeGreaterThan(projects.length * 0.3);
    const good = projects.filter((p) => p.properties.goodPractice === true).length;
    expect(good).toBeGreaterThan(0);
    expect(good).toBeLessThan(projects.length * 0.3);
  });

  it('dates cooperations between 2015 and 2026, some with an end', () => {
    const coops = rels('COOPERATES_WITH');
    expect(coops.every((r) => String(r.properties.from) >= '2015-01-01')).toBe(true);
    expect(
      coops.every(
        (r) => !r.properties.until || String(r.properties.until) >= String(r.properties.from),
      ),
    ).toBe(true);
    expect(coops.filter((r) => r.properties.until).length).toBeGreaterThan(coops.length * 0.1);
  });
});

import { describe, expect, it } from 'vitest';
import { networkOfNetworks } from './networks.js';
import { buildSnapshot } from '../kernel/snapshot.js';
import { SubgraphBuilder } from '../../../test-support/analyses/subgraph-builder.js';

/*
 * Networks n1, n2, n3. Verein v is a member of n1 and n2; n1 and n2 both work on Bürgerenergie (their key
 * theme Energie & Klimaschutz is implied, not counted twice); good-practice project gp is run by s (member of
 * n2) and by n3 itself; project plain (not good practice) by v and s does not count.
 *   n1-n2: 1 member + 0.5 · 1 theme = 1.5;  n2-n3: 2 · 1 project = 2;  n1-n3: nothing, no link.
 */
function networks() {
  return buildSnapshot(
    new SubgraphBuilder()
      .topicTree()
      .node('Network', 'n1', { name: 'Energienetz Nord' })
      .node('Network', 'n2', { name: 'Klimabündnis' })
      .node('Network', 'n3', { name: 'BNE-Netz' })
      .institution('v', 'civil_society', { name: 'Verein Sonne' })
      .institution('s', 'education', { name: 'Oberschule' })
      .node('Project', 'gp', { name: 'Solarschule', goodPractice: true })
      .node('Project', 'plain', { goodPractice: false })
      .rel('WORKS_ON', 'n1', 'top-citizen_energy')
      .rel('WORKS_ON', 'n2', 'top-citizen_energy')
      .rel('MEMBER_OF_NETWORK', 'v', 'n1', { role: 'member' })
      .rel('MEMBER_OF_NETWORK', 'v', 'n2', { role: 'member' })
      .rel('MEMBER_OF_NETWORK', 's', 'n2', { role: 'member' })
      .rel('RUNS', 's', 'gp', { role: 'lead' })
      .rel('RUNS', 'n3', 'gp', { role: 'partner' })
      .rel('RUNS', 'v', 'plain', { role: 'lead' })
      .rel('RUNS', 's', 'plain', { role: 'partner' })
      .build(),
  );
}

describe('networkOfNetworks', () => {
  it('links networks through members, themes and good-practice projects', () => {
    const result = networkOfNetworks(networks());
    expect(result.networks.map((n) => [n.id, n.members])).toEqual([
      ['n1', 1],
      ['n2', 2],
      ['n3', 0],
    ]);
    expect(result.links.map((l) => [l.ids, l.weight])).toEqual([
      [['n2', 'n3'], 2],
      [['n1', 'n2'], 1.5],
    ]);
    expect(result.links[1]?.explanationDe).toBe(
      'Gemeinsame Mitglieder: Verein Sonne, beide arbeiten zu Bürgerenergie.',
    );
    expect(result.links[0]?.explanationDe).toBe('Gemeinsame Good-Practice-Projekte: Solarschule.');
  });
});

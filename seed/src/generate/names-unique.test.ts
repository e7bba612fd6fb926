import { describe, expect, it } from 'vitest';
import { generate } from './generate.js';
import { secondSpelling } from './institutions.js';

describe('organisation names in the demo data', () => {
  // Issue 12: "Stadtwerke Dresden GmbH" three times read as one organisation listed thrice, and a suggestion
  // said "Stadtwerke Dresden GmbH und Stadtwerke Dresden GmbH".
  it('are unique', () => {
    const names = generate({ actors: 300, seed: 42 })
      .nodes.filter((node) => node.label === 'Institution')
      .map((node) => String(node.properties['name']));
    const repeated = names.filter((name, index) => names.indexOf(name) !== index);
    expect(repeated).toEqual([]);
    expect(names).toContain('Stadtwerke Dresden-Nord GmbH');
  });
});

describe('organisations entered twice (issue 12: the demo shows duplicate detection and merging)', () => {
  it('spells the second entry as a second data entry would', () => {
    expect(secondSpelling('Umweltverein Dresden e.V.')).toBe('Umweltverein Dresden');
    expect(secondSpelling('Stadtwerke Zittau GmbH')).toBe('Stadtwerke Zittau');
    expect(secondSpelling('BUND-Ortsgruppe Zittau')).toBe('BUND Ortsgruppe Zittau');
    expect(secondSpelling('Klimacafé Dresden')).toBeNull();
  });

  it('are in the demo data: two pairs in Leipzig, each in one municipality', () => {
    const graph = generate({ actors: 300, seed: 42 });
    const nameOf = new Map(graph.nodes.map((node) => [node.id, String(node.properties['name'])]));
    const placeOf = new Map(
      graph.relationships.filter((r) => r.type === 'LOCATED_IN').map((r) => [r.from, r.to]),
    );
    const idOf = (name: string) => [...nameOf].find(([, n]) => n === name)?.[0] ?? name;
    for (const [first, second] of [
      ['Eine-Welt-Verein Leipzig e.V.', 'Eine-Welt-Verein Leipzig'],
      ['Ev.-Luth. Kirchspiel Leipzig', 'Ev. Luth. Kirchspiel Leipzig'],
    ] as const) {
      expect(placeOf.get(idOf(first))).toBe('reg-14713000');
      expect(placeOf.get(idOf(second))).toBe('reg-14713000');
    }
  });
});

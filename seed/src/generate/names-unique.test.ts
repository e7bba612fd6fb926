import { describe, expect, it } from 'vitest';
import { generate } from './generate.js';

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

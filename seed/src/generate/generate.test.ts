import { describe, expect, it } from 'vitest';
import { generate } from './generate.js';

describe('generate', () => {
  it('is deterministic: same seed and size give identical output', () => {
    const a = generate({ actors: 300, seed: 42 });
    const b = generate({ actors: 300, seed: 42 });
    expect(b).toEqual(a);
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
  });

  it('differs for a different seed', () => {
    const a = generate({ actors: 300, seed: 42 });
    const b = generate({ actors: 300, seed: 43 });
    expect(JSON.stringify(b.nodes)).not.toBe(JSON.stringify(a.nodes));
  });

  it.each([300, 1234, 8000])('honours the number of actors (%i), about 45%% persons', (actors) => {
    const graph = generate({ actors, seed: 7 });
    const persons = graph.nodes.filter((n) => n.label === 'Person').length;
    const institutions = graph.nodes.filter((n) => n.label === 'Institution').length;
    expect(persons + institutions).toBe(actors);
    expect(persons / actors).toBeCloseTo(0.45, 2);
  });

  it('creates about five relationships per actor at scale', () => {
    const graph = generate({ actors: 20_000, seed: 1 });
    const perActor = graph.relationships.length / 20_000;
    expect(perActor).toBeGreaterThan(4.5);
    expect(perActor).toBeLessThan(5.5);
  });

  it('rejects sizes outside 300..100000 and non-integer seeds', () => {
    expect(() => generate({ actors: 299, seed: 1 })).toThrow(/300 to 100000/);
    expect(() => generate({ actors: 100_001, seed: 1 })).toThrow(RangeError);
    expect(() => generate({ actors: 300, seed: 1.5 })).toThrow(/seed/);
  });
});

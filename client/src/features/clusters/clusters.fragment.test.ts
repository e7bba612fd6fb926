import { describe, expect, it } from 'vitest';
import { CLUSTER_COLOURS, clusterColour, clusterColouring } from './clusters.fragment';

describe('cluster colours', () => {
  it('give every member its cluster colour and repeat after the palette', () => {
    const colours = clusterColouring([{ memberIds: ['a', 'b'] }, { memberIds: ['c'] }]);
    expect(colours.get('a')).toBe(CLUSTER_COLOURS[0]);
    expect(colours.get('c')).toBe(CLUSTER_COLOURS[1]);
    expect(clusterColour(CLUSTER_COLOURS.length)).toBe(CLUSTER_COLOURS[0]);
  });
});

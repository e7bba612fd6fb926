import { NODE_LABEL_NAMES, RELATIONSHIP_TYPE_NAMES } from '@nzr/graph-schema';
import { describe, expect, it } from 'vitest';
import { NODE_LABEL_VALUES, RELATIONSHIP_TYPE_VALUES, firstThen } from './domain';

describe('the order in which the UI lists graph-schema values', () => {
  it('puts the named values first and keeps every other one', () => {
    expect(firstThen(['a', 'b', 'c', 'd'], ['c', 'a'])).toEqual(['c', 'a', 'b', 'd']);
    expect(firstThen(['a', 'b'], ['x', 'b'])).toEqual(['b', 'a']);
  });

  it('lists every label and relationship type once', () => {
    expect([...NODE_LABEL_VALUES].sort()).toEqual([...NODE_LABEL_NAMES].sort());
    expect([...RELATIONSHIP_TYPE_VALUES].sort()).toEqual([...RELATIONSHIP_TYPE_NAMES].sort());
  });

  it('shows actors first and places last', () => {
    expect(NODE_LABEL_VALUES).toEqual([
      'Institution',
      'Person',
      'Network',
      'Project',
      'Resource',
      'Topic',
      'Region',
      'FundingProgramme',
    ]);
    expect(RELATIONSHIP_TYPE_VALUES.slice(-3)).toEqual(['LOCATED_IN', 'PART_OF', 'ELIGIBLE_IN']);
  });
});

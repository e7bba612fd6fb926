import { describe, expect, it } from 'vitest';
import { relationshipOptions } from './relationships';

describe('relationshipOptions (allowed endpoint labels)', () => {
  it('offers a person the types it can start or end, with the other end’s labels', () => {
    const options = relationshipOptions('Person');
    expect(options.find((o) => o.type === 'MEMBER_OF')).toEqual({
      type: 'MEMBER_OF',
      outgoing: true,
      otherLabels: ['Institution'],
    });
    expect(options.map((o) => o.type)).not.toContain('COOPERATES_WITH');
  });

  it('lets an institution be the end of MEMBER_OF and both ends of a cooperation', () => {
    const options = relationshipOptions('Institution');
    expect(options.find((o) => o.type === 'MEMBER_OF')).toMatchObject({
      outgoing: false,
      otherLabels: ['Person'],
    });
    expect(options.find((o) => o.type === 'COOPERATES_WITH')).toMatchObject({ outgoing: true });
  });

  it('links like with like for PART_OF', () => {
    expect(relationshipOptions('Topic').find((o) => o.type === 'PART_OF')?.otherLabels).toEqual([
      'Topic',
    ]);
  });
});

import type { NodeLabel, RelationshipType } from '@nzr/graph-schema';
import { Field, Int, ObjectType } from 'type-graphql';
import { NodeLabelEnum, RelationshipTypeEnum } from '../../graphql/enums.js';

@ObjectType('LabelCount', { description: 'Number of nodes with one label.' })
export class LabelCount {
  @Field(() => NodeLabelEnum, { description: 'The label.' })
  label!: NodeLabel;

  @Field(() => Int, { description: 'Number of nodes.' })
  count!: number;
}

@ObjectType('RelationshipTypeCount', { description: 'Number of relationships of one type.' })
export class RelationshipTypeCount {
  @Field(() => RelationshipTypeEnum, { description: 'The relationship type.' })
  type!: RelationshipType;

  @Field(() => Int, { description: 'Number of relationships.' })
  count!: number;
}

@ObjectType('Stats', {
  description: 'Size of the network: counts per label and relationship type.',
})
export class Stats {
  @Field(() => [LabelCount], {
    description:
      'Node counts, one entry per label (zero included); Person counts the persons you may see.',
  })
  nodes!: LabelCount[];

  @Field(() => [RelationshipTypeCount], {
    description: 'Relationship counts, one entry per type (zero included).',
  })
  relationships!: RelationshipTypeCount[];

  @Field(() => Int, { description: 'Total number of nodes.' })
  totalNodes!: number;

  @Field(() => Int, { description: 'Total number of relationships.' })
  totalRelationships!: number;

  @Field(() => Boolean, {
    description:
      'True when persons may be hidden from you: then the Person count holds only the persons you may see, and the relationship types that can touch a person are left out of the list and total.',
  })
  personsHidden!: boolean;
}

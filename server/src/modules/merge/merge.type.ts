import { Field, ID, Int, ObjectType } from 'type-graphql';
import { GraphNode } from '../node/node.type.js';

@ObjectType('MergeResult', { description: 'The outcome of merging two entries.' })
export class MergeResultView {
  @Field(() => GraphNode, { description: 'The kept entry as it is now.' })
  node!: GraphNode;

  @Field(() => ID, { description: 'Id of the deleted entry.' })
  removedId!: string;

  @Field(() => Int, { description: 'Relationships moved to the kept entry.' })
  movedRelationships!: number;

  @Field(() => Int, {
    description:
      'Relationships not moved: the kept entry already had them, they linked the two, or a second location.',
  })
  skippedRelationships!: number;

  @Field(() => [String], { description: 'Properties the kept entry took from the removed one.' })
  takenProperties!: string[];
}

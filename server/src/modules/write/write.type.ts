import { Field, ID, ObjectType } from 'type-graphql';
import { GraphEdge } from '../neighbourhood/neighbourhood.type.js';
import { GraphNode } from '../node/node.type.js';

@ObjectType('ChangeResult', { description: 'What an atomic batch of changes did.' })
export class ChangeResultView {
  @Field(() => [GraphNode], { description: 'Created and updated nodes as they are now.' })
  nodes!: GraphNode[];

  @Field(() => [GraphEdge], { description: 'Created and updated relationships as they are now.' })
  edges!: GraphEdge[];

  @Field(() => [ID], { description: 'Ids of deleted nodes.' })
  deletedNodeIds!: string[];

  @Field(() => [ID], {
    description: 'Ids of deleted relationships (including those removed with their nodes).',
  })
  deletedRelationshipIds!: string[];
}

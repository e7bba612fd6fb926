import { Field, Float, ObjectType } from 'type-graphql';
import { PageInfo } from '../common/page-info.type.js';
import { GraphNode } from '../node/node.type.js';

@ObjectType('SearchEdge', { description: 'One search hit.' })
export class SearchEdge {
  @Field(() => GraphNode, { description: 'The node found.' })
  node!: GraphNode;

  @Field(() => String, {
    description: 'Cursor of this hit; pass it as `after` to continue behind it.',
  })
  cursor!: string;

  @Field(() => Float, { description: 'Relevance; comparable only within one result list.' })
  score!: number;
}

@ObjectType('SearchConnection', { description: 'A page of search hits (Relay connection).' })
export class SearchConnection {
  @Field(() => [SearchEdge], { description: 'The hits on this page, best first.' })
  edges!: SearchEdge[];

  @Field(() => PageInfo, { description: 'Where this page stands.' })
  pageInfo!: PageInfo;
}

import { ArgsType, Field, Int } from 'type-graphql';
import { NodeFilterInput } from '../common/node-filter.input.js';
import { DEFAULT_PAGE_SIZE } from '../search/search.input.js';

@ArgsType()
export class ListArgs {
  @Field(() => String, { defaultValue: '', description: 'Words to find; empty lists all by name.' })
  text!: string;

  @Field(() => NodeFilterInput, {
    nullable: true,
    description:
      'Further filters (region, topics, network, kinds); the label is fixed by the list.',
  })
  filter?: NodeFilterInput | null;

  @Field(() => Int, { defaultValue: DEFAULT_PAGE_SIZE, description: 'Page size, 1 to 100.' })
  first!: number;

  @Field(() => String, { nullable: true, description: '`endCursor` of the previous page.' })
  after?: string | null;
}

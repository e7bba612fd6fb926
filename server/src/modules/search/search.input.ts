import { ArgsType, Field, Int } from 'type-graphql';
import { NodeFilterInput } from '../common/node-filter.input.js';

export const DEFAULT_PAGE_SIZE = 20;

@ArgsType()
export class SearchArgs {
  @Field(() => String, {
    defaultValue: '',
    description:
      'Words to find in name and description; every word must match, the last as a prefix. ' +
      'Case and diacritics are ignored (Görlitz finds Gorlitz). Empty lists everything, ordered by name.',
  })
  text!: string;

  @Field(() => NodeFilterInput, { nullable: true, description: 'Restricts the hits.' })
  filter?: NodeFilterInput | null;

  @Field(() => Int, { defaultValue: DEFAULT_PAGE_SIZE, description: 'Page size, 1 to 100.' })
  first!: number;

  @Field(() => String, {
    nullable: true,
    description: '`endCursor` (or an edge cursor) of the previous page.',
  })
  after?: string | null;
}

import { Field, ObjectType } from 'type-graphql';

@ObjectType('PageInfo', { description: 'Relay-style pagination information of a connection.' })
export class PageInfo {
  @Field(() => String, { nullable: true, description: 'Cursor of the first edge on this page.' })
  startCursor!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Cursor of the last edge; pass it as `after` to get the next page.',
  })
  endCursor!: string | null;

  @Field(() => Boolean, { description: 'Whether a page follows this one.' })
  hasNextPage!: boolean;

  @Field(() => Boolean, { description: 'Whether this page was requested with an `after` cursor.' })
  hasPreviousPage!: boolean;
}

import { Field, ObjectType } from 'type-graphql';
import { ResourceMatchView } from '../kernel/resource-match.type.js';

@ObjectType('ResourceMatches', { description: 'Offers matched to needs, best first.' })
export class ResourceMatchesView {
  @Field(() => [ResourceMatchView], { description: 'Matches, best first.' })
  matches!: ResourceMatchView[];

  @Field(() => Boolean, {
    description: 'True when a bound (region size, candidates) cut the input short.',
  })
  truncated!: boolean;
}

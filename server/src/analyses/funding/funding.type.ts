import { Field, ID, Int, ObjectType } from 'type-graphql';
import { GraphNode } from '../../modules/node/node.type.js';
import { ReasonView } from '../kernel/reason.type.js';

@ObjectType('FundingMatch', { description: 'A funding programme (Förderprogramm) that fits.' })
export class FundingMatchView {
  @Field(() => GraphNode, { description: 'The programme.' })
  programme!: GraphNode;

  @Field(() => String, {
    nullable: true,
    description: 'Next deadline (ISO date); null when open-ended.',
  })
  deadline!: string | null;

  @Field(() => [ID], { description: 'Themes the programme shares with the applicant.' })
  sharedTopicIds!: string[];

  @Field(() => Boolean, { description: 'True when the programme is open to every theme.' })
  themeOpen!: boolean;

  @Field(() => [ReasonView], { description: 'Machine-readable reasons.' })
  reasons!: ReasonView[];

  @Field(() => String, { description: 'The reasons as one German sentence.' })
  explanationDe!: string;
}

@ObjectType('FundingMatches', {
  description: 'Funding programmes that fit, nearest deadline first.',
})
export class FundingMatchesView {
  @Field(() => [FundingMatchView], { description: 'Matching programmes, nearest deadline first.' })
  matches!: FundingMatchView[];

  @Field(() => Int, { description: 'Programmes examined.' })
  programmes!: number;

  @Field(() => Boolean, {
    description: 'True when more programmes exist than were examined (1000).',
  })
  truncated!: boolean;
}

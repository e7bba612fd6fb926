import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType('GrowthYear', { description: 'One year of a region’s network growth.' })
export class GrowthYearView {
  @Field(() => Int, { description: 'Calendar year.' })
  year!: number;

  @Field(() => Int, { description: 'Cooperations begun this year.' })
  started!: number;

  @Field(() => Int, { description: 'Of those, between two different sectors.' })
  startedCrossSector!: number;

  @Field(() => Int, {
    description: 'Of those, written when an introduced pair reached "cooperating".',
  })
  startedViaIntroduction!: number;

  @Field(() => Int, { description: 'Cooperations ended this year.' })
  ended!: number;

  @Field(() => Int, {
    description: 'Dated cooperations in force at the end of the year (today in the current year).',
  })
  activeAtEnd!: number;

  @Field(() => Int, { description: 'Introductions made this year.' })
  introduced!: number;
}

@ObjectType('NetworkGrowth', {
  description:
    'How a region’s cooperation network grew, year by year, and how many introductions led to cooperation. Counts only.',
})
export class NetworkGrowthView {
  @Field(() => ID, { description: 'The region (the state when none was asked for).' })
  regionId!: string;

  @Field(() => String, { description: 'ISO date the last year ends on.' })
  today!: string;

  @Field(() => [GrowthYearView], { description: 'Oldest first, at most 15 years.' })
  years!: GrowthYearView[];

  @Field(() => Int, { description: 'Cooperations without a begin date (in force, not placeable).' })
  undated!: number;

  @Field(() => Int, { description: 'Cooperations begun before the first year shown.' })
  startedEarlier!: number;

  @Field(() => Int, {
    description:
      'Introductions with an end in the region (institution pairs only below coordinator).',
  })
  introductions!: number;

  @Field(() => Int, { description: 'Of those, pairs that now cooperate.' })
  introductionsCooperating!: number;

  @Field(() => Boolean, {
    description: 'True when the region had more institutions than analysed.',
  })
  truncated!: boolean;
}

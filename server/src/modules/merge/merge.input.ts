import { Field, ID, InputType, Int } from 'type-graphql';

@InputType('MergeNodesInput', {
  description: 'Two entries that are one: `removeId` is merged into `keepId` and deleted.',
})
export class MergeNodesInput {
  @Field(() => ID, { description: 'The entry that stays.' })
  keepId!: string;

  @Field(() => Int, {
    description: 'Version of the kept entry the coordinator saw (else CONFLICT).',
  })
  keepVersion!: number;

  @Field(() => ID, {
    description: 'The entry whose relationships move to the kept one; it is deleted.',
  })
  removeId!: string;

  @Field(() => Int, {
    description: 'Version of the removed entry the coordinator saw (else CONFLICT).',
  })
  removeVersion!: number;

  @Field(() => [String], {
    defaultValue: [],
    description:
      'Properties to take from the removed entry although the kept one has them (missing ones are always taken).',
  })
  takeProperties!: string[];
}

import type { NodeLabel, Sector } from '@nzr/graph-schema';
import { Field, ID, InputType } from 'type-graphql';
import { NodeLabelEnum, SectorEnum } from '../../graphql/enums.js';

@InputType('NodeFilter', {
  description: 'Filters shared by search and neighbourhood. All given filters must hold (AND).',
})
export class NodeFilterInput {
  @Field(() => [NodeLabelEnum], {
    nullable: true,
    description: 'Only nodes with one of these labels.',
  })
  labels?: NodeLabel[];

  @Field(() => [SectorEnum], {
    nullable: true,
    description:
      'Only institutions in one of these sectors (other labels pass only if `labels` excludes institutions).',
  })
  sectors?: Sector[];

  @Field(() => [ID], {
    nullable: true,
    description: 'Only nodes that work on one of these topics or one of their sub-topics.',
  })
  topicIds?: string[];

  @Field(() => ID, {
    nullable: true,
    description: 'Only nodes located in this region or any region below it.',
  })
  regionId?: string;

  @Field(() => ID, { nullable: true, description: 'Only members of this network.' })
  networkId?: string;

  @Field(() => [String], {
    nullable: true,
    description: 'Only institutions or resources of these kinds (the `kind` property).',
  })
  kinds?: string[];
}

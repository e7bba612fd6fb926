import { Field, Float, ObjectType } from 'type-graphql';
import { GraphNode } from '../../modules/node/node.type.js';

@ObjectType('DuplicatePair', {
  description:
    'Two persons or two institutions that are probably one entry (Möglicher Doppeleintrag): equal or very similar names, close together or with the same web or e-mail address.',
})
export class DuplicatePairView {
  @Field(() => GraphNode, { description: 'The entry with the smaller id.' })
  a!: GraphNode;

  @Field(() => GraphNode, { description: 'The other entry.' })
  b!: GraphNode;

  @Field(() => Float, {
    description: 'Similarity of the normalised names (Dice coefficient of bigrams), 0.88 to 1.',
  })
  similarity!: number;

  @Field(() => Boolean, {
    description:
      'The names are equal after normalisation (case, umlauts, legal forms, punctuation).',
  })
  sameName!: boolean;

  @Field(() => Boolean, { description: 'Both lie in the same municipality.' })
  sameMunicipality!: boolean;

  @Field(() => Float, { nullable: true, description: 'Distance in km, null when unknown.' })
  distanceKm!: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'The contact both share: "url" or "email"; null when none.',
  })
  sharedContact!: string | null;
}

@ObjectType('DuplicateList', { description: 'Possible duplicates, most similar first.' })
export class DuplicateListView {
  @Field(() => [DuplicatePairView], { description: 'The pairs, at most `limit`.' })
  pairs!: DuplicatePairView[];

  @Field(() => Boolean, { description: 'True when more pairs were found than the limit.' })
  more!: boolean;

  @Field(() => Boolean, {
    description: 'True when the region held more actors than one check takes.',
  })
  truncated!: boolean;
}

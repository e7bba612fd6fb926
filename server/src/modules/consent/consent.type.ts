import type { ConsentPurpose } from '@nzr/graph-schema';
import { Field, ID, ObjectType } from 'type-graphql';
import { ConsentPurposeEnum } from '../../graphql/enums.js';

@ObjectType('PersonConsent', {
  description:
    'The consent of a person: for the account acting for the person, and for coordinators re-recording it.',
})
export class PersonConsentView {
  @Field(() => ID, { description: 'Person id.' })
  id!: string;

  @Field(() => String, { description: 'Name of the person.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Day consent was given (YYYY-MM-DD).' })
  consentDate!: string | null;

  @Field(() => ConsentPurposeEnum, { nullable: true, description: 'What the person consented to.' })
  consentPurpose!: ConsentPurpose | null;

  @Field(() => String, { nullable: true, description: 'Day consent was withdrawn (YYYY-MM-DD).' })
  consentWithdrawnOn!: string | null;

  @Field(() => Boolean, {
    description: 'Whether the person is listed (consent given and not withdrawn).',
  })
  valid!: boolean;

  @Field(() => Number, { description: 'Version, for re-recording consent.' })
  version!: number;
}

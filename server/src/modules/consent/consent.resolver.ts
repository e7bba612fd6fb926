import type { ConsentPurpose } from '@nzr/graph-schema';
import { Arg, Ctx, Field, ID, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { ConsentPurposeEnum } from '../../graphql/enums.js';
import { PersonConsentView } from './consent.type.js';

@ObjectType('PersonsWithoutConsent', { description: 'Persons hidden for lack of valid consent.' })
class PersonsWithoutConsentView {
  @Field(() => [PersonConsentView], { description: 'The persons, by name.' })
  persons!: PersonConsentView[];

  @Field(() => Boolean, { description: 'True when more may exist (narrow down by region).' })
  truncated!: boolean;
}

/** Consent of persons (GDPR); see consent.service.ts. */
@Resolver()
export class ConsentResolver {
  @Query(() => [PersonConsentView], {
    description: 'Consent of the persons the signed-in account acts for (members).',
  })
  myConsent(@Ctx() ctx: Context): Promise<PersonConsentView[]> {
    return ctx.services.consent.mine();
  }

  @Query(() => PersonsWithoutConsentView, {
    description:
      'Persons without valid consent (never given or withdrawn), hidden everywhere else (coordinators).',
  })
  personsWithoutConsent(
    @Arg('regionId', () => ID, { nullable: true, description: 'Only persons in this region.' })
    regionId: string | null,
    @Arg('first', () => Int, { defaultValue: 50, description: 'At most this many, 1 to 100.' })
    first: number,
    @Ctx() ctx: Context,
  ): Promise<PersonsWithoutConsentView> {
    return ctx.services.consent.withoutConsent(regionId, Math.max(1, Math.min(first, 100)));
  }

  @Mutation(() => PersonConsentView, {
    description:
      'Withdraws the consent of a person (their own account or a coordinator): hidden everywhere at once.',
  })
  withdrawConsent(
    @Arg('personId', () => ID, { description: 'Person id.' }) personId: string,
    @Ctx() ctx: Context,
  ): Promise<PersonConsentView> {
    return ctx.services.consent.withdraw(personId);
  }

  @Mutation(() => PersonConsentView, {
    description: 'Records that a person consented, for a purpose (coordinators): listed again.',
  })
  recordConsent(
    @Arg('personId', () => ID, { description: 'Person id.' }) personId: string,
    @Arg('consentDate', () => String, { description: 'Day of consent (YYYY-MM-DD).' })
    consentDate: string,
    @Arg('purpose', () => ConsentPurposeEnum, { description: 'What the person consented to.' })
    purpose: ConsentPurpose,
    @Ctx() ctx: Context,
  ): Promise<PersonConsentView> {
    return ctx.services.consent.record(personId, consentDate, purpose);
  }
}

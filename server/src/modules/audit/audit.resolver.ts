import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { ChangeResultView } from '../write/write.type.js';
import { AuditPageView, PersonDataView } from './audit.type.js';

@Resolver()
export class AuditResolver {
  @Query(() => AuditPageView, { description: 'The audit trail, newest first (admins only).' })
  auditLog(
    @Arg('first', () => Int, { defaultValue: 50, description: 'Page size, 1 to 100.' })
    first: number,
    @Arg('after', () => String, {
      nullable: true,
      description: '`endCursor` of the previous page.',
    })
    after: string | null,
    @Arg('entityId', () => ID, { nullable: true, description: 'Only entries touching this id.' })
    entityId: string | null,
    @Arg('actorId', () => ID, { nullable: true, description: 'Only entries by this account.' })
    actorId: string | null,
    @Ctx() ctx: Context,
  ): Promise<AuditPageView> {
    return ctx.services.audit.log({ first, after, entityId, actorId });
  }

  @Query(() => PersonDataView, {
    description: 'Everything stored about a person, for a data subject request (admins only).',
  })
  personData(
    @Arg('id', () => ID, { description: 'Person id.' }) id: string,
    @Ctx() ctx: Context,
  ): Promise<PersonDataView> {
    return ctx.services.audit.personData(id);
  }

  @Mutation(() => ChangeResultView, {
    description:
      'Erases a person with all relationships (GDPR Art. 17; admins only). Audited by id only.',
  })
  erasePerson(
    @Arg('id', () => ID, { description: 'Person id.' }) id: string,
    @Ctx() ctx: Context,
  ): Promise<ChangeResultView> {
    return ctx.services.audit.erasePerson(id);
  }
}

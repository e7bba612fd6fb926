import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { CreateAccountInput, UpdateAccountInput } from './account.input.js';
import { AccountPage, AccountView, SessionView } from './account.type.js';

@Resolver()
export class AccountResolver {
  @Mutation(() => SessionView, {
    description:
      'Signs in. Wrong credentials give UNAUTHENTICATED; 5 failures per e-mail and address in 15 minutes give TOO_MANY_REQUESTS.',
  })
  login(
    @Arg('email', () => String, { description: 'E-mail address of the account.' }) email: string,
    @Arg('password', () => String, { description: 'Password of the account.' }) password: string,
    @Ctx() ctx: Context,
  ): Promise<SessionView> {
    return ctx.services.accounts.login(email, password);
  }

  @Mutation(() => Boolean, {
    description: 'Signs out: the client drops its token (tokens expire on their own). Always true.',
  })
  logout(): boolean {
    return true;
  }

  @Query(() => AccountView, {
    nullable: true,
    description: 'The signed-in account; null when anonymous.',
  })
  me(@Ctx() ctx: Context): Promise<AccountView | null> {
    return ctx.services.accounts.me();
  }

  @Query(() => AccountPage, { description: 'All accounts, ordered by e-mail (admins only).' })
  accounts(
    @Arg('first', () => Int, { defaultValue: 50, description: 'Page size, 1 to 100.' })
    first: number,
    @Arg('after', () => String, {
      nullable: true,
      description: '`endCursor` of the previous page.',
    })
    after: string | null,
    @Ctx() ctx: Context,
  ): Promise<AccountPage> {
    return ctx.services.accounts.list(first, after);
  }

  @Mutation(() => AccountView, { description: 'Creates an account (admins only).' })
  createAccount(
    @Arg('input', () => CreateAccountInput, { description: 'The new account.' })
    input: CreateAccountInput,
    @Ctx() ctx: Context,
  ): Promise<AccountView> {
    return ctx.services.accounts.create(input);
  }

  @Mutation(() => AccountView, {
    description:
      'Changes role, disabled flag, display name or password (admins only). A stale version gives CONFLICT.',
  })
  updateAccount(
    @Arg('id', () => ID, { description: 'Account id.' }) id: string,
    @Arg('expectedVersion', () => Int, { description: 'Version the change is based on.' })
    expectedVersion: number,
    @Arg('input', () => UpdateAccountInput, { description: 'The changes.' })
    input: UpdateAccountInput,
    @Ctx() ctx: Context,
  ): Promise<AccountView> {
    return ctx.services.accounts.update(id, expectedVersion, input);
  }

  @Mutation(() => Boolean, { description: 'Deletes an account (admins only); true when done.' })
  deleteAccount(
    @Arg('id', () => ID, { description: 'Account id.' }) id: string,
    @Ctx() ctx: Context,
  ): Promise<boolean> {
    return ctx.services.accounts.delete(id);
  }
}

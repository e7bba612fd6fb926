import type { AccountRole } from '@nzr/graph-schema';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { RoleEnum } from '../../graphql/enums.js';

@ObjectType('Account', { description: 'A user account (never includes the password hash).' })
export class AccountView {
  @Field(() => ID, { description: 'Stable id, e.g. acc-4f2a9c01.' })
  id!: string;

  @Field(() => String, { description: 'E-mail address used to sign in (lower-case).' })
  email!: string;

  @Field(() => String, { description: 'Name shown in the interface.' })
  displayName!: string;

  @Field(() => RoleEnum, { description: 'Role: member, coordinator or admin.' })
  role!: AccountRole;

  @Field(() => Boolean, { description: 'Disabled accounts cannot sign in; their sessions end.' })
  disabled!: boolean;

  @Field(() => [ID], {
    description:
      'Ids of the entries (persons, institutions) this account acts for: their member may propose changes to them and confirm ties proposed to them.',
  })
  actorIds!: string[];

  @Field(() => [ID], {
    description:
      'Districts this account looks after: its queues (proposals, tie proposals, introductions) and the count of pending proposals default to them. Empty: all of Saxony. A default view, not a permission.',
  })
  regionIds!: string[];

  @Field(() => Int, {
    description: 'Version for optimistic concurrency; pass it to updateAccount.',
  })
  version!: number;

  @Field(() => String, { description: 'ISO timestamp of creation.' })
  createdAt!: string;

  @Field(() => String, { description: 'ISO timestamp of the last change.' })
  updatedAt!: string;
}

@ObjectType('Session', {
  description: 'A signed-in session: send the token as "Authorization: Bearer".',
})
export class SessionView {
  @Field(() => String, { description: 'Signed session token (JWT). Keep it secret.' })
  token!: string;

  @Field(() => String, { description: 'ISO timestamp when the token expires; sign in again then.' })
  expiresAt!: string;

  @Field(() => AccountView, { description: 'The signed-in account.' })
  account!: AccountView;
}

@ObjectType('AccountPage', { description: 'A page of accounts, ordered by e-mail.' })
export class AccountPage {
  @Field(() => [AccountView], { description: 'Accounts on this page.' })
  nodes!: AccountView[];

  @Field(() => String, { nullable: true, description: 'Pass as `after` to get the next page.' })
  endCursor!: string | null;

  @Field(() => Boolean, { description: 'Whether a page follows this one.' })
  hasNextPage!: boolean;
}

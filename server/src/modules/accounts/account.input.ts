import type { AccountRole } from '@nzr/graph-schema';
import { Field, ID, InputType } from 'type-graphql';
import { RoleEnum } from '../../graphql/enums.js';

@InputType('CreateAccountInput', { description: 'A new account.' })
export class CreateAccountInput {
  @Field(() => String, { description: 'E-mail address to sign in with (unique).' })
  email!: string;

  @Field(() => String, { description: 'Initial password, at least 10 characters.' })
  password!: string;

  @Field(() => RoleEnum, { description: 'Role: member, coordinator or admin.' })
  role!: AccountRole;

  @Field(() => String, { nullable: true, description: 'Name shown; defaults to the e-mail name.' })
  displayName?: string | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'Entries (persons, institutions) the account acts for; at most 20.',
  })
  actorIds?: string[] | null;

  @Field(() => [ID], {
    nullable: true,
    description:
      'Districts the account looks after (Region ids of level district); empty: all of Saxony.',
  })
  regionIds?: string[] | null;
}

@InputType('UpdateAccountInput', { description: 'Changes to an account; omitted fields stay.' })
export class UpdateAccountInput {
  @Field(() => RoleEnum, { nullable: true, description: 'New role.' })
  role?: AccountRole | null;

  @Field(() => Boolean, { nullable: true, description: 'Disable (true) or enable (false).' })
  disabled?: boolean | null;

  @Field(() => String, { nullable: true, description: 'New display name.' })
  displayName?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Password reset: the new password (at least 10 characters).',
  })
  password?: string | null;

  @Field(() => [ID], {
    nullable: true,
    description:
      'Replaces the entries the account acts for (persons, institutions; at most 20). Ends its sessions, like a role change.',
  })
  actorIds?: string[] | null;

  @Field(() => [ID], {
    nullable: true,
    description:
      'Replaces the districts the account looks after (Region ids of level district; empty: all of Saxony). Ends its sessions, as every account change does.',
  })
  regionIds?: string[] | null;
}

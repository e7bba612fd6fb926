/**
 * The demo account: a coordinator created together with the demo data on its first load, so a newcomer can
 * try editing and the import at once. Its password is generated and printed once, never stored in clear and
 * never written anywhere else; it exists only where the seed loaded the demo network into an empty store
 * (real data comes through the import or the API, never through the seed).
 */
import { randomBytes } from 'node:crypto';
import { newAccount } from '@nzr/server/accounts';
import type { GraphStore } from '@nzr/server/store';

export const DEMO_ACCOUNT_EMAIL = 'demo@example.org';

export interface DemoAccount {
  readonly email: string;
  readonly password: string;
}

/** Creates the demo coordinator unless an account with its e-mail exists; returns it with its password. */
export async function createDemoAccount(store: GraphStore): Promise<DemoAccount | null> {
  if (await store.getAccount({ email: DEMO_ACCOUNT_EMAIL })) return null;
  // 96 random bits in 16 characters of base64url: strong, and easy to copy from a terminal.
  const password = randomBytes(12).toString('base64url');
  const account = await newAccount({
    email: DEMO_ACCOUNT_EMAIL,
    password,
    role: 'coordinator',
    displayName: 'Demo-Koordination',
  });
  await store.saveAccount(account, undefined, {
    actorId: null,
    action: 'account.create',
    note: 'demo account, created with the demo data',
  });
  return { email: DEMO_ACCOUNT_EMAIL, password };
}

/** The lines printed once at the first start of the demo data. */
export function demoAccountLines({ email, password }: DemoAccount): string[] {
  return [
    '',
    'Demo-Konto zum Ausprobieren (Koordination) / demo account to try editing (coordinator):',
    `  E-Mail:   ${email}`,
    `  Passwort: ${password}`,
    'Das Passwort wird nur jetzt angezeigt / the password is shown only now.',
    '',
  ];
}

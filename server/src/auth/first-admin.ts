/**
 * Bootstrap: when no admin account exists and ADMIN_EMAIL + ADMIN_PASSWORD are set, create that admin at
 * start-up. Logs the e-mail, never the password. Without the variables, says how to create one.
 */
import type { AuthConfig } from '../config.js';
import type { Logger } from '../logger.js';
import { LIMITS } from '../store/port.js';
import type { GraphStore } from '../store/port.js';
import { newAccount } from './accounts.js';

/** Accounts are few (staff), so scanning them page by page at start-up is cheap. */
export async function hasAdmin(store: GraphStore): Promise<boolean> {
  let after: string | undefined;
  for (;;) {
    const page = await store.listAccounts({
      first: LIMITS.MAX_PAGE_SIZE,
      ...(after ? { after } : {}),
    });
    if (page.accounts.some((account) => account.role === 'admin' && !account.disabled)) return true;
    if (!page.hasNextPage || page.endCursor === null) return false;
    after = page.endCursor;
  }
}

export async function ensureFirstAdmin(
  store: GraphStore,
  initialAdmin: AuthConfig['initialAdmin'],
  logger: Logger,
): Promise<void> {
  if (await hasAdmin(store)) return;
  if (!initialAdmin) {
    logger.warn(
      'Kein Admin-Konto / no admin account: set ADMIN_EMAIL and ADMIN_PASSWORD, or run ' +
        '`npm run admin -w @nzr/server -- create --email <e-mail> --password <password> --role admin`',
    );
    return;
  }
  const existing = await store.getAccount({ email: initialAdmin.email.trim().toLowerCase() });
  if (existing) {
    logger.warn(
      { email: existing.email },
      'ADMIN_EMAIL belongs to an existing account that is not an enabled admin; not changed',
    );
    return;
  }
  const account = await newAccount({ ...initialAdmin, role: 'admin', displayName: 'Admin' });
  await store.saveAccount(account, undefined, {
    actorId: null,
    action: 'account.create',
    note: 'first admin from ADMIN_EMAIL at start-up',
  });
  logger.info(
    { email: account.email },
    'Erstes Admin-Konto angelegt / first admin account created',
  );
}

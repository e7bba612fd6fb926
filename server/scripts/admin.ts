/**
 * Account administration from the command line, for the first admin or a locked-out installation:
 *
 *   npm run admin -w @nzr/server -- create --email x@example.org --password '…' --role admin [--name "…"]
 *   npm run admin -w @nzr/server -- list
 *
 * Uses the same environment as the server (DATA_DIR or NEO4J_*). The embedded store allows one process at a
 * time, so stop the server first when it runs on the embedded store.
 */
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { ACCOUNT_ROLES } from '@nzr/graph-schema';
import type { AccountRole } from '@nzr/graph-schema';
import { newAccount } from '../src/auth/accounts.js';
import { ConfigError, loadConfig } from '../src/config.js';
import { openStore } from '../src/store/index.js';
import { isStoreError } from '../src/store/errors.js';
import type { GraphStore } from '../src/store/port.js';

const USAGE = `Usage:
  npm run admin -w @nzr/server -- create --email <e-mail> --password <password> --role <${ACCOUNT_ROLES.join('|')}> [--name <display name>]
  npm run admin -w @nzr/server -- list`;

async function create(
  store: GraphStore,
  values: Record<string, string | undefined>,
): Promise<void> {
  const { email, password, role, name } = values;
  if (!email || !password || !role)
    throw new ConfigError(`create needs --email, --password and --role\n${USAGE}`);
  if (!(ACCOUNT_ROLES as readonly string[]).includes(role)) {
    throw new ConfigError(`--role must be one of ${ACCOUNT_ROLES.join(', ')}`);
  }
  const account = await newAccount({
    email,
    password,
    role: role as AccountRole,
    displayName: name,
  });
  const saved = await store.saveAccount(account, undefined, {
    actorId: null,
    action: 'account.create',
    note: 'created with the admin CLI',
  });
  console.log(`Konto angelegt / account created: ${saved.email} (${saved.role}, id ${saved.id})`);
}

async function list(store: GraphStore): Promise<void> {
  let after: string | undefined;
  do {
    const page = await store.listAccounts({ first: 100, ...(after ? { after } : {}) });
    for (const account of page.accounts) {
      console.log(
        `${account.email}\t${account.role}${account.disabled ? '\t(disabled)' : ''}\t${account.id}`,
      );
    }
    after = page.hasNextPage && page.endCursor ? page.endCursor : undefined;
  } while (after);
}

async function main(): Promise<void> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      email: { type: 'string' },
      password: { type: 'string' },
      role: { type: 'string' },
      name: { type: 'string' },
    },
  });
  const command = positionals[0];
  if (command !== 'create' && command !== 'list') throw new ConfigError(USAGE);
  const store = await openStore(loadConfig().store);
  try {
    if (command === 'create') await create(store, values);
    else await list(store);
  } finally {
    await store.close();
  }
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) console.error(error.message);
  else if (isStoreError(error)) console.error(`${error.code}: ${error.message}`);
  else console.error(error);
  process.exit(1);
});

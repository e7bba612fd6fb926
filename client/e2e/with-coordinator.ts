/**
 * The demo explorer as the signed-in browser tests need it: a first admin (from the environment, as in
 * production) and one coordinator created by that admin through the API, with the coordinator's token.
 */
import { createAccount, login } from './api';
import { startExplorer } from './harness';
import type { Explorer } from './harness';
import type { Account } from './views';

export const ADMIN: Account = { email: 'admin@example.org', password: 'admin password 123' };

export interface Coordinator extends Account {
  readonly displayName: string;
}

export interface StaffedExplorer {
  readonly explorer: Explorer;
  readonly coordinatorToken: string;
}

export async function startWithCoordinator(coordinator: Coordinator): Promise<StaffedExplorer> {
  const explorer = await startExplorer({ admin: ADMIN });
  const adminToken = await login(explorer.url, ADMIN.email, ADMIN.password);
  await createAccount(explorer.url, adminToken, { ...coordinator, role: 'coordinator' });
  const coordinatorToken = await login(explorer.url, coordinator.email, coordinator.password);
  return { explorer, coordinatorToken };
}

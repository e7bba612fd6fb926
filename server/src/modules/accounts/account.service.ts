/**
 * Sign-in and account administration. Login is rate limited per e-mail and client address and costs the
 * same whether or not the account exists; every admin operation checks the role here, in the service.
 */
import { displayNameIssues, newAccount, passwordIssues, roleIssues } from '../../auth/accounts.js';
import { hashPassword, verifyAgainstDummy, verifyPassword } from '../../auth/password.js';
import { UnauthenticatedError, requireRole } from '../../auth/viewer.js';
import type { RequestInfo, ServerDeps } from '../../context.js';
import { StoreError, validationError } from '../../store/errors.js';
import { LIMITS } from '../../store/port.js';
import type { Account, AccountInput } from '../../store/port.js';
import { actorLinkIssues } from './account-links.js';
import { checkAccountRegions } from './account-regions.js';
import type { CreateAccountInput, UpdateAccountInput } from './account.input.js';
import type { AccountPage, AccountView, SessionView } from './account.type.js';

const WRONG_CREDENTIALS = 'E-mail address or password is wrong.';

export function toAccountView(account: Account): AccountView {
  const { passwordHash: _hash, ...view } = account;
  return { ...view, actorIds: [...view.actorIds], regionIds: [...view.regionIds] };
}

export class AccountService {
  constructor(
    private readonly deps: ServerDeps,
    private readonly request: RequestInfo,
  ) {}

  private get viewer() {
    return this.request.viewer;
  }

  async login(email: string, password: string): Promise<SessionView> {
    const { store, loginLimiter, tokens } = this.deps;
    const address = this.request.clientAddress;
    await loginLimiter.check(email, address);
    const account = await store.getAccount({ email: email.trim().toLowerCase() });
    const valid = account
      ? await verifyPassword(password, account.passwordHash)
      : await verifyAgainstDummy(password);
    if (!account || !valid) {
      await loginLimiter.failed(email, address);
      throw new UnauthenticatedError(WRONG_CREDENTIALS);
    }
    if (account.disabled) {
      throw new UnauthenticatedError('This account is disabled. Please contact an administrator.');
    }
    await loginLimiter.succeeded(email, address);
    const issued = await tokens.issue({ accountId: account.id, version: account.version });
    this.deps.logger.info({ accountId: account.id }, 'signed in');
    return { ...issued, account: toAccountView(account) };
  }

  async me(): Promise<AccountView | null> {
    if (this.viewer.accountId === null) return null;
    const account = await this.deps.store.getAccount({ id: this.viewer.accountId });
    return account ? toAccountView(account) : null;
  }

  async list(first: number, after: string | null | undefined): Promise<AccountPage> {
    requireRole(this.viewer, 'admin');
    checkFirst(first);
    const page = await this.deps.store.listAccounts({ first, ...(after ? { after } : {}) });
    return { ...page, nodes: page.accounts.map(toAccountView) };
  }

  async create(input: CreateAccountInput): Promise<AccountView> {
    requireRole(this.viewer, 'admin');
    const actorIds = input.actorIds ?? [];
    const linkIssues = await actorLinkIssues(this.deps.store, actorIds);
    if (linkIssues.length > 0) throw validationError(linkIssues);
    const regionIds = input.regionIds ?? [];
    await checkAccountRegions(this.deps.store, regionIds);
    const account = await newAccount({ ...input, displayName: input.displayName ?? undefined });
    const saved = await this.deps.store.saveAccount(
      { ...account, actorIds, regionIds },
      undefined,
      this.audit('account.create'),
    );
    return toAccountView(saved);
  }

  async update(
    id: string,
    expectedVersion: number,
    input: UpdateAccountInput,
  ): Promise<AccountView> {
    requireRole(this.viewer, 'admin');
    const current = await this.existing(id);
    const displayName = input.displayName?.trim() ?? current.displayName;
    const role = input.role ?? current.role;
    const disabled = input.disabled ?? current.disabled;
    const actorIds = input.actorIds ?? current.actorIds;
    const regionIds = input.regionIds ?? current.regionIds;
    if (input.regionIds != null) await checkAccountRegions(this.deps.store, regionIds);
    // Checked before hashing, so an oversized password costs nothing.
    const issues = [
      ...(input.actorIds != null ? await actorLinkIssues(this.deps.store, actorIds) : []),
      ...displayNameIssues(displayName),
      ...roleIssues(role),
      ...(input.password != null
        ? passwordIssues(input.password, [current.email, displayName])
        : []),
    ];
    if (id === this.viewer.accountId && (disabled || role !== 'admin')) {
      issues.push({ path: 'id', message: 'you cannot disable or demote your own account' });
    }
    if (issues.length > 0) throw validationError(issues);
    const changed = Object.keys(input).filter(
      (key) => input[key as keyof UpdateAccountInput] != null,
    );
    const next: AccountInput = {
      id: current.id,
      email: current.email,
      displayName,
      role,
      disabled,
      actorIds,
      regionIds,
      passwordHash: input.password ? await hashPassword(input.password) : current.passwordHash,
    };
    const saved = await this.deps.store.saveAccount(
      next,
      expectedVersion,
      this.audit('account.update', `changed: ${changed.join(', ') || 'nothing'}`),
    );
    return toAccountView(saved);
  }

  async delete(id: string): Promise<boolean> {
    requireRole(this.viewer, 'admin');
    if (id === this.viewer.accountId) {
      throw validationError([{ path: 'id', message: 'you cannot delete your own account' }]);
    }
    await this.existing(id);
    await this.deps.store.deleteAccount(id, this.audit('account.delete'));
    return true;
  }

  private async existing(id: string): Promise<Account> {
    const account = await this.deps.store.getAccount({ id });
    if (!account) throw new StoreError('NOT_FOUND', `account ${id} does not exist`);
    return account;
  }

  private audit(action: string, note?: string) {
    return { actorId: this.viewer.accountId, action, ...(note ? { note } : {}) };
  }
}

function checkFirst(first: number): void {
  if (!Number.isInteger(first) || first < 1 || first > LIMITS.MAX_PAGE_SIZE) {
    throw validationError([
      { path: 'first', message: `must be from 1 to ${LIMITS.MAX_PAGE_SIZE}` },
    ]);
  }
}

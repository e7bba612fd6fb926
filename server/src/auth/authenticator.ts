/**
 * Turns an Authorization header into a Viewer. No header: the anonymous viewer. A header with a valid token of
 * an enabled account whose version still matches: that account's role. Anything else is UNAUTHENTICATED, so a
 * client with a stale token learns to sign in again instead of silently seeing less.
 */
import type { GraphStore } from '../store/port.js';
import type { SessionTokens } from './session.js';
import { ANONYMOUS_VIEWER, UnauthenticatedError, viewerFor } from './viewer.js';
import type { Viewer } from './viewer.js';

export const SESSION_ENDED =
  'Your session has expired or is no longer valid. Please sign in again.';

export class Authenticator {
  constructor(
    private readonly store: GraphStore,
    readonly tokens: SessionTokens,
  ) {}

  async viewerFor(authorization: string | undefined): Promise<Viewer> {
    if (authorization === undefined || authorization.trim() === '') return ANONYMOUS_VIEWER;
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    if (!match?.[1]) {
      throw new UnauthenticatedError('The Authorization header must read "Bearer <token>".');
    }
    const claims = await this.tokens.verify(match[1]);
    if (!claims) throw new UnauthenticatedError(SESSION_ENDED);
    // One account lookup per request: role changes, password resets and disabling take effect at once. The
    // regions come from this lookup too, so they would be current without ending sessions; a change of them
    // still ends them because every account save bumps the one version a token carries (a separate session
    // version is not worth it for a rare admin action, and the admin is told so).
    const account = await this.store.getAccount({ id: claims.accountId });
    if (!account || account.disabled || account.version !== claims.version) {
      throw new UnauthenticatedError(SESSION_ENDED);
    }
    return viewerFor(account.role, account.id, account.actorIds, account.regionIds);
  }
}

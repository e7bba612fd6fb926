/**
 * The viewer of an HTTP request, for every express handler (GraphQL and the plain HTTP routes such as CSV
 * import/export).
 *
 * Usage in a route mounted in app.ts (after `app.use(authentication(...))`, which app.ts installs first):
 *
 *   const viewer = await viewerFromRequest(req);   // anonymous without an Authorization header
 *   requireRole(viewer, 'coordinator');             // throws ForbiddenError / UnauthenticatedError
 *
 * `viewerFromRequest` resolves the token once per request (cached) and rejects with UnauthenticatedError
 * (code UNAUTHENTICATED; answer HTTP 401) when a token is sent but expired, forged, or its account was
 * disabled, deleted or changed. `httpStatusOf(error)` maps these errors to HTTP statuses.
 */
import type { Request, RequestHandler } from 'express';
import { API_ERRORS, knownApiError } from '../api-errors.js';
import type { Authenticator } from './authenticator.js';
import type { Viewer } from './viewer.js';

const resolvers = new WeakMap<Request, () => Promise<Viewer>>();
const resolved = new WeakMap<Request, Promise<Viewer>>();

/** Express middleware that makes `viewerFromRequest` work for every later handler. */
export function authentication(authenticator: Authenticator): RequestHandler {
  return (req, _res, next) => {
    resolvers.set(req, () => authenticator.viewerFor(req.get('authorization')));
    next();
  };
}

export function viewerFromRequest(req: Request): Promise<Viewer> {
  const cached = resolved.get(req);
  if (cached) return cached;
  const resolve = resolvers.get(req);
  if (!resolve) {
    return Promise.reject(
      new Error('authentication() middleware is not installed before this route'),
    );
  }
  const viewer = resolve();
  resolved.set(req, viewer);
  return viewer;
}

/** HTTP status for the errors of the auth module, from the API's error table (500 for anything unknown). */
export function httpStatusOf(error: unknown): number {
  return knownApiError(error)?.status ?? API_ERRORS.INTERNAL_SERVER_ERROR.status;
}

/** Address of the client, for rate limiting (honours `trust proxy` when the app sets it). */
export function clientAddress(req: Request): string {
  return req.ip ?? req.socket.remoteAddress ?? 'unknown';
}

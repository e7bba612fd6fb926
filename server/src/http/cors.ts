/**
 * CORS for the origins in CORS_ORIGINS; none configured means same origin only (no CORS headers at all, so
 * browsers refuse cross-origin reads). Credentials are never allowed: tokens travel in the Authorization
 * header, which the client sets explicitly.
 */
import type { RequestHandler } from 'express';

const MAX_AGE_SECONDS = 600;

export function cors(origins: readonly string[]): RequestHandler {
  const allowed = new Set(origins);
  return (req, res, next) => {
    const origin = req.get('origin');
    if (origin === undefined || !allowed.has(origin)) {
      next();
      return;
    }
    res.vary('Origin');
    res.setHeader('Access-Control-Allow-Origin', origin);
    if (req.method === 'OPTIONS' && req.get('access-control-request-method')) {
      res.setHeader('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
      res.setHeader(
        'Access-Control-Allow-Headers',
        'Authorization, Content-Type, Apollo-Require-Preflight, X-Apollo-Operation-Name',
      );
      res.setHeader('Access-Control-Max-Age', String(MAX_AGE_SECONDS));
      res.status(204).end();
      return;
    }
    next();
  };
}

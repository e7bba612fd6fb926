/**
 * Serves the built client (client/dist) on the same port as the API, with SPA fallback: any GET that wants
 * HTML and is not an API path gets index.html, so client-side routes survive a reload.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import express, { Router } from 'express';

const API_PATHS = ['/graphql', '/health', '/ready'];

/**
 * client/dist of this checkout. Resolved from this module's location, which is as deep below the repository
 * in the sources (server/src/http/) as in the production bundle (server/dist/bundle/, scripts/bundle.ts).
 */
export const CLIENT_DIST_DIR = fileURLToPath(new URL('../../../client/dist', import.meta.url));

/** client/dist of this checkout, or null when the client has not been built. */
export function defaultClientDist(): string | null {
  return existsSync(path.join(CLIENT_DIST_DIR, 'index.html')) ? CLIENT_DIST_DIR : null;
}

export function staticClient(dir: string): Router {
  const router = Router();
  const index = path.join(dir, 'index.html');
  router.use(
    express.static(dir, {
      index: false,
      setHeaders(res, file) {
        // Vite puts content-hashed files under assets/: they never change, so cache them for a year.
        const hashed = file.includes(`${path.sep}assets${path.sep}`);
        res.setHeader('Cache-Control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    }),
  );
  router.use((req, res, next) => {
    const isApi = API_PATHS.some(
      (prefix) => req.path === prefix || req.path.startsWith(`${prefix}/`),
    );
    if ((req.method !== 'GET' && req.method !== 'HEAD') || isApi || !req.accepts('html')) {
      next();
      return;
    }
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
  return router;
}

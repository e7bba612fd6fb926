import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import type { Plugin } from 'vite';

// In development the API runs on :4000 (npm run dev); the proxy keeps the client on one origin, as in production
// where the server serves client/dist itself.
const API = 'http://localhost:4000';

/**
 * Saxony's borders (seed/data, see SOURCES.md there) as the static asset /geo/saxony-borders.topo.json: fetched by
 * the maps only when they draw geography, cached by the browser, the same on every store, and no GraphQL field
 * (207 KB of geometry has no place in the query complexity budget). Served from seed/data in development, copied
 * into dist/ by the build, where the server's static files serve it.
 */
const BORDERS_FILE = fileURLToPath(
  new URL('../seed/data/saxony-borders.topo.json', import.meta.url),
);
const BORDERS_ASSET = 'geo/saxony-borders.topo.json';

function saxonyBorders(): Plugin {
  return {
    name: 'nzr-saxony-borders',
    configureServer(server) {
      server.middlewares.use(`/${BORDERS_ASSET}`, (_request, response) => {
        response.setHeader('Content-Type', 'application/json');
        response.end(readFileSync(BORDERS_FILE));
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: BORDERS_ASSET, source: readFileSync(BORDERS_FILE) });
    },
  };
}

export default defineConfig({
  plugins: [react(), saxonyBorders()],
  server: {
    proxy: { '/graphql': API, '/health': API, '/ready': API },
  },
  // The manifest lets scripts/bundle-size.ts tell the entry and its static imports from lazy chunks.
  build: {
    outDir: 'dist',
    sourcemap: true,
    manifest: true,
    // The map route carries cytoscape (~180 KB gzip) as a lazy chunk; the entry stays far below this.
    chunkSizeWarningLimit: 700,
  },
});

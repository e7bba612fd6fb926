import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Browser tests: the real server in-process (fresh embedded store with the demo data) and Debian's chromium
// driven by playwright-core. Files run one after another; each starts its own server and browser.
export default defineConfig({
  // type-graphql and the server must share one copy of graphql-js (as in server/vitest.config.ts).
  resolve: { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] },
  // Paths below are relative to client/, also when the config is given from the repository root
  // (`npx vitest run --config client/vitest.e2e.config.ts`).
  root: fileURLToPath(new URL('.', import.meta.url)),
  test: {
    name: 'client-e2e',
    environment: 'node',
    include: ['e2e/**/*.test.ts'],
    globalSetup: ['e2e/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});

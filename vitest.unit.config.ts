import { defineConfig } from 'vitest/config';
import { seedProject } from './seed/vitest.config.js';
import { serverProject } from './server/vitest.config.js';
import { ALL_TESTS, API_TESTS, PROOF_TESTS } from './server/test-support/test-tiers.js';

// `npm run test:unit`: pure functions and the embedded store – graph-schema, the client's unit tests, and the
// seed's and the server's tests outside the API and proof tiers (server/test-support/test-tiers.ts).
export default defineConfig({
  test: {
    projects: [
      'graph-schema',
      'client',
      seedProject('seed-unit', ALL_TESTS, PROOF_TESTS),
      serverProject('server-unit', ALL_TESTS, [...API_TESTS, ...PROOF_TESTS]),
    ],
  },
});

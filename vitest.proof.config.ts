import { defineConfig } from 'vitest/config';
import { seedProject } from './seed/vitest.config.js';
import { serverProject } from './server/vitest.config.js';
import { PROOF_TESTS } from './server/test-support/test-tiers.js';

// `npm run test:proof`: fuzzing, visibility and limit proofs (server/src/proof/) and the kill -9 crash tests
// of the embedded store and the seed (server/test-support/test-tiers.ts).
export default defineConfig({
  test: {
    projects: [serverProject('server-proof', PROOF_TESTS), seedProject('seed-proof', PROOF_TESTS)],
  },
});

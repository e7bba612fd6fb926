import { defineConfig } from 'vitest/config';
import { serverProject } from './server/vitest.config.js';
import { API_TESTS, PROOF_TESTS } from './server/test-support/test-tiers.js';

// `npm run test:api`: the API through the real server in-process, on the embedded store
// (server/test-support/test-tiers.ts).
export default defineConfig({
  test: { projects: [serverProject('server-api', API_TESTS, PROOF_TESTS)] },
});

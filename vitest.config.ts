import { defineConfig } from 'vitest/config';

// One test command for the monorepo: each workspace is a vitest project with its own environment.
export default defineConfig({
  test: {
    projects: ['graph-schema', 'server', 'seed', 'client', 'client/vitest.e2e.config.ts'],
  },
});

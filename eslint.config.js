// One flat config with every boundary rule of the monorepo (see README "Architecture").
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { readdirSync } from 'node:fs';

// Features never import each other; app/ composes them. One zone per feature folder.
const FEATURES = readdirSync(new URL('./client/src/features', import.meta.url), {
  withFileTypes: true,
})
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const featureZones = FEATURES.map((feature) => ({
  target: `./client/src/features/${feature}`,
  from: './client/src/features',
  except: [`./${feature}`],
  message: 'Features never import each other; compose them in client/src/app.',
}));

// Analyses are vertical slices (server/src/analyses/<name>/): a slice imports the kernel and the rest of the
// server, never another slice; the kernel imports no slice. A function two slices need moves to the kernel.
const ANALYSES = readdirSync(new URL('./server/src/analyses', import.meta.url), {
  withFileTypes: true,
})
  .filter((entry) => entry.isDirectory() && entry.name !== 'kernel')
  .map((entry) => entry.name);
const analysisZones = [
  ...ANALYSES.map((analysis) => ({
    target: `./server/src/analyses/${analysis}`,
    from: './server/src/analyses',
    except: [`./${analysis}`, './kernel'],
    message: 'Analyses never import each other; move what two of them share to analyses/kernel/.',
  })),
  {
    target: './server/src/analyses/kernel',
    from: './server/src/analyses',
    except: ['./kernel'],
    message: 'The analyses kernel imports no analysis.',
  },
];
// The server imports its TypeScript files with the .js extension (NodeNext); the resolver maps them back.
const serverResolver = createNodeResolver({
  extensions: ['.ts', '.js', '.json'],
  extensionAlias: { '.js': ['.ts', '.js'] },
});

const restrict = (patterns, paths = []) => ({
  '@typescript-eslint/no-restricted-imports': ['error', { patterns, paths }],
});

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '.tsbuild/**',
      'data/**',
      'client/src/generated/**',
      'test-output/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node } },
    plugins: { 'import-x': importX },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-self-import': 'error',
      'max-lines': ['error', { max: 300, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    // graph-schema is the shared model: it imports nothing but its own files.
    files: ['graph-schema/src/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: restrict([
      { regex: '^(?!\\./|\\.\\./).*', message: 'graph-schema imports nothing at runtime.' },
    ]),
  },
  {
    // server: never client or seed; neo4j-driver only inside the Neo4j store adapter (and the scripted
    // transaction its orchestration tests answer from).
    files: ['server/**/*.ts'],
    ignores: ['server/src/store/neo4j/**', 'server/test-support/store/neo4j-scripted-tx.ts'],
    rules: restrict([
      {
        group: ['@nzr/client', '@nzr/client/*', '@nzr/seed', '@nzr/seed/*'],
        message: 'server must not import client or seed.',
      },
      { group: ['neo4j-driver'], message: 'Only server/src/store/neo4j/ talks to neo4j-driver.' },
    ]),
  },
  {
    files: ['server/src/analyses/**/*.ts'],
    settings: { 'import-x/resolver-next': [serverResolver] },
    rules: { 'import-x/no-restricted-paths': ['error', { zones: analysisZones }] },
  },
  {
    files: ['server/src/store/neo4j/**/*.ts', 'server/test-support/store/neo4j-scripted-tx.ts'],
    rules: restrict([
      {
        group: ['@nzr/client', '@nzr/client/*', '@nzr/seed', '@nzr/seed/*'],
        message: 'server must not import client or seed.',
      },
    ]),
  },
  {
    // seed writes through the server's store port; it never reaches into client or store internals.
    files: ['seed/**/*.ts'],
    rules: restrict([
      { group: ['@nzr/client', '@nzr/client/*'], message: 'seed must not import client.' },
      { group: ['neo4j-driver'], message: 'seed writes through the store port, not the driver.' },
    ]),
  },
  {
    // client: graph-schema's values and types (it imports nothing, so nothing heavy enters the bundle); never
    // server or seed; cytoscape only via lib/cytoscape.ts.
    files: ['client/**/*.{ts,tsx}'],
    ignores: ['client/src/lib/cytoscape.ts'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    settings: { 'import-x/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.json'] } } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'import-x/no-restricted-paths': ['error', { zones: featureZones }],
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@nzr/server', '@nzr/server/*', '@nzr/seed', '@nzr/seed/*'],
              message: 'client must not import server or seed.',
            },
            {
              regex: '^cytoscape(-.*)?$',
              message: 'Only client/src/lib/cytoscape.ts imports cytoscape.',
            },
          ],
        },
      ],
    },
  },
  {
    // client/e2e is test infrastructure: it starts the real server on a seeded store (server app and store,
    // seed generator and loader only); it still never imports cytoscape.
    files: ['client/e2e/**/*.ts'],
    rules: restrict([
      {
        regex: '^@nzr/(server|seed)(?!/app$|/store$|/generate$|/load$)',
        message:
          'client/e2e may import only @nzr/server/{app,store} and @nzr/seed/{generate,load}.',
      },
      {
        regex: '^cytoscape(-.*)?$',
        message: 'Only client/src/lib/cytoscape.ts imports cytoscape.',
      },
    ]),
  },
  {
    // Test support (fixture networks, the in-process test server, harnesses) lives in <package>/test-support/;
    // production code never imports it. The core rule, so the boundary rules above (the typescript-eslint
    // variant) keep their own options. Exempt: the store contract suite's cases (store/contract/, run by
    // contract.test.ts) and the bench, a development tool that runs the Neo4j test server.
    files: ['*/src/**/*.{ts,tsx}'],
    ignores: [
      '**/*.test.{ts,tsx}',
      'server/src/store/contract/**',
      'seed/src/bench/**',
      'seed/src/bench.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)test-support(/|$)',
              message: 'Production code never imports test support; only tests do.',
            },
          ],
        },
      ],
    },
  },
  {
    // ...and test support never sits in src/: a test helper named like one (test-*.ts, *Harness.tsx) fails.
    files: ['*/src/**/test-*.{ts,tsx}', '*/src/**/*{harness,Harness}.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'Program',
          message: 'Test support lives in <package>/test-support/, not in src/.',
        },
      ],
    },
  },
);

/**
 * `npm start` runs the server in production mode (server/src/start.ts) and production mode must not cost
 * the API anything: Apollo turns introspection off under NODE_ENV=production unless told otherwise, and the
 * bench and third-party clients (codegen, GraphiQL) rely on it. Errors still carry no stack trace.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../../test-support/proof/api-client.js';
import { startServer } from '../../test-support/proof/server-process.js';
import type { ServerProcess } from '../../test-support/proof/server-process.js';

const running: ServerProcess[] = [];
const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(running.map((server) => server.kill('SIGKILL')));
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('production mode, as npm start runs the server', () => {
  it('defaults NODE_ENV to production and still answers introspection, without stack traces', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'nzr-proof-production-'));
    dirs.push(dataDir);
    const server = startServer({ DATA_DIR: dataDir, NODE_ENV: undefined });
    running.push(server);
    const api = new ApiClient(await server.ready);
    expect(server.output()).toMatch(/NODE_ENV: production\)/);

    const schema = await api.gql<{ __schema: { queryType: { name: string } } }>(
      '{ __schema { queryType { name } } }',
    );
    expect(schema.errors).toBeUndefined();
    expect(schema.data?.__schema.queryType.name).toBe('Query');

    const bad = await api.gqlRaw('{ node(id: "ins-missing") { id nonsense } }');
    expect(bad.text).toMatch(/GRAPHQL_VALIDATION_FAILED/);
    expect(bad.text).not.toMatch(/stacktrace|\n\s+at /);
  }, 120_000);
});

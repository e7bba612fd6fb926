/**
 * Store outage (issue 6, item 4). What can be proven without a Neo4j to stop: the real server, pointed at a
 * Neo4j address where nothing listens, fails fast at start with a clear STORE_UNAVAILABLE message and exit
 * code 1 (no stack trace, no password). With NEO4J_URI set, the server is started against that database and
 * must report ready; with NEO4J_STOP_CMD and NEO4J_START_CMD also set (e.g. `docker compose stop neo4j`),
 * the database is stopped under the running server: /ready must turn 503 with a message, GraphQL must answer
 * STORE_UNAVAILABLE (never INTERNAL_SERVER_ERROR), and both must recover once the database is back.
 * Driver errors → STORE_UNAVAILABLE: store/neo4j/errors.test.ts; /ready with a failing store: http/http.test.ts.
 */
import { execSync } from 'node:child_process';
import net from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { ApiClient } from './api-client.js';
import { startServer, waitReady } from './server-process.js';
import type { ServerProcess } from './server-process.js';

const running: ServerProcess[] = [];
afterAll(async () => {
  await Promise.all(running.map((server) => server.kill('SIGKILL')));
});

/** A local port where nothing listens (bound once, then released). */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('store outage', () => {
  it('fails fast at start with STORE_UNAVAILABLE when Neo4j cannot be reached', async () => {
    const port = await closedPort();
    const started = Date.now();
    const server = startServer({
      NEO4J_URI: `bolt://127.0.0.1:${port}`,
      NEO4J_PASSWORD: 'secret-password-x',
      LOG_LEVEL: 'info',
    });
    running.push(server);
    const exit = await server.exited;
    const seconds = (Date.now() - started) / 1000;
    expect(exit.code, server.output()).toBe(1);
    expect(server.output()).toMatch(/STORE_UNAVAILABLE/);
    expect(server.output()).toMatch(
      new RegExp(
        `store unavailable \\(neo4j, bolt://127\\.0\\.0\\.1:${port}\\): cannot reach Neo4j`,
      ),
    );
    expect(server.output()).not.toMatch(/secret-password-x|\n\s+at /);
    // Start-up time (tsx compiling the server) plus a refused connection; far below the 15 s driver timeout.
    expect(seconds).toBeLessThan(30);
  });

  const uri = process.env.NEO4J_URI;
  if (!uri) {
    console.log(
      'store outage against a real Neo4j: skipped (set NEO4J_URI, NEO4J_PASSWORD; NEO4J_STOP_CMD/NEO4J_START_CMD to stop it)',
    );
    it.skip('against a real Neo4j (NEO4J_URI not set)', () => {});
    return;
  }

  it('reports the outage of a real Neo4j and recovers', async () => {
    const server = startServer({
      NEO4J_URI: uri,
      SESSION_SECRET: 'store-outage-test-secret-0123456789abcdef',
    });
    running.push(server);
    const url = await server.ready;
    expect((await waitReady(url)).status).toBe(200);
    const api = new ApiClient(url);
    const stop = process.env.NEO4J_STOP_CMD;
    const start = process.env.NEO4J_START_CMD;
    if (!stop || !start) {
      console.log(
        'store outage: NEO4J_STOP_CMD/NEO4J_START_CMD not set; checked start-up and /ready only',
      );
      expect((await api.gql('{ stats { totalNodes } }')).errors).toBeUndefined();
      return;
    }
    execSync(stop, { stdio: 'inherit' });
    try {
      const ready = await api.raw('/ready');
      expect(ready.status).toBe(503);
      expect(ready.text).toMatch(/cannot reach Neo4j|Neo4j/);
      const answer = await api.gqlRaw('{ stats { totalNodes } }');
      expect(answer.text).toMatch(/STORE_UNAVAILABLE/);
      expect(answer.text).not.toMatch(/INTERNAL_SERVER_ERROR|\n\s+at /);
    } finally {
      execSync(start, { stdio: 'inherit' });
    }
    expect((await waitReady(url, 120_000)).status).toBe(200);
    expect((await api.gql('{ stats { totalNodes } }')).errors).toBeUndefined();
  }, 300_000);
});

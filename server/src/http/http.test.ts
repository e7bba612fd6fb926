import 'reflect-metadata';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi } from '../../test-support/api/test-server.js';
import type { TestApi } from '../../test-support/api/test-server.js';
import type { GraphStore } from '../store/port.js';
import { withFault } from '../../test-support/api/fault.js';

const state = { healthy: true };
let api: TestApi;
let server: { url: string };
let clientDir: string;

/** The real store, except: health follows `state`, and the id 'boom' fails like a broken database. */
function faulty(store: GraphStore): GraphStore {
  const unhealthy = withFault(store, 'health', async () =>
    state.healthy
      ? store.health()
      : { ok: false, store: 'embedded' as const, message: 'data directory is not writable' },
  );
  return withFault(unhealthy, 'getNodes', (ids) =>
    ids.includes('boom')
      ? Promise.reject(new Error('socket to db-internal:7687 reset'))
      : store.getNodes(ids),
  );
}

beforeAll(async () => {
  clientDir = await mkdtemp(path.join(tmpdir(), 'nzr-client-'));
  await mkdir(path.join(clientDir, 'assets'));
  await writeFile(path.join(clientDir, 'index.html'), '<!doctype html><title>NZR</title>');
  await writeFile(path.join(clientDir, 'assets', 'app-abc123.js'), 'console.log(1)');
  api = await startTestApi({
    wrapStore: faulty,
    clientDist: clientDir,
    accounts: false,
    env: { CORS_ORIGINS: 'https://allowed.example.org' },
  });
  server = api;
});

afterAll(async () => {
  await api.close();
  await rm(clientDir, { recursive: true, force: true });
});

const post = (body: string): Promise<Response> =>
  fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
  });

describe('probes', () => {
  it('/health answers while the process is up', async () => {
    const response = await fetch(`${server.url}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('/ready follows the store health', async () => {
    expect((await fetch(`${server.url}/ready`)).status).toBe(200);
    state.healthy = false;
    const response = await fetch(`${server.url}/ready`);
    state.healthy = true;
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({
      status: 'unavailable',
      message: 'data directory is not writable',
    });
  });

  it('/ready reports a store whose health check throws as unavailable', async () => {
    const throwing = withFault(api.store, 'health', () => Promise.reject(new Error('db-internal')));
    await expect(throwing.health()).rejects.toThrow('db-internal');
    // Every other method still reaches the real store.
    expect((await throwing.getNodes(['reg-14'])).map((node) => node.id)).toEqual(['reg-14']);
  });
});

describe('CORS and CSRF', () => {
  it('allows configured origins only', async () => {
    const preflight = (origin: string) =>
      fetch(`${server.url}/graphql`, {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'authorization, content-type',
        },
      });
    const allowed = await preflight('https://allowed.example.org');
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://allowed.example.org');
    expect(allowed.headers.get('access-control-allow-headers')).toMatch(/Authorization/);
    const other = await preflight('https://evil.example.org');
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('refuses a simple (non-preflighted) GET that a foreign page could send', async () => {
    const response = await fetch(
      `${server.url}/graphql?query=${encodeURIComponent('{ me { id } }')}`,
    );
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/CSRF/i);
  });
});

describe('limits', () => {
  it('refuses bodies over 1 MB with a JSON 413', async () => {
    const response = await post(
      JSON.stringify({ query: `{ stats { totalNodes } }`, pad: 'x'.repeat(1_100_000) }),
    );
    expect(response.status).toBe(413);
    const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('answers malformed JSON with 400', async () => {
    const response = await post('{"query": ');
    expect(response.status).toBe(400);
  });

  it('rejects queries nested deeper than 10 levels', async () => {
    const deep = `{ search { edges { node { location { latitude } } } } }`;
    expect((await post(JSON.stringify({ query: deep }))).status).toBe(200);
    let query = 'id';
    for (let i = 0; i < 11; i++)
      query = `... on Query { a${i}: __typename } search { edges { node { ${query} } } }`;
    const response = await post(JSON.stringify({ query: `{ ${query} }` }));
    const body = (await response.json()) as {
      errors: { message: string; extensions: { code: string } }[];
    };
    expect(body.errors[0]?.message).toMatch(/levels deep; the maximum is 10/);
    expect(body.errors[0]?.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});

describe('errors', () => {
  it('hides unexpected failures behind a generic INTERNAL_SERVER_ERROR', async () => {
    const response = await post(JSON.stringify({ query: '{ node(id: "boom") { id } }' }));
    const body = (await response.json()) as {
      errors: { message: string; extensions: Record<string, unknown> }[];
    };
    expect(body.errors[0]?.extensions.code).toBe('INTERNAL_SERVER_ERROR');
    expect(JSON.stringify(body)).not.toMatch(/db-internal|stacktrace/);
  });

  it('answers an unknown field with GRAPHQL_VALIDATION_FAILED', async () => {
    const response = await post(JSON.stringify({ query: '{ nope }' }));
    const body = (await response.json()) as { errors: { extensions: Record<string, unknown> }[] };
    expect(body.errors[0]?.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});

describe('client', () => {
  it('serves built assets with a long cache and falls back to index.html', async () => {
    const asset = await fetch(`${server.url}/assets/app-abc123.js`);
    expect(asset.headers.get('cache-control')).toContain('immutable');
    const route = await fetch(`${server.url}/netzwerk/ins-1`, { headers: { accept: 'text/html' } });
    expect(route.status).toBe(200);
    expect(await route.text()).toContain('<title>NZR</title>');
  });

  it('keeps unknown API paths as JSON 404', async () => {
    const response = await fetch(`${server.url}/graphql/nope`, {
      headers: { accept: 'application/json' },
    });
    expect(response.status).toBe(404);
  });
});

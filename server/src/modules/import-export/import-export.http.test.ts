import 'reflect-metadata';
import { parse as parseGraphml } from 'graphology-graphml';
import { MultiGraph } from 'graphology';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorBody } from '../../api-errors.js';
import type { RunningServer } from '../../app.js';
import { createServer } from '../../app.js';
import { SessionTokens } from '../../auth/session.js';
import { createLogger } from '../../logger.js';
import { MAX_ROWS } from './csv-parse.js';
import type { ImportReport } from './import.service.js';
import { fixture, openTestStore } from '../../../test-support/import-export/import-store.js';
import type { TestStore } from '../../../test-support/import-export/import-store.js';
import { MAX_UPLOAD_BYTES } from './upload.js';

const SECRET = 'import-export-test-secret-0123456789abcdef';
let t: TestStore;
let server: RunningServer;
const tokens: Record<'member' | 'coordinator', string> = { member: '', coordinator: '' };

beforeAll(async () => {
  t = await openTestStore();
  for (const role of ['member', 'coordinator'] as const) {
    const account = await t.store.saveAccount({
      id: `acc-${role}`,
      email: `${role}@example.org`,
      displayName: role,
      role,
      passwordHash: 'not-used-in-this-test',
      disabled: false,
    });
    const session = new SessionTokens(SECRET, 3600);
    tokens[role] = (await session.issue({ accountId: account.id, version: account.version })).token;
  }
  server = await createServer({
    store: t.store,
    config: {
      host: '127.0.0.1',
      port: 0,
      logLevel: 'silent',
      auth: { sessionSecret: SECRET, sessionTtlSeconds: 3600, initialAdmin: null },
    },
    logger: createLogger('silent'),
    clientDist: null,
  });
});
afterAll(async () => {
  await server.close();
  await t.close();
});

type As = 'anonymous' | 'member' | 'coordinator';
const auth = (as: As): Record<string, string> =>
  as === 'anonymous' ? {} : { authorization: `Bearer ${tokens[as]}` };

async function upload(
  path: string,
  body: string | FormData,
  as: As = 'coordinator',
  type = 'text/csv',
) {
  const headers = { ...auth(as), ...(body instanceof FormData ? {} : { 'content-type': type }) };
  return fetch(`${server.url}${path}`, { method: 'POST', headers, body });
}
const form = (text: string | Uint8Array, field = 'file'): FormData => {
  const data = new FormData();
  data.append(field, new Blob([text], { type: 'text/csv' }), 'upload.csv');
  return data;
};
/**
 * The one error of an error response, in GraphQL's shape `{ errors: [{ message, extensions: { code } }] }`,
 * after checking its status and code; never with a stack trace.
 */
async function errorOf(response: Response, status: number, code: string, what = '') {
  expect(response.status, what).toBe(status);
  const body = (await response.json()) as ErrorBody;
  expect(body.errors).toHaveLength(1);
  const [error] = body.errors;
  if (!error) throw new Error('no error in the body');
  expect(error.extensions.code, what).toBe(code);
  expect(JSON.stringify(body)).not.toMatch(/stacktrace|\\n\s+at /);
  return error;
}

describe('POST /api/import/:kind', () => {
  it('dry-runs a multipart upload and writes nothing', async () => {
    const before = await t.store.stats();
    const response = await upload(
      '/api/import/institutions?mode=dry-run',
      form(await fixture('institutions.valid.csv')),
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      mode: 'dry-run',
      rows: 3,
      valid: 3,
      errors: [],
      applied: false,
    });
    expect(await t.store.stats()).toEqual(before);
  });

  it('applies a raw text/csv body and reports counts', async () => {
    const response = await upload(
      '/api/import/topics?mode=apply',
      await fixture('topics.valid.csv'),
    );
    expect(response.status).toBe(200);
    const report = (await response.json()) as ImportReport;
    expect(report).toMatchObject({
      applied: true,
      counts: { nodes: { Topic: { created: 3, updated: 0 } } },
    });
  });

  it('answers 422 with the row report when applying a bad file, writing nothing', async () => {
    const before = await t.store.stats();
    const response = await upload(
      '/api/import/persons?mode=apply',
      form(await fixture('persons.invalid.csv')),
    );
    const error = await errorOf(response, 422, 'BAD_USER_INPUT');
    expect(error.message).toMatch(/nothing was imported/);
    expect((error.extensions.report as ImportReport).errors).toContainEqual({
      row: 2,
      column: 'consent_date',
      message: 'must be a date YYYY-MM-DD',
      code: 'notDate',
    });
    expect(await t.store.stats()).toEqual(before);
  });

  it('needs a coordinator: 401 anonymous, 403 member', async () => {
    const text = await fixture('topics.valid.csv');
    const anonymous = await upload('/api/import/topics', text, 'anonymous');
    await errorOf(anonymous, 401, 'UNAUTHENTICATED');
    const member = await upload('/api/import/topics', text, 'member');
    await errorOf(member, 403, 'FORBIDDEN');
  });

  it('refuses files over the size limit with 413, raw and multipart', async () => {
    const big = `key,name\n${'a,b\n'.repeat(MAX_UPLOAD_BYTES / 4 + 10)}`;
    for (const body of [big, form(big)]) {
      const response = await upload('/api/import/topics', body);
      const error = await errorOf(response, 413, 'PAYLOAD_TOO_LARGE');
      expect(error.message).toMatch(/5 MB/);
    }
  });

  it('aborts a streamed upload without content-length as soon as it passes the limit', async () => {
    let sent = 0;
    const chunk = new TextEncoder().encode(`${'a,b\n'.repeat(16_384)}`);
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent > 3 * MAX_UPLOAD_BYTES) controller.close();
        else controller.enqueue(chunk);
        sent += chunk.length;
      },
    });
    const init = {
      method: 'POST',
      headers: { ...auth('coordinator'), 'content-type': 'text/csv' },
      body,
      duplex: 'half',
    };
    const response = await fetch(`${server.url}/api/import/topics`, init as RequestInit);
    await errorOf(response, 413, 'PAYLOAD_TOO_LARGE');
    // The server answered and closed the connection long before the whole body was sent.
    expect(sent).toBeLessThan(2 * MAX_UPLOAD_BYTES);
  });

  it('refuses more than the row limit with 400', async () => {
    const text = ['key,name', ...Array.from({ length: MAX_ROWS + 1 }, (_, i) => `k${i},N`)].join(
      '\n',
    );
    const response = await upload('/api/import/topics', text);
    const error = await errorOf(response, 400, 'IMPORT_TOO_LARGE');
    expect(error.message).toMatch(/20,000/);
  });

  it('explains bad requests: kind, mode, media type, missing field', async () => {
    const text = await fixture('topics.valid.csv');
    await errorOf(await upload('/api/import/regions', text), 404, 'NOT_FOUND');
    await errorOf(await upload('/api/import/topics?mode=now', text), 400, 'BAD_REQUEST');
    const json = await upload('/api/import/topics', '{}', 'coordinator', 'application/json');
    await errorOf(json, 415, 'UNSUPPORTED_MEDIA_TYPE');
    const wrongField = await upload('/api/import/topics', form(text, 'upload'));
    expect((await errorOf(wrongField, 400, 'BAD_REQUEST')).message).toMatch(/field named "file"/);
  });
});

describe('GET /api/export', () => {
  const get = (query: string, as: As = 'anonymous') =>
    fetch(`${server.url}/api/export?${query}`, { headers: auth(as) });

  it('serves GraphML with a file name, only public persons to anonymous viewers', async () => {
    const response = await get('format=graphml&ids=ins-energie-goerlitz&depth=2');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/graphml\+xml/);
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="?nzr-ins-energie-goerlitz-depth2-\d{4}-\d{2}-\d{2}\.graphml"?$/,
    );
    const graph = parseGraphml(MultiGraph, await response.text());
    expect(graph.hasNode('per-anna')).toBe(true);
    expect(graph.hasNode('per-bernd')).toBe(false);
    expect(graph.getNodeAttributes('per-anna')).not.toHaveProperty('email');
  });

  it('shows members-only persons to members and personal data to coordinators', async () => {
    const member = await (await get('format=json&ids=ins-energie-goerlitz', 'member')).text();
    expect(member).toContain('per-bernd');
    expect(member).not.toContain('anna@example.org');
    const coordinator = await (
      await get('format=csv&part=nodes&ids=ins-energie-goerlitz', 'coordinator')
    ).text();
    expect(coordinator).toContain('anna@example.org');
  });

  it('serves CSV parts and GEXF', async () => {
    const edges = await get('format=csv&part=edges&delimiter=semicolon&regionId=reg-14626');
    expect(edges.headers.get('content-disposition')).toMatch(/nzr-reg-14626-edges-.*\.csv/);
    const bytes = new Uint8Array(await edges.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header] = new TextDecoder().decode(bytes).split('\n');
    expect(header).toBe('id;type;source;target;kind;from;until');
    const gexf = await get('format=gexf&topicId=top-energy_climate');
    expect(gexf.status).toBe(200);
    expect(await gexf.text()).toContain('<gexf');
  });

  it('answers 400 for bad parameters', async () => {
    for (const query of [
      'format=pdf',
      'regionId=a&topicId=b',
      'ids=a&depth=4',
      'ids=',
      'regionId=%20bad',
      'format=csv&part=all',
    ]) {
      await errorOf(await get(query), 400, 'BAD_REQUEST', query);
    }
  });
});

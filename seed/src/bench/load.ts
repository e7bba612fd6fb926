/**
 * Bounded load test: autocannon (in a child process) with N connections for S seconds against the in-process
 * server on 127.0.0.1, a fixed mix of GraphQL reads (search, node, 1-/2-hop neighbourhood) and — when the API
 * has a write mutation and the bench is signed in — a few creates. Memory of the server process before/after.
 */
import { fork } from 'node:child_process';
import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Dataset } from './datasets.js';
import { fetchRetrying } from './graphql-client.js';
import {
  NEIGHBOURHOOD,
  NEIGHBOURHOOD_LIMIT,
  NODE,
  SEARCH,
  SEARCH_PREFIXES,
  SEARCH_WORDS,
} from './queries.js';
import type { LoadFigures } from './results.js';
import type { BenchServer } from './server.js';
import { mb, RssSampler } from './stats.js';

export interface LoadRequest {
  readonly method: 'POST';
  readonly path: string;
  readonly headers: Record<string, string>;
  readonly body: string;
}

export interface LoadPlan {
  readonly url: string;
  readonly connections: number;
  readonly seconds: number;
  readonly requests: readonly LoadRequest[];
}

export interface LoadOutcome {
  readonly requestsPerSec: number;
  readonly total: number;
  readonly p50: number;
  readonly p99: number;
  readonly max: number;
  readonly errors: number;
  readonly timeouts: number;
  readonly non2xx: number;
}

const WRITE = `mutation BenchWrite($changes: [ChangeInput!]!) { applyChanges(changes: $changes) { __typename } }`;

function writeBody(bench: BenchServer, n: number): string | null {
  const field = bench.schema.mutationField('applyChanges');
  if (!bench.token || !field?.args.some((a) => a.name === 'changes')) return null;
  const properties = {
    name: `Lasttest Verein ${n}`,
    kind: 'association',
    sector: 'civil_society',
    description: 'Angelegt vom Lasttest (npm run bench).',
  };
  return JSON.stringify({
    query: WRITE,
    variables: { changes: [{ op: 'createNode', label: 'Institution', properties }] },
  });
}

export function loadRequests(
  dataset: Dataset,
  bench: BenchServer,
): { requests: LoadRequest[]; mix: string } {
  const headers = { 'content-type': 'application/json' };
  const actors = dataset.meta.sampleActorIds;
  const requests: LoadRequest[] = [];
  const read = (query: string, variables: object): LoadRequest => ({
    method: 'POST',
    path: '/graphql',
    headers,
    body: JSON.stringify({ query, variables }),
  });
  let writes = 0;
  for (let i = 0; i < 100; i++) {
    const actor = actors[i % actors.length] ?? '';
    const slot = i % 20;
    if (slot < 3)
      requests.push(read(SEARCH, { text: SEARCH_WORDS[i % SEARCH_WORDS.length], first: 20 }));
    else if (slot < 6)
      requests.push(read(SEARCH, { text: SEARCH_PREFIXES[i % SEARCH_PREFIXES.length], first: 20 }));
    else if (slot < 10) requests.push(read(NODE, { id: actor }));
    else if (slot < 16)
      requests.push(read(NEIGHBOURHOOD, { ids: [actor], depth: 1, limit: NEIGHBOURHOOD_LIMIT }));
    else if (slot < 19)
      requests.push(read(NEIGHBOURHOOD, { ids: [actor], depth: 2, limit: NEIGHBOURHOOD_LIMIT }));
    else {
      const body = writeBody(bench, i);
      if (body) {
        writes++;
        requests.push({
          method: 'POST',
          path: '/graphql',
          headers: { ...headers, authorization: `Bearer ${bench.token ?? ''}` },
          body,
        });
      } else requests.push(read(NODE, { id: actor }));
    }
  }
  const mix =
    writes > 0
      ? '30 % search (words, prefixes), 20 % node, 30 % 1-hop, 15 % 2-hop neighbourhood, 5 % writes (applyChanges createNode, signed in)'
      : '30 % search (words, prefixes), 25 % node, 30 % 1-hop, 15 % 2-hop neighbourhood; reads only (no applyChanges mutation or no session in this build)';
  return { requests, mix };
}

/** Sends every request shape once and counts GraphQL errors (autocannon only sees HTTP status codes). */
async function graphqlErrors(baseUrl: string, requests: readonly LoadRequest[]): Promise<string> {
  const failures: string[] = [];
  for (const request of requests) {
    const response = await fetchRetrying(`${baseUrl}${request.path}`, {
      method: request.method,
      headers: request.headers,
      body: request.body,
    });
    const body = (await response.json()) as { errors?: { message: string }[] };
    if (body.errors?.length) failures.push(body.errors[0]?.message ?? '?');
  }
  return failures.length === 0
    ? `0 of ${requests.length}`
    : `${failures.length} of ${requests.length}, e.g. "${failures[0] ?? ''}"`;
}

v8.setFlagsFromString('--expose-gc');
/** A full garbage collection, so before/after figures compare live memory, not pending garbage. */
const collectGarbage = runInNewContext('gc') as () => void;

const memory = (when: string): { when: string; rssMb: number; heapMb: number } => {
  collectGarbage();
  const usage = process.memoryUsage();
  return { when, rssMb: mb(usage.rss), heapMb: mb(usage.heapUsed) };
};

export async function runLoad(
  dataset: Dataset,
  bench: BenchServer,
  seconds: number,
  connections: number,
): Promise<LoadFigures> {
  const { requests, mix } = loadRequests(dataset, bench);
  const baseUrl = bench.client.baseUrl;
  const checked = await graphqlErrors(baseUrl, requests);
  const before = memory('before (after a full GC)');
  const sampler = new RssSampler(200);
  const child = fork(path.join(path.dirname(fileURLToPath(import.meta.url)), 'load-child.ts'));
  const plan: LoadPlan = { url: baseUrl, connections, seconds, requests };
  const outcome = await new Promise<LoadOutcome>((resolve, reject) => {
    child.once('message', (message) => resolve(message as LoadOutcome));
    child.once('error', reject);
    child.once('exit', (code) =>
      reject(new Error(`autocannon child exited with ${code ?? 'null'}`)),
    );
    child.send(plan);
  });
  const peak = sampler.stop();
  const after = memory('after (after a full GC)');
  return {
    store: dataset.kind,
    actors: dataset.actors,
    seconds,
    connections,
    mix,
    ...outcome,
    graphqlErrors: checked,
    memory: [before, { when: 'peak during the test', rssMb: peak, heapMb: Number.NaN }, after],
  };
}

/**
 * The analyses' test network (network.ts) in a fresh embedded store, and a view of a store that records the
 * name of every store call: for tests that count an analysis' store round trips.
 * Imports reflect-metadata first, as the query functions bring their type-graphql views along.
 */
import 'reflect-metadata';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { AnalysisDeps } from '../../src/analyses/kernel/deps.js';
import { inPlace } from '../../src/heavy/in-place.js';
import { ANONYMOUS_VIEWER } from '../../src/auth/viewer.js';
import { createNodeLoader } from '../../src/modules/node/node.loader.js';
import { NodeService } from '../../src/modules/node/node.service.js';
import { openStore } from '../../src/store/index.js';
import type { GraphStore } from '../../src/store/port.js';
import { ANALYTICS_NETWORK } from './network.js';

export interface NetworkStore {
  readonly store: GraphStore;
  close(): Promise<void>;
}

export async function openNetworkStore(): Promise<NetworkStore> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'nzr-analyses-'));
  const store = await openStore({ kind: 'embedded', dataDir });
  await store.upsert(ANALYTICS_NETWORK);
  return {
    store,
    close: async () => {
      await store.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** The store, with the name of every method called on it pushed to `calls`. */
export function countingStore(store: GraphStore, calls: string[]): GraphStore {
  return new Proxy(store, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver) as unknown;
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        calls.push(String(prop));
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
}

/** What an analysis query reads, for an anonymous viewer, over `store`. */
export function anonymousDeps(store: GraphStore): AnalysisDeps {
  return {
    store,
    nodes: new NodeService(createNodeLoader(store), ANONYMOUS_VIEWER),
    heavy: inPlace(store),
  };
}

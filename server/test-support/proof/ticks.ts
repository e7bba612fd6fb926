/**
 * Counts how much of the graph the main thread reads from a REAL store per event-loop turn, without timing:
 * a setImmediate chain numbers the turns, and a Proxy around the store adds up the nodes and relationships
 * every read returns (search, getNodes, neighbourhood, subgraph) and every replica message the store sends
 * (`replicate`) to the turn it happened in. Whatever the main thread reads in one turn it has handled in one
 * synchronous stretch, so the largest count bounds the longest stretch of store work on the event loop.
 */
import type { GraphStore } from '../../src/store/port.js';

const READS = new Set<PropertyKey>(['search', 'getNodes', 'neighbourhood', 'subgraph']);

export interface TickCounter {
  readonly store: GraphStore;
  /** The most items read or replicated in one event-loop turn so far. */
  readonly maxPerTick: () => number;
  /** Items read by store calls (not replica messages) so far. */
  readonly readItems: () => number;
  stop(): void;
}

/** Nodes, relationships, hits in a read's answer or a replica message. */
function itemsIn(value: unknown): number {
  if (Array.isArray(value)) return value.length;
  if (typeof value !== 'object' || value === null) return 0;
  let count = 0;
  for (const key of ['nodes', 'relationships', 'hits', 'ops'] as const) {
    const list = (value as Record<string, unknown>)[key];
    if (Array.isArray(list)) count += list.length;
  }
  return count;
}

export function countPerTick(real: GraphStore): TickCounter {
  let tick = 0;
  let running = true;
  const next = (): void => {
    tick++;
    if (running) setImmediate(next);
  };
  setImmediate(next);
  const perTick = new Map<number, number>();
  let max = 0;
  let read = 0;
  const add = (items: number): void => {
    const total = (perTick.get(tick) ?? 0) + items;
    perTick.set(tick, total);
    max = Math.max(max, total);
  };
  const store = new Proxy(real, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      const method = (value as (...args: unknown[]) => unknown).bind(target);
      if (property === 'replicate') {
        return (send: (message: object) => void) =>
          method((message: object) => {
            add(itemsIn(message));
            send(message);
          });
      }
      if (!READS.has(property)) return method;
      return async (...args: unknown[]) => {
        const answer = await method(...args);
        const items = itemsIn(answer);
        read += items;
        add(items);
        return answer;
      };
    },
  });
  return {
    store,
    maxPerTick: () => max,
    readItems: () => read,
    stop: () => {
      running = false;
    },
  };
}

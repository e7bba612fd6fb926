/**
 * Fault injection for tests, without fakes: wraps a REAL store in a Proxy that replaces exactly one method and
 * passes every other call through unchanged. `withFault(store, 'health', () => ...)` reads as what it does.
 */
import type { GraphStore } from '../../src/store/port.js';

export function withFault<K extends keyof GraphStore>(
  store: GraphStore,
  method: K,
  replacement: GraphStore[K],
): GraphStore {
  return new Proxy(store, {
    get(target, property, receiver) {
      if (property === method) return replacement;
      const value: unknown = Reflect.get(target, property, receiver);
      // Bind methods to the real store so that its private fields keep working behind the proxy.
      return typeof value === 'function'
        ? (value as (...args: unknown[]) => unknown).bind(target)
        : value;
    },
  });
}

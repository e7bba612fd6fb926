/**
 * Embedded and Neo4j side by side: every figure measured on both stores in the same run (seeding, HTTP
 * operations, store-dependent compute rows, CSV import, load test), with Neo4j's figure as a multiple of the
 * embedded one (> 1: Neo4j is slower; for requests/s, < 1).
 */
import { ms, s, table } from './report-format.js';
import type { BenchResult, StoreKind } from './results.js';

interface Pair {
  readonly what: string;
  readonly unit: string;
  embedded?: number;
  neo4j?: number;
}

function collect(result: BenchResult): Pair[] {
  const pairs = new Map<string, Pair>();
  const put = (what: string, unit: string, store: string, value: number): void => {
    const pair = pairs.get(what) ?? { what, unit };
    pair[store as StoreKind] = value;
    pairs.set(what, pair);
  };
  for (const seed of result.seeds) {
    if (!seed.cached)
      put(`seed ${seed.actors.toLocaleString('en')} actors`, 's', seed.store, seed.seedMs);
  }
  for (const row of result.rows) {
    const what = `${row.operation} (${row.group === 'http' ? 'HTTP' : 'compute'}, ${row.actors.toLocaleString('en')} actors)`;
    put(what, 'p95 ms', row.store, row.m.p95);
  }
  for (const figures of result.imports) {
    for (const step of figures.steps) {
      put(`CSV import ${figures.rows} rows, ${step.mode}`, 's', figures.store, step.ms);
    }
  }
  for (const load of result.load) {
    put(
      `load test, ${load.connections} connections: requests/s`,
      'req/s',
      load.store,
      load.requestsPerSec,
    );
    put(`load test, ${load.connections} connections: p99`, 'ms', load.store, load.p99);
  }
  return [...pairs.values()].filter(
    (pair) => pair.embedded !== undefined && pair.neo4j !== undefined,
  );
}

const shown = (unit: string, value: number): string =>
  unit === 's' ? s(value) : unit === 'req/s' ? value.toFixed(0) : ms(value);

export function storeComparison(result: BenchResult): string[] {
  const pairs = collect(result);
  if (pairs.length === 0) return [];
  return [
    '## Embedded and Neo4j side by side (same run, same machine)',
    '',
    'Ratio: Neo4j ÷ embedded (above 1, Neo4j takes longer; for requests/s, below 1 means fewer).',
    '',
    ...table(
      ['what', 'unit', 'embedded', 'Neo4j', 'ratio'],
      pairs.map((pair) => [
        pair.what,
        pair.unit,
        shown(pair.unit, pair.embedded ?? Number.NaN),
        shown(pair.unit, pair.neo4j ?? Number.NaN),
        ((pair.neo4j ?? Number.NaN) / (pair.embedded ?? Number.NaN)).toFixed(2),
      ]),
    ),
    '',
  ];
}

/**
 * A HeavyRunner without threads or admission: gathers and runs the analysis in the calling thread. For callers
 * that own their process (the seed's bench, unit tests of the query functions); the server uses heavy-work.ts.
 */
import type { HeavyRunner } from '../analyses/kernel/deps.js';
import { gatherSource } from '../analyses/kernel/scoped-snapshot.js';
import type { GraphReader } from '../store/port.js';
import { analyseSubgraph } from './analysis-tasks.js';

export function inPlace(store: GraphReader): HeavyRunner {
  return {
    admit: (job) => job(),
    compute: async (name, source, asOf, options) =>
      analyseSubgraph(name, await gatherSource(store, source), asOf, options),
  };
}

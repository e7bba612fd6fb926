/**
 * A HeavyRunner without threads or admission: runs the analysis in the calling thread. For callers that own
 * their process (the seed's bench, unit tests of the query functions); the server uses heavy-work.ts.
 */
import type { HeavyRunner } from '../analyses/kernel/deps.js';
import { buildSnapshot } from '../analyses/kernel/snapshot.js';
import { runAnalysis } from './analysis-tasks.js';

export const IN_PLACE: HeavyRunner = {
  admit: (job) => job(),
  compute: (name, subgraph, asOf, options) =>
    Promise.resolve(
      runAnalysis(name, buildSnapshot(subgraph, asOf === undefined ? {} : { asOf }), options),
    ),
};

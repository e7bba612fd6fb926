/**
 * Child process of the load test: runs autocannon against the parent's server (loopback only) so the load
 * generator does not share the server's event loop. Receives a LoadPlan by IPC, answers with LoadOutcome.
 */
import autocannon from 'autocannon';
import type { LoadOutcome, LoadPlan } from './load.js';

process.once('message', (message) => {
  const plan = message as LoadPlan;
  const url = new URL(plan.url);
  if (url.hostname !== '127.0.0.1')
    throw new Error(`load tests run on 127.0.0.1 only, got ${url.hostname}`);
  autocannon(
    {
      url: plan.url,
      connections: plan.connections,
      duration: plan.seconds,
      requests: [...plan.requests],
    },
    (error, result) => {
      if (error) throw error;
      const outcome: LoadOutcome = {
        requestsPerSec: result.requests.average,
        total: result.requests.total,
        p50: result.latency.p50,
        p99: result.latency.p99,
        max: result.latency.max,
        errors: result.errors,
        timeouts: result.timeouts,
        non2xx: result.non2xx,
      };
      process.send?.(outcome, () => process.exit(0));
    },
  );
});

/**
 * Child process of the load proof: `connections` clients, each from its own address (X-Forwarded-For; the
 * proof's server trusts the loopback proxy) sending the mix one request after another for `seconds`, or (in
 * a second child, so that the clients' own work never delays it) a prober asking /health every `healthEveryMs`. Busy answers (503 SERVER_BUSY, 429 TOO_MANY_HEAVY_REQUESTS)
 * are counted apart from errors. Receives a ProofPlan by IPC, answers with ProofOutcome.
 */
import type { ProofPlan, ProofRequest, RequestKind } from './load-proof-plan.js';

export interface KindFigures {
  ok: number;
  busy: number;
  errors: number;
  latencies: number[];
  bytes: number;
}

export interface ProofOutcome {
  readonly kinds: Record<RequestKind, KindFigures>;
  readonly health: { readonly latencies: number[]; readonly failures: number };
  readonly errorSamples: string[];
}

const BUSY = new Set(['SERVER_BUSY', 'TOO_MANY_HEAVY_REQUESTS']);
const TAIL: Readonly<Record<string, RegExp>> = {
  graphml: /<\/graphml>\n$/,
  gexf: /<\/gexf>\n$/,
  json: /\n\}\n$/,
  csv: /\n$/,
};

function codesOf(text: string): string[] {
  try {
    const body = JSON.parse(text) as { errors?: { extensions?: { code?: string } }[] };
    return (body.errors ?? []).map((e) => String(e.extensions?.code ?? 'NO_CODE'));
  } catch {
    return ['NOT_JSON'];
  }
}

async function send(
  base: string,
  request: ProofRequest,
  address: string,
): Promise<[string, number]> {
  const response = await fetch(`${base}${request.path}`, {
    method: request.method,
    headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
    ...(request.body ? { body: request.body } : {}),
  });
  const text = await response.text();
  const codes = response.ok && request.kind === 'export' ? [] : codesOf(text);
  if (codes.length > 0)
    return [
      codes.every((c) => BUSY.has(c)) ? 'busy' : `error ${response.status} ${codes.join(',')}`,
      0,
    ];
  if (!response.ok) return [`error ${response.status}`, 0];
  if (request.kind === 'export') {
    const format = /format=(\w+)/.exec(request.path)?.[1] ?? '';
    if (!TAIL[format]?.test(text))
      return [`error: ${format} export incomplete (${text.length} chars)`, 0];
  }
  return ['ok', text.length];
}

process.once('message', (message) => {
  const plan = message as ProofPlan;
  if (new URL(plan.url).hostname !== '127.0.0.1')
    throw new Error('the load proof runs on 127.0.0.1 only');
  const empty = (): KindFigures => ({ ok: 0, busy: 0, errors: 0, latencies: [], bytes: 0 });
  const kinds: Record<RequestKind, KindFigures> = {
    read: empty(),
    export: empty(),
    analysis: empty(),
  };
  const health = { latencies: [] as number[], failures: 0 };
  const errorSamples: string[] = [];
  const end = performance.now() + plan.seconds * 1000;

  const client = async (index: number): Promise<void> => {
    const address = `10.0.${index >> 8}.${index & 255}`;
    for (let n = index; performance.now() < end; n++) {
      const request = plan.requests[n % plan.requests.length] as ProofRequest;
      const figures = kinds[request.kind];
      const started = performance.now();
      const [outcome, bytes] = await send(plan.url, request, address).catch(
        (error: unknown) => [`error ${String(error)}`, 0] as [string, number],
      );
      figures.latencies.push(performance.now() - started);
      if (outcome === 'ok') {
        figures.ok++;
        figures.bytes += bytes;
      } else if (outcome === 'busy') figures.busy++;
      else {
        figures.errors++;
        if (errorSamples.length < 10) errorSamples.push(`${request.name}: ${outcome}`);
      }
    }
  };
  const prober = async (): Promise<void> => {
    while (performance.now() < end) {
      const started = performance.now();
      const ok = await fetch(`${plan.url}/health`).then(
        (r) => r.ok,
        () => false,
      );
      health.latencies.push(performance.now() - started);
      if (!ok) health.failures++;
      await new Promise((resolve) => setTimeout(resolve, plan.healthEveryMs));
    }
  };
  // The prober runs in a child of its own (healthEveryMs > 0, no connections): a client process busy with 50
  // connections would add its own event-loop delay to every /health it measures.
  void Promise.all([
    ...(plan.healthEveryMs > 0 ? [prober()] : []),
    ...Array.from({ length: plan.connections }, (_, i) => client(i)),
  ]).then(() => {
    const outcome: ProofOutcome = { kinds, health, errorSamples };
    process.send?.(outcome, () => process.exit(0));
  });
});

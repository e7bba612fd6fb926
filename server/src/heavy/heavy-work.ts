/**
 * Heavy work off the event loop: exports and the costliest analyses are admitted by the HeavyGate (bounded
 * concurrency, bounded queue, per-client limit) and their CPU-bound part runs on a small pool of worker threads
 * (tinypool). The main thread only gathers the data from the store (bounded calls that interleave with other
 * requests), hands it over in slices, and writes the export's chunks to the socket as the client reads them.
 */
import { availableParallelism } from 'node:os';
import { threadId as mainThreadId } from 'node:worker_threads';
import { MessageChannel } from 'node:worker_threads';
import type { Writable } from 'node:stream';
import Tinypool from 'tinypool';
import type { ExportGraph } from '../modules/import-export/export-formats/columns.js';
import type { GraphNode, GraphRelationship } from '../store/port.js';
import type { AnalysisName, AnalysisTasks } from './analysis-tasks.js';
import type { ExportFormat, ExportMessage } from './export-task.js';
import { FlowControl } from './flow-control.js';
import { sendGraph } from './graph-transfer.js';
import { HeavyGate } from './heavy-gate.js';
import type { HeavyLimits } from './heavy-gate.js';
import type { AnalysisExtra, ExportExtra, HeavyResult, HeavyTask } from './heavy-worker.js';
import { workerEntry } from './worker-entry.js';

export interface HeavyOptions extends Partial<HeavyLimits> {
  /** Worker threads; default one less than the cores, 1 to 4. */
  readonly threads?: number;
}

export const DEFAULT_THREADS = Math.max(1, Math.min(4, availableParallelism() - 1));

export function heavyLimits(options: HeavyOptions = {}): HeavyLimits & { threads: number } {
  const threads = options.threads ?? DEFAULT_THREADS;
  // One more job than threads runs, so that a job gathers its data while another computes.
  return {
    threads,
    running: options.running ?? threads + 1,
    queued: options.queued ?? 16,
    perClient: options.perClient ?? 2,
  };
}

export class HeavyWork {
  readonly gate: HeavyGate;
  private readonly threads: number;
  private pool: Tinypool | undefined;
  /** Thread ids of the workers that did the last tasks (never the main thread's). */
  readonly workerThreadIds = new Set<number>();

  constructor(options: HeavyOptions = {}) {
    const { threads, ...limits } = heavyLimits(options);
    this.threads = threads;
    this.gate = new HeavyGate(limits);
  }

  /** Runs a heavy request when admitted (see HeavyGate): `client` is an account id or an address. */
  admit<T>(client: string, job: () => Promise<T>): Promise<T> {
    return this.gate.run(client, job);
  }

  /** Runs one analysis of analysis-tasks.ts on a worker thread over `graph`. */
  async analyse<N extends AnalysisName>(
    name: N,
    graph: {
      readonly nodes: readonly GraphNode[];
      readonly relationships: readonly GraphRelationship[];
    },
    asOf: string | undefined,
    options: AnalysisTasks[N]['options'],
  ): Promise<AnalysisTasks[N]['result']> {
    const { port1, port2 } = new MessageChannel();
    const task: HeavyTask = { kind: 'analysis', port: port2 };
    const running = this.run(task, port2);
    try {
      await sendGraph<AnalysisExtra<N>>(port1, graph, { name, asOf, options });
      return (await running).result as AnalysisTasks[N]['result'];
    } finally {
      port1.close();
    }
  }

  /**
   * Writes `graph` in `format` to `sink` as a worker renders it, chunk by chunk, never more than WINDOW
   * chunks ahead of what the sink has taken. Resolves with the number of chunks the worker rendered when the
   * last chunk is written (not ended: the caller ends the sink) or when the sink closed early; rejects when
   * the worker failed.
   */
  async exportTo(
    sink: Writable,
    graph: ExportGraph,
    format: ExportFormat,
  ): Promise<{ readonly chunks: number }> {
    const { port1, port2 } = new MessageChannel();
    const flow = new FlowControl();
    const cancel = (): void => flow.cancel();
    sink.once('close', cancel);
    let unacknowledged = 0;
    const done = new Promise<void>((resolve) => {
      port1.on('message', (message: ExportMessage) => {
        if ('done' in message) return resolve();
        if (sink.write(message.chunk)) return flow.written();
        if (unacknowledged++ > 0) return;
        sink.once('drain', () => {
          flow.written(unacknowledged);
          unacknowledged = 0;
        });
      });
    });
    const running = this.run({ kind: 'export', port: port2, control: flow.buffer }, port2);
    try {
      const extra: ExportExtra = { format, withheld: graph.withheld ?? [] };
      await sendGraph(port1, graph, extra, () => flow.cancelled);
      const { chunks = 0 } = await running;
      if (!flow.cancelled) await done;
      return { chunks };
    } finally {
      sink.off('close', cancel);
      port1.close();
    }
  }

  async close(): Promise<void> {
    const pool = this.pool;
    this.pool = undefined;
    await pool?.destroy();
  }

  private async run(task: HeavyTask, port: HeavyTask['port']): Promise<HeavyResult> {
    this.pool ??= new Tinypool({
      ...workerEntry(),
      minThreads: 0,
      maxThreads: this.threads,
      idleTimeout: 30_000,
    });
    const result = (await this.pool.run(task, { transferList: [port] })) as HeavyResult;
    if (result.threadId !== mainThreadId) {
      if (this.workerThreadIds.size > 64) this.workerThreadIds.clear();
      this.workerThreadIds.add(result.threadId);
    }
    return result;
  }
}

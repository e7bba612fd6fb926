/**
 * Heavy work off the event loop: exports and the costliest analyses are admitted by the HeavyGate (bounded
 * concurrency, bounded queue, per-client limit) and run on a small pool of long-lived threads (heavy-thread.ts).
 * With the embedded store each thread holds a read replica and gathers a task's data itself, so the main
 * thread's work per heavy request is posting the task, writing the export's chunks to the socket as the client
 * reads them, and turning the result's few named nodes into views. With a store without replicas (Neo4j, whose
 * reads are asynchronous) the main thread gathers the data and sends it over in slices (graph-transfer.ts).
 */
import { availableParallelism } from 'node:os';
import { MessageChannel } from 'node:worker_threads';
import type { MessagePort } from 'node:worker_threads';
import type { Writable } from 'node:stream';
import { gatherSource } from '../analyses/kernel/scoped-snapshot.js';
import type { AnalysisOutcome, AnalysisSource } from '../analyses/kernel/scoped-snapshot.js';
import { ExportService } from '../modules/import-export/export.service.js';
import type { ExportQuery, ExportViewer } from '../modules/import-export/export.service.js';
import type { GraphStore } from '../store/port.js';
import type { AnalysisName, AnalysisTasks } from './analysis-tasks.js';
import type { ExportFormat } from './export-task.js';
import { FlowControl } from './flow-control.js';
import { sendGraph } from './graph-transfer.js';
import { HeavyGate } from './heavy-gate.js';
import type { HeavyLimits } from './heavy-gate.js';
import { errorOf } from './heavy-protocol.js';
import type { HeavyTask, PortGraphExtra, TaskMessage } from './heavy-protocol.js';
import { HeavyThread } from './heavy-thread.js';

export interface HeavyOptions extends Partial<HeavyLimits> {
  /** Worker threads; default one less than the cores, 1 to 4. */
  readonly threads?: number;
}

export const DEFAULT_THREADS = Math.max(1, Math.min(4, availableParallelism() - 1));

export function heavyLimits(options: HeavyOptions = {}): HeavyLimits & { threads: number } {
  const threads = options.threads ?? DEFAULT_THREADS;
  // One more job than threads runs, so that a thread has its next task queued while it finishes one.
  return {
    threads,
    running: options.running ?? threads + 1,
    queued: options.queued ?? 16,
    perClient: options.perClient ?? 2,
  };
}

type Settle<R> = (message: TaskMessage) => R | undefined;

export class HeavyWork {
  readonly gate: HeavyGate;
  private readonly threads: number;
  private readonly pool = new Set<HeavyThread>();
  /** Thread ids of the workers that did the last tasks (never the main thread's). */
  readonly workerThreadIds = new Set<number>();

  constructor(
    private readonly store: GraphStore,
    options: HeavyOptions = {},
  ) {
    const { threads, ...limits } = heavyLimits(options);
    this.threads = threads;
    this.gate = new HeavyGate(limits);
  }

  /** Runs a heavy request when admitted (see HeavyGate): `client` is an account id or an address. */
  admit<T>(client: string, job: () => Promise<T>): Promise<T> {
    return this.gate.run(client, job);
  }

  /** Gathers `source` and runs one analysis of analysis-tasks.ts on a heavy-work thread. */
  async analyse<N extends AnalysisName>(
    name: N,
    source: AnalysisSource,
    asOf: string | undefined,
    options: AnalysisTasks[N]['options'],
  ): Promise<AnalysisOutcome<AnalysisTasks[N]['result']>> {
    const thread = this.thread();
    const graph = thread.hasReplica ? 'replica' : 'port';
    const task: HeavyTask = { kind: 'analysis', graph, name, source, asOf, options };
    const outcome = await this.run(
      thread,
      task,
      (message) => ('outcome' in message ? message.outcome : undefined),
      async (port) => {
        const subgraph = await gatherSource(this.store, source);
        const { truncated, scopeNode } = subgraph;
        await sendGraph<PortGraphExtra>(port, subgraph, { truncated, scopeNode });
      },
    );
    return outcome as AnalysisOutcome<AnalysisTasks[N]['result']>;
  }

  /**
   * Writes the export of `query` in `format` to `sink` as a thread gathers and renders it, chunk by chunk,
   * never more than WINDOW chunks ahead of what the sink has taken. `begin` is called once the graph is
   * gathered (an export too large fails before it, so the answer can still be 413). Resolves with the number
   * of chunks rendered when the last chunk is written (not ended: the caller ends the sink) or when the sink
   * closed early; rejects when gathering or rendering failed.
   */
  async exportTo(
    sink: Writable,
    request: { readonly query: ExportQuery; readonly viewer: ExportViewer },
    format: ExportFormat,
    begin: () => void,
  ): Promise<{ readonly chunks: number }> {
    const flow = new FlowControl();
    const cancel = (): void => flow.cancel();
    sink.once('close', cancel);
    let unacknowledged = 0;
    const write = (chunk: string): void => {
      if (sink.write(chunk)) return flow.written();
      if (unacknowledged++ > 0) return;
      sink.once('drain', () => {
        flow.written(unacknowledged);
        unacknowledged = 0;
      });
    };
    const { query } = request;
    // Plain data only: the viewer crosses to the thread.
    const viewer = {
      visibilities: request.viewer.visibilities,
      seesPersonalData: request.viewer.seesPersonalData,
    };
    const thread = this.thread();
    const graph = thread.hasReplica ? 'replica' : 'port';
    const task: HeavyTask = { kind: 'export', graph, query, viewer, format, control: flow.buffer };
    try {
      return await this.run(
        thread,
        task,
        (message) => {
          if ('started' in message) begin();
          else if ('chunk' in message) write(message.chunk);
          else if ('finished' in message) return { chunks: message.finished.chunks };
          return undefined;
        },
        async (port) => {
          const gathered = await new ExportService(this.store, viewer).graph(query);
          const extra = { withheld: gathered.withheld ?? [] };
          await sendGraph<PortGraphExtra>(port, gathered, extra, () => flow.cancelled);
        },
      );
    } finally {
      sink.off('close', cancel);
    }
  }

  async close(): Promise<void> {
    const threads = [...this.pool];
    this.pool.clear();
    await Promise.all(threads.map((thread) => thread.terminate()));
  }

  /** The least busy thread; a new one while there are fewer than `threads`. */
  private thread(): HeavyThread {
    let best: HeavyThread | undefined;
    for (const thread of this.pool) if (!best || thread.inFlight < best.inFlight) best = thread;
    if (best && (best.inFlight === 0 || this.pool.size >= this.threads)) return best;
    const thread = new HeavyThread(this.store, (dead) => this.pool.delete(dead));
    this.pool.add(thread);
    return thread;
  }

  /**
   * Posts `task` to `thread` and settles with the first value `settle` returns for a message on the task's
   * port, or with the thread's failure. Without a replica, `sendGraph` gathers and sends the task's graph.
   */
  private async run<R>(
    thread: HeavyThread,
    task: HeavyTask,
    settle: Settle<R>,
    sendGraph: (port: MessagePort) => Promise<void>,
  ): Promise<R> {
    const { port1, port2 } = new MessageChannel();
    thread.inFlight++;
    if (this.workerThreadIds.size > 64) this.workerThreadIds.clear();
    this.workerThreadIds.add(thread.threadId);
    let stopListening = (): void => {};
    try {
      const settled = new Promise<R>((resolve, reject) => {
        port1.on('message', (message: TaskMessage) => {
          if ('failed' in message) return reject(errorOf(message.failed));
          try {
            const value = settle(message);
            if (value !== undefined) resolve(value);
          } catch (error) {
            reject(error instanceof Error ? error : new Error(String(error)));
          }
        });
        stopListening = thread.start(task, port2, reject);
      });
      if (task.graph === 'port') await Promise.race([sendGraph(port1), settled]);
      return await settled;
    } finally {
      stopListening();
      thread.inFlight--;
      port1.close();
    }
  }
}

/**
 * One heavy-work thread as the main thread sees it: a long-lived worker (heavy-worker.ts) that, for a store
 * with read replicas (the embedded store), is fed the replica from the moment it starts, and that runs the
 * tasks posted to it one after another. Replica messages and tasks travel on the worker itself, so the thread
 * sees every change committed before a task before that task. If the thread dies, its running and waiting
 * tasks fail and the pool starts a new thread for the next one.
 */
import { Worker } from 'node:worker_threads';
import type { MessagePort } from 'node:worker_threads';
import type { GraphStore, Replication } from '../store/port.js';
import type { HeavyTask, ThreadMessage } from './heavy-protocol.js';
import { workerEntry } from './worker-entry.js';

export class HeavyThread {
  readonly threadId: number;
  /** Tasks posted and not yet settled. */
  inFlight = 0;
  private readonly worker: Worker;
  private readonly replication: Replication | undefined;
  private readonly mourners = new Set<(error: Error) => void>();
  private death: Error | undefined;

  constructor(
    store: GraphStore,
    private readonly onDeath: (thread: HeavyThread) => void,
  ) {
    const { filename, execArgv } = workerEntry();
    this.worker = new Worker(new URL(filename), { execArgv });
    this.threadId = this.worker.threadId;
    // An idle thread does not keep the process alive (tasks are held by the requests that wait for them).
    this.worker.unref();
    this.worker.on('error', (error) => this.die(error));
    this.worker.on('exit', (code) => this.die(new Error(`the heavy-work thread exited (${code})`)));
    this.replication = store.replicate?.((replica) => this.post({ replica }));
    this.replication?.loaded.catch((error: unknown) =>
      this.die(error instanceof Error ? error : new Error(String(error))),
    );
  }

  /** Whether tasks gather their graph on this thread (from its replica) or get it sent on their port. */
  get hasReplica(): boolean {
    return this.replication !== undefined;
  }

  /** Posts `task` with its port; `failed` is called if the thread dies first. Returns how to stop listening. */
  start(task: HeavyTask, port: MessagePort, failed: (error: Error) => void): () => void {
    if (this.death) {
      failed(this.death);
      return () => {};
    }
    this.mourners.add(failed);
    // After the whole initial copy: a task must see the complete graph (later changes follow it in order).
    const post = (): void => {
      if (!this.death) this.worker.postMessage({ task, port } satisfies ThreadMessage, [port]);
    };
    if (this.replication) void this.replication.loaded.then(post, () => {});
    else post();
    return () => this.mourners.delete(failed);
  }

  async terminate(): Promise<void> {
    this.replication?.stop();
    await this.worker.terminate();
  }

  /** A replica that missed a change must not answer again: the thread is ended (and replaced on demand). */
  private post(message: ThreadMessage): void {
    if (this.death) return;
    try {
      this.worker.postMessage(message);
    } catch (error) {
      this.die(error instanceof Error ? error : new Error(String(error)));
      void this.worker.terminate();
    }
  }

  /** Once: no task is posted any more, waiting tasks fail, the pool forgets the thread. */
  private die(error: Error): void {
    if (this.death) return;
    this.death = error;
    this.replication?.stop();
    this.onDeath(this);
    for (const mourner of this.mourners) mourner(error);
  }
}

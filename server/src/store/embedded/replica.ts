/**
 * A read replica of the embedded store for a heavy-work thread: the thread answers an export's or an
 * analysis's store calls from its own copy of the graph, so the main thread never runs those long synchronous
 * traversals (a whole-graph export used to hold the event loop for about a second).
 *
 * Main thread (`feedReplica`): first every committed graph change from now on is followed, then the current
 * nodes and relationships are sent in slices of SLICE with a yield to the event loop between slices. Slices
 * and changes go through the same `send`, in the order they happened, and every op is idempotent (a put
 * replaces by id, a delete of something absent does nothing). So whatever a slice holds, the changes after it
 * come after it, and once the last slice is sent the replica equals the store; every later commit is sent
 * whole, after memory applied it. The main thread's cost: one slice per tick at start, then O(size of the
 * write) per commit. Accounts and the audit trail are never sent.
 *
 * Thread (`StoreReplica`): applies the messages in arrival order through GraphState.apply (the code that
 * applies live writes and journal replay) and reads through StateReader (the store's own read code). The
 * thread applies no message while a task is reading (heavy-worker.ts), so a task sees one committed state.
 */
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import type { GraphNode, GraphRelationship, Replication } from '../port.js';
import { GraphState } from './graph-state.js';
import type { Op } from './graph-state.js';
import { StateReader } from './state-reader.js';

/** Nodes or relationships per message of the initial copy (one message per event-loop tick). */
export const SLICE = 1000;

export type ReplicaMessage =
  | { readonly nodes: readonly GraphNode[] }
  | { readonly relationships: readonly GraphRelationship[] }
  | { readonly ops: readonly Op[] };

const GRAPH_OPS: ReadonlySet<Op['op']> = new Set(['putNode', 'delNode', 'putRel', 'delRel']);

/** The graph part of a committed transaction (a clear drops only the graph in the replica). */
function graphOps(ops: readonly Op[]): Op[] {
  return ops.flatMap((op): Op[] =>
    op.op === 'clear' ? [{ op: 'clear' }] : GRAPH_OPS.has(op.op) ? [op] : [],
  );
}

/** Registers a listener for every commit (after memory applied it); returns how to unregister it. */
export type FollowCommits = (listener: (ops: readonly Op[]) => void) => () => void;

export function feedReplica(
  state: GraphState,
  follow: FollowCommits,
  send: (message: ReplicaMessage) => void,
  slice = SLICE,
): Replication {
  let stopped = false;
  let unfollow = (): void => {};
  const stop = (): void => {
    stopped = true;
    unfollow();
  };
  unfollow = follow((ops) => {
    const graph = graphOps(ops);
    // The write is durable and applied: a feed that fails must not fail it. It stops instead (and the
    // receiving side, heavy-thread.ts, ends a thread whose replica missed a change).
    try {
      if (graph.length > 0) send({ ops: graph });
    } catch {
      stop();
    }
  });
  // A Map iterator survives changes between slices: deleted entries are skipped, re-set ones come again.
  const inSlices = async <T>(
    values: Iterable<T>,
    sendSlice: (batch: T[]) => void,
  ): Promise<void> => {
    let batch: T[] = [];
    const flush = async (): Promise<void> => {
      if (stopped || batch.length === 0) return;
      sendSlice(batch);
      batch = [];
      await yieldToEventLoop();
    };
    for (const value of values) {
      if (stopped) return;
      batch.push(value);
      if (batch.length >= slice) await flush();
    }
    await flush();
  };
  const copy = async (): Promise<void> => {
    await inSlices(state.nodes.values(), (nodes) => send({ nodes }));
    await inSlices(state.relationships.values(), (relationships) => send({ relationships }));
  };
  return { loaded: copy(), stop };
}

/** The thread's copy: fed with feedReplica's messages, read like the store. */
export class StoreReplica {
  private readonly state = new GraphState();
  readonly reader = new StateReader(this.state, () => this.state);

  receive(message: ReplicaMessage): void {
    if ('ops' in message) this.state.apply(message.ops);
    else if ('nodes' in message)
      this.state.apply(message.nodes.map((node) => ({ op: 'putNode', node })));
    else this.state.apply(message.relationships.map((rel) => ({ op: 'putRel', rel })));
  }

  /** Nodes and relationships held (for tests). */
  get size(): { readonly nodes: number; readonly relationships: number } {
    return { nodes: this.state.nodes.size, relationships: this.state.relationships.size };
  }
}

/**
 * Entry of a heavy-work thread: a long-lived thread that holds a read replica of the embedded store (fed by
 * the main thread, store/embedded/replica.ts) and runs one task after another. An export or analysis gathers
 * its data from the replica with the store's own read code, so the main thread does none of those long
 * synchronous traversals; with a store that has no replica (Neo4j) the main thread sends the gathered graph on
 * the task's port instead. Messages are handled strictly in arrival order, and no replica change is applied
 * while a task runs: a task reads exactly the state committed when it was dispatched.
 */
import { parentPort } from 'node:worker_threads';
import type { MessagePort } from 'node:worker_threads';
import { gatherSource } from '../analyses/kernel/scoped-snapshot.js';
import { ExportService } from '../modules/import-export/export.service.js';
import type { ExportGraph } from '../modules/import-export/export-formats/columns.js';
import { StoreReplica } from '../store/embedded/replica.js';
import type { ReplicaMessage } from '../store/embedded/replica.js';
import type { ScopedSubgraph } from '../store/port.js';
import { analyseSubgraph } from './analysis-tasks.js';
import { streamExport } from './export-task.js';
import { FlowControl } from './flow-control.js';
import { receiveGraph } from './graph-transfer.js';
import { describeFailure } from './heavy-protocol.js';
import type {
  AnalysisTask,
  ExportTask,
  HeavyTask,
  PortGraphExtra,
  TaskMessage,
  ThreadMessage,
} from './heavy-protocol.js';

const replica = new StoreReplica();
const queue: ThreadMessage[] = [];
let draining = false;

const post = (port: MessagePort, message: TaskMessage): void => port.postMessage(message);

async function exportGraph(task: ExportTask, port: MessagePort): Promise<ExportGraph> {
  if (task.graph === 'replica')
    return new ExportService(replica.reader, task.viewer).graph(task.query);
  const { nodes, relationships, extra } = await receiveGraph<PortGraphExtra>(port);
  return { nodes, relationships, withheld: extra.withheld ?? [] };
}

async function analysisGraph(task: AnalysisTask, port: MessagePort): Promise<ScopedSubgraph> {
  if (task.graph === 'replica') return gatherSource(replica.reader, task.source);
  const { nodes, relationships, extra } = await receiveGraph<PortGraphExtra>(port);
  return {
    nodes,
    relationships,
    truncated: extra.truncated ?? false,
    scopeNode: extra.scopeNode ?? null,
  };
}

async function run({ task, port }: { task: HeavyTask; port: MessagePort }): Promise<void> {
  try {
    if (task.kind === 'export') {
      const graph = await exportGraph(task, port);
      post(port, { started: true });
      const flow = new FlowControl(task.control);
      post(port, { finished: streamExport(graph, task.format, port, flow) });
    } else {
      const { name, asOf, options } = task;
      const subgraph = await analysisGraph(task, port);
      post(port, { outcome: analyseSubgraph(name, subgraph, asOf, options) });
    }
  } catch (error) {
    post(port, { failed: describeFailure(error) });
  }
}

async function drain(): Promise<void> {
  if (draining) return;
  draining = true;
  try {
    for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
      if ('replica' in next) replica.receive(next.replica as ReplicaMessage);
      else await run(next);
    }
  } finally {
    draining = false;
  }
}

parentPort?.on('message', (message: ThreadMessage) => {
  queue.push(message);
  void drain();
});

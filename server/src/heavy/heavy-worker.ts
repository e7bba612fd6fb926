/**
 * Entry of a heavy-work thread (tinypool runs its default export once per task). It knows no store: the main
 * thread sends each task's graph in slices over the task's MessagePort (graph-transfer.ts), and the thread
 * answers with the export's chunks on that port (flow-controlled) or with the analysis result.
 */
import { threadId } from 'node:worker_threads';
import type { MessagePort } from 'node:worker_threads';
import { buildSnapshot } from '../analyses/kernel/snapshot.js';
import { runAnalysis } from './analysis-tasks.js';
import type { AnalysisName, AnalysisTasks } from './analysis-tasks.js';
import { streamExport } from './export-task.js';
import type { ExportFormat } from './export-task.js';
import { FlowControl } from './flow-control.js';
import { receiveGraph } from './graph-transfer.js';

export interface ExportExtra {
  readonly format: ExportFormat;
  readonly withheld: readonly string[];
}

export interface AnalysisExtra<N extends AnalysisName = AnalysisName> {
  readonly name: N;
  readonly asOf: string | undefined;
  readonly options: AnalysisTasks[N]['options'];
}

export type HeavyTask =
  | { readonly kind: 'export'; readonly port: MessagePort; readonly control: SharedArrayBuffer }
  | { readonly kind: 'analysis'; readonly port: MessagePort };

export interface HeavyResult {
  /** The thread that did the work (never the main thread's 0). */
  readonly threadId: number;
  readonly chunks?: number;
  readonly result?: unknown;
}

export default async function runHeavyTask(task: HeavyTask): Promise<HeavyResult> {
  if (task.kind === 'export') {
    const { nodes, relationships, extra } = await receiveGraph<ExportExtra>(task.port);
    const flow = new FlowControl(task.control);
    const graph = { nodes, relationships, withheld: extra.withheld };
    const { chunks } = streamExport(graph, extra.format, task.port, flow);
    return { threadId, chunks };
  }
  const { nodes, relationships, extra } = await receiveGraph<AnalysisExtra>(task.port);
  const subgraph = { nodes, relationships, truncated: false };
  const snapshot = buildSnapshot(subgraph, extra.asOf === undefined ? {} : { asOf: extra.asOf });
  return { threadId, result: runAnalysis(extra.name, snapshot, extra.options) };
}

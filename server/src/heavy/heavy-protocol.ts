/**
 * Messages between the main thread and a heavy-work thread. To the thread, on the worker itself (so their
 * order is kept): the store's replica feed and the tasks. Back, on each task's own MessagePort: the export's
 * chunks or the analysis's outcome, or a failure. A task's graph is gathered by the thread from its replica
 * (`graph: 'replica'`, the embedded store) or sent by the main thread in slices on the task's port
 * (`graph: 'port'`, stores without a replica such as Neo4j: their reads do not hold the event loop).
 */
import type { MessagePort } from 'node:worker_threads';
import type { AnalysisOutcome, AnalysisSource } from '../analyses/kernel/scoped-snapshot.js';
import type { ExportQuery, ExportViewer } from '../modules/import-export/export.service.js';
import { StoreError } from '../store/errors.js';
import type { StoreErrorCode } from '../store/errors.js';
import { ExportTooLargeError } from '../modules/import-export/export.service.js';
import type { AnalysisName, AnalysisTasks } from './analysis-tasks.js';
import type { ExportFormat } from './export-task.js';

export type GraphFrom = 'replica' | 'port';

export interface ExportTask {
  readonly kind: 'export';
  readonly graph: GraphFrom;
  readonly query: ExportQuery;
  readonly viewer: ExportViewer;
  readonly format: ExportFormat;
  /** The FlowControl's cells (flow-control.ts). */
  readonly control: SharedArrayBuffer;
}

export interface AnalysisTask<N extends AnalysisName = AnalysisName> {
  readonly kind: 'analysis';
  readonly graph: GraphFrom;
  readonly name: N;
  readonly source: AnalysisSource;
  readonly asOf: string | undefined;
  readonly options: AnalysisTasks[N]['options'];
}

export type HeavyTask = ExportTask | AnalysisTask;

/** Main thread → heavy-work thread. */
export type ThreadMessage =
  { readonly replica: object } | { readonly task: HeavyTask; readonly port: MessagePort };

export interface Failure {
  readonly name: string;
  readonly message: string;
  readonly code?: string;
}

/** Heavy-work thread → main thread, on the task's port. */
export type TaskMessage =
  /** The export's graph is gathered: the answer may start (headers). */
  | { readonly started: true }
  | { readonly chunk: string }
  /** The export ended: `complete` false when the client went away. */
  | { readonly finished: { readonly chunks: number; readonly complete: boolean } }
  | { readonly outcome: AnalysisOutcome<unknown> }
  | { readonly failed: Failure };

/** Extra data at the end of a graph sent on the port. */
export interface PortGraphExtra {
  readonly withheld?: readonly string[];
  readonly truncated?: boolean;
  readonly scopeNode?: AnalysisOutcome<unknown>['scopeNode'];
}

export function describeFailure(error: unknown): Failure {
  if (error instanceof StoreError)
    return { name: error.name, message: error.message, code: error.code };
  if (error instanceof Error) return { name: error.name, message: error.message };
  return { name: 'Error', message: String(error) };
}

/** The error a thread's failure stands for on the main thread (413 and store errors keep their meaning). */
export function errorOf(failure: Failure): Error {
  if (failure.name === 'ExportTooLargeError') return new ExportTooLargeError(failure.message);
  if (failure.name === 'StoreError' && failure.code !== undefined) {
    return new StoreError(failure.code as StoreErrorCode, failure.message);
  }
  return new Error(`heavy work failed on its thread: ${failure.message}`);
}

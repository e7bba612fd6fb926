/**
 * Moves a graph (nodes and relationships) from the main thread to a heavy-work thread over a MessagePort in
 * slices, yielding to the event loop between them: copying a whole state (tens of thousands of nodes) in one
 * postMessage would hold the main thread for as long as the structured clone takes. Only plain data crosses
 * the boundary; the worker never sees the store.
 */
import type { MessagePort } from 'node:worker_threads';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import type { GraphNode, GraphRelationship } from '../store/port.js';

/** Nodes or relationships per message. */
export const SLICE = 1000;

export type GraphMessage<Extra> =
  | { readonly nodes: readonly GraphNode[] }
  | { readonly relationships: readonly GraphRelationship[] }
  | { readonly end: Extra };

export interface ReceivedGraph<Extra> {
  readonly nodes: GraphNode[];
  readonly relationships: GraphRelationship[];
  readonly extra: Extra;
}

export async function sendGraph<Extra>(
  port: MessagePort,
  graph: {
    readonly nodes: readonly GraphNode[];
    readonly relationships: readonly GraphRelationship[];
  },
  extra: Extra,
  isCancelled: () => boolean = () => false,
): Promise<void> {
  // A cancelled transfer still sends its end, so that the worker never waits for slices that will not come.
  for (const key of ['nodes', 'relationships'] as const) {
    const list = graph[key];
    for (let at = 0; at < list.length && !isCancelled(); at += SLICE) {
      const message = { [key]: list.slice(at, at + SLICE) } as GraphMessage<Extra>;
      port.postMessage(message);
      await yieldToEventLoop();
    }
  }
  port.postMessage({ end: extra } satisfies GraphMessage<Extra>);
}

/** In the worker: collects the slices until the end message. */
export function receiveGraph<Extra>(port: MessagePort): Promise<ReceivedGraph<Extra>> {
  const nodes: GraphNode[] = [];
  const relationships: GraphRelationship[] = [];
  return new Promise((resolve, reject) => {
    port.on('message', (message: GraphMessage<Extra>) => {
      if ('nodes' in message) nodes.push(...message.nodes);
      else if ('relationships' in message) relationships.push(...message.relationships);
      else {
        port.removeAllListeners('message');
        resolve({ nodes, relationships, extra: message.end });
      }
    });
    port.once('close', () => reject(new Error('the main thread closed the port')));
  });
}

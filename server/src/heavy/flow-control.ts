/**
 * Back-pressure for a streamed export across threads, on one SharedArrayBuffer: the worker may have at most
 * WINDOW chunks sent but not yet written to the socket; when it has, it blocks (Atomics.wait) until the main
 * thread has written one. So the main thread never holds more than WINDOW chunks of an export (a slow or
 * stalled client costs WINDOW × CHUNK_CHARS, not the whole file), and the worker stops when the client goes.
 */
export const WINDOW = 8;

const STALL_LIMIT_MS = 60_000;
const IN_FLIGHT = 0;
const CANCELLED = 1;
/** How often the worker had to wait for the main thread (for tests and logs). */
const STALLS = 2;

export class FlowControl {
  readonly cells: Int32Array;

  constructor(buffer: SharedArrayBuffer = new SharedArrayBuffer(3 * Int32Array.BYTES_PER_ELEMENT)) {
    this.cells = new Int32Array(buffer);
  }

  get buffer(): SharedArrayBuffer {
    return this.cells.buffer as SharedArrayBuffer;
  }

  get inFlight(): number {
    return Atomics.load(this.cells, IN_FLIGHT);
  }

  get stalls(): number {
    return Atomics.load(this.cells, STALLS);
  }

  get cancelled(): boolean {
    return Atomics.load(this.cells, CANCELLED) === 1;
  }

  /** Main thread: one chunk has been handed to the socket. */
  written(count = 1): void {
    Atomics.sub(this.cells, IN_FLIGHT, count);
    Atomics.notify(this.cells, IN_FLIGHT);
  }

  /** Main thread: the client is gone; the worker stops at its next chunk. */
  cancel(): void {
    Atomics.store(this.cells, CANCELLED, 1);
    Atomics.notify(this.cells, IN_FLIGHT);
  }

  /** Worker: waits until a chunk may be sent; false when cancelled. */
  acquire(): boolean {
    for (;;) {
      if (this.cancelled) return false;
      const inFlight = Atomics.load(this.cells, IN_FLIGHT);
      if (inFlight < WINDOW) {
        Atomics.add(this.cells, IN_FLIGHT, 1);
        return true;
      }
      Atomics.add(this.cells, STALLS, 1);
      // A bounded wait: a client that reads nothing for a minute (or a main thread that vanished) cannot hold
      // a worker forever; the export fails and the main thread drops the connection.
      if (Atomics.wait(this.cells, IN_FLIGHT, inFlight, STALL_LIMIT_MS) === 'timed-out') {
        throw new Error(`the client read nothing for ${STALL_LIMIT_MS / 1000} s`);
      }
    }
  }
}

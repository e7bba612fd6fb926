/**
 * Detects, while a journal is replayed on open, records of two processes that wrote at the same time (issue 14,
 * item 3: two servers on one data directory, e.g. containers sharing a volume). Every record names its
 * writer (a random id per open store). One writer after another is a normal restart (the first one stopped or
 * crashed); these cannot happen with one writer at a time and are refused:
 *
 * - a writer whose records resume after another writer's (A, B, A): A never saw B's writes;
 * - a record of another writer that does not continue the sequence (A wrote 7, B wrote 7 too): both acknowledged
 *   writes the other does not know about.
 *
 * Refused rather than repaired: keeping either writer's records would silently drop the other's acknowledged
 * writes. Records of older versions carry no writer and are not checked.
 */
import { StoreError } from '../errors.js';

export class ForeignWriterCheck {
  private previous: string | undefined;
  private readonly finished = new Set<string>();

  constructor(private readonly file: string) {}

  /** Called for each record in order, before it is applied; throws STORE_CORRUPT on foreign writes. */
  check(writer: string | undefined, seq: number, expectedSeq: number): void {
    if (writer === undefined) return;
    const previous = this.previous;
    if (previous !== undefined && previous !== writer) {
      if (this.finished.has(writer)) {
        throw this.refuse(
          `writer ${writer} resumed at transaction ${seq} after writer ${previous}`,
        );
      }
      if (seq !== expectedSeq) {
        throw this.refuse(
          `transaction ${seq} of writer ${writer} does not continue transaction ${expectedSeq - 1} of writer ${previous}`,
        );
      }
      this.finished.add(previous);
    }
    this.previous = writer;
  }

  private refuse(what: string): StoreError {
    return new StoreError(
      'STORE_CORRUPT',
      `${this.file}: ${what}: two processes wrote to this data directory at the same time, and each ` +
        'acknowledged writes the other does not know about. Refusing to open rather than drop either. ' +
        'Stop every server using it, keep a copy of the directory, and restore from a backup (or merge by hand).',
    );
  }
}

/**
 * Durable storage of the embedded store: snapshot + journal in one data directory, guarded by a lock.
 *
 * Open: lock; remove temp files of interrupted writes; load the snapshot (covers journals ≤ its generation);
 * delete journals it covers; replay newer journals in order (a torn tail of the last one is cut off and
 * reported; any other damage is refused); create the next journal if none is newer than the snapshot.
 * Commit: append + fsync one journal record, then the caller applies the ops to memory.
 * Snapshot (journal over the threshold, clear, close): write snapshot covering the active generation G
 * (temp, fsync, rename, directory fsync), create journal G+1, then delete journal G. A crash between any two
 * steps leaves a directory that opens to exactly the committed state.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { StoreError } from '../errors.js';
import { fsyncDirectory, makePrivateDirectory } from './files.js';
import { GraphState } from './graph-state.js';
import type { Op } from './graph-state.js';
import { Journal, journalFileName, listJournals, readJournal } from './journal.js';
import { ForeignWriterCheck } from './foreign-writers.js';
import { acquireLock } from './lock.js';
import { FORMAT_VERSION } from './records.js';
import type { DirectoryLock } from './lock.js';
import { SNAPSHOT_FILE, readSnapshot, writeSnapshot } from './snapshot.js';

export interface StorageOptions {
  readonly dataDir: string;
  /** Journal size that triggers a snapshot; default 64 MiB. */
  readonly snapshotThresholdBytes?: number;
  readonly warn: (message: string) => void;
}

interface JournalRecord {
  readonly seq: number;
  /** The process that wrote it (a random id per open store; absent in older records). */
  readonly w?: string;
  readonly ops: Op[];
}

function isRecord(value: unknown): value is JournalRecord {
  const record = value as Partial<JournalRecord> | null;
  return typeof record?.seq === 'number' && Array.isArray(record.ops);
}

export class Storage {
  /** Set when the files may no longer match memory; every later write is refused. */
  private failure: string | undefined;
  /** Names this process's journal records (foreign-writers.ts). */
  private readonly writer = randomBytes(6).toString('hex');

  private constructor(
    private readonly options: StorageOptions,
    private readonly lock: DirectoryLock,
    private journal: Journal,
    private lastSeq: number,
  ) {}

  static open(options: StorageOptions): { storage: Storage; state: GraphState } {
    const dir = path.resolve(options.dataDir);
    makePrivateDirectory(dir);
    const lock = acquireLock(dir, options.warn);
    try {
      for (const name of fs.readdirSync(dir)) {
        if (name.endsWith('.tmp')) fs.rmSync(path.join(dir, name), { force: true });
      }
      const state = new GraphState();
      const snapshot = readSnapshot(dir);
      const covered = snapshot?.generation ?? 0;
      let lastSeq = snapshot?.lastSeq ?? 0;
      if (snapshot) {
        state.load(snapshot.nodes, snapshot.relationships);
        state.system.load(
          snapshot.accounts,
          snapshot.audit,
          snapshot.introductions,
          snapshot.tieProposals,
          snapshot.proposals,
        );
      }
      const generations = listJournals(dir).filter((generation) => {
        if (generation > covered) return true;
        fs.rmSync(path.join(dir, journalFileName(generation)));
        return false;
      });
      let activeVersion = FORMAT_VERSION;
      generations.forEach((generation, index) => {
        if (generation !== covered + index + 1) {
          throw new StoreError(
            'STORE_CORRUPT',
            `${dir}: journal generation ${covered + index + 1} is missing`,
          );
        }
        const last = index === generations.length - 1;
        const { payloads, version, tornTail } = readJournal(dir, generation, last);
        if (tornTail) options.warn(tornTail);
        activeVersion = version;
        const writers = new ForeignWriterCheck(journalFileName(generation));
        for (const payload of payloads) {
          if (isRecord(payload)) writers.check(payload.w, payload.seq, lastSeq + 1);
          if (!isRecord(payload) || payload.seq !== lastSeq + 1) {
            throw new StoreError(
              'STORE_CORRUPT',
              `${journalFileName(generation)}: transaction ${lastSeq + 1} is missing`,
            );
          }
          state.apply(payload.ops);
          lastSeq = payload.seq;
        }
      });
      const active = generations.at(-1);
      // A journal of an older format version is never appended to: newer records go to a new generation.
      const journal =
        active === undefined || activeVersion !== FORMAT_VERSION
          ? Journal.create(dir, (active ?? covered) + 1)
          : Journal.open(dir, active);
      return { storage: new Storage({ ...options, dataDir: dir }, lock, journal, lastSeq), state };
    } catch (error) {
      lock.release();
      throw error;
    }
  }

  get healthProblem(): string | undefined {
    return this.failure;
  }

  /** Makes the ops durable; only then may the caller apply them to memory. */
  commit(ops: readonly Op[]): void {
    if (this.failure) throw new StoreError('STORE_UNAVAILABLE', this.failure);
    try {
      this.journal.append({ seq: this.lastSeq + 1, w: this.writer, ops });
    } catch (error) {
      throw this.unavailable('could not write the journal', error);
    }
    this.lastSeq++;
  }

  /** Snapshots when the journal has grown past the threshold (after the caller applied the last commit). */
  maybeSnapshot(state: GraphState): void {
    if (this.journal.size >= (this.options.snapshotThresholdBytes ?? 64 << 20))
      this.snapshot(state);
  }

  /**
   * Writes a snapshot and rotates the journal. Never throws: the write that triggered it is already durable.
   * A failure before the rename leaves the old snapshot and the journal intact, so work goes on; a failure
   * after it stops all writes, since the journal is covered by the new snapshot and must not grow.
   */
  snapshot(state: GraphState): void {
    if (this.failure || !this.journal.hasRecords) return;
    const dir = this.options.dataDir;
    const generation = this.journal.generation;
    const temp = path.join(dir, `${SNAPSHOT_FILE}.tmp`);
    try {
      writeSnapshot(dir, state, generation, this.lastSeq);
    } catch (error) {
      if (fs.existsSync(temp)) {
        this.options.warn(`snapshot failed, continuing with the journal: ${String(error)}`);
        fs.rmSync(temp, { force: true });
      } else this.fail('a snapshot failed after it replaced the old one', error);
      return;
    }
    try {
      const next = Journal.create(dir, generation + 1);
      this.journal.close();
      this.journal = next;
      fs.rmSync(path.join(dir, journalFileName(generation)), { force: true });
      fsyncDirectory(dir);
    } catch (error) {
      this.fail('could not start a new journal after a snapshot', error);
    }
  }

  close(state: GraphState): void {
    try {
      this.snapshot(state);
    } finally {
      this.journal.close();
      this.lock.release();
    }
  }

  private fail(what: string, error: unknown): void {
    this.failure = `${what}: ${error instanceof Error ? error.message : String(error)}; restart the server`;
    this.options.warn(this.failure);
  }

  private unavailable(what: string, error: unknown): StoreError {
    const message = `${what}: ${error instanceof Error ? error.message : String(error)}`;
    // A StoreError from the journal means a partial record may be left: no further append is safe.
    if (error instanceof StoreError) this.fail(what, error);
    else this.options.warn(message);
    return new StoreError('STORE_UNAVAILABLE', message);
  }
}

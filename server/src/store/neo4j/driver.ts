/**
 * One driver per store: connects, proves on open that the server, the credentials and the database work, and
 * runs managed transactions (executeRead / executeWrite retry transient failures such as deadlocks and leader
 * switches). Every failure leaves here as a StoreError.
 */
import neo4j from 'neo4j-driver';
import type { Driver, ManagedTransaction, Record as Neo4jRecord, SessionMode } from 'neo4j-driver';
import { StoreError } from '../errors.js';
import { PING } from './cypher/admin-statements.js';
import type { Statement } from './cypher/names.js';
import { safeUri, toStoreError } from './errors.js';
import type { ConnectionFacts } from './errors.js';
import type { Params } from './params.js';

export interface Neo4jConfig {
  readonly uri: string;
  readonly user: string;
  readonly password: string;
  readonly database: string;
}

/** A transaction-bound runner: the store modules only see this, never a session. */
export interface Tx {
  run(statement: Statement, params?: Params): Promise<Neo4jRecord[]>;
}

function txOf(tx: ManagedTransaction): Tx {
  return {
    async run(statement, params = {}) {
      const result = await tx.run(statement.cypher, params);
      return result.records;
    },
  };
}

export class Connection {
  readonly facts: ConnectionFacts;
  /**
   * Shared by every session of this store: a read after a write sees that write even when a cluster routes the
   * read to another member (causal consistency). A single Community instance does not need it; it costs nothing.
   */
  private readonly bookmarks = neo4j.bookmarkManager();
  /**
   * Set when Neo4j could not be reached. While set, each request first asks the server once (a refused
   * connection answers in milliseconds) instead of letting the driver retry for maxTransactionRetryTime, so an
   * outage fails fast with STORE_UNAVAILABLE, and the first request after Neo4j is back clears it.
   */
  private unreachable = false;

  private constructor(
    private readonly driver: Driver,
    config: Neo4jConfig,
  ) {
    this.facts = { uri: config.uri, user: config.user, database: config.database };
  }

  static async open(config: Neo4jConfig): Promise<Connection> {
    let driver: Driver;
    try {
      driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password), {
        // Numbers come back as JS numbers; our integers (versions, counts, populations) are far below 2^53.
        disableLosslessIntegers: true,
        connectionTimeout: 15_000,
        // Retries transient errors (deadlocks, leader switches); ours are short transactions.
        maxTransactionRetryTime: 5_000,
        userAgent: 'nzr-explorer',
      });
    } catch {
      // Malformed URIs throw synchronously.
      throw new StoreError(
        'STORE_UNAVAILABLE',
        `cannot use ${safeUri(config.uri)} as a Neo4j address`,
      );
    }
    const connection = new Connection(driver, config);
    try {
      await connection.verify();
    } catch (error) {
      await driver.close().catch(() => undefined);
      throw error;
    }
    return connection;
  }

  /**
   * verifyConnectivity proves the server and the credentials; on a direct bolt:// connection it does not touch
   * the database, so a trivial query in it follows (DatabaseNotFound otherwise surfaces on the first request).
   */
  async verify(): Promise<void> {
    try {
      await this.driver.verifyConnectivity({ database: this.facts.database });
      this.unreachable = false;
      await this.read((tx) => tx.run(PING), 'connect');
    } catch (error) {
      throw this.failure(error, 'connect');
    }
  }

  /** Maps a failure to a StoreError and remembers whether it means that Neo4j is out of reach. */
  private failure(error: unknown, doing: string): StoreError {
    const storeError = toStoreError(error, this.facts, doing);
    if (storeError.code === 'STORE_UNAVAILABLE') this.unreachable = true;
    return storeError;
  }

  /** During an outage: one quick check of the server before a request, instead of the driver's retries. */
  private async ensureReachable(doing: string): Promise<void> {
    if (!this.unreachable) return;
    try {
      await this.driver.verifyConnectivity({ database: this.facts.database });
    } catch (error) {
      throw this.failure(error, doing);
    }
    this.unreachable = false;
  }

  private session(mode: SessionMode) {
    return this.driver.session({
      database: this.facts.database,
      defaultAccessMode: mode,
      bookmarkManager: this.bookmarks,
    });
  }

  async read<T>(work: (tx: Tx) => Promise<T>, doing = 'read'): Promise<T> {
    await this.ensureReachable(doing);
    const session = this.session(neo4j.session.READ);
    try {
      return await session.executeRead((tx) => work(txOf(tx)));
    } catch (error) {
      throw this.failure(error, doing);
    } finally {
      await session.close().catch(() => undefined);
    }
  }

  /** All or nothing: any error thrown by `work` (including our StoreErrors) rolls the transaction back. */
  async write<T>(work: (tx: Tx) => Promise<T>, doing = 'write'): Promise<T> {
    await this.ensureReachable(doing);
    const session = this.session(neo4j.session.WRITE);
    try {
      return await session.executeWrite((tx) => work(txOf(tx)));
    } catch (error) {
      throw this.failure(error, doing);
    } finally {
      await session.close().catch(() => undefined);
    }
  }

  /**
   * Auto-commit transaction: needed for schema commands (which cannot share a transaction with data writes)
   * and for CALL { ... } IN TRANSACTIONS, which opens its own inner transactions.
   */
  async autoCommit(
    statement: Statement,
    params: Params = {},
    doing = 'write',
  ): Promise<Neo4jRecord[]> {
    await this.ensureReachable(doing);
    const session = this.session(neo4j.session.WRITE);
    try {
      const result = await session.run(statement.cypher, params);
      return result.records;
    } catch (error) {
      throw this.failure(error, doing);
    } finally {
      await session.close().catch(() => undefined);
    }
  }

  /** Where this store points, for health messages (never the password). */
  describe(): string {
    return `database ${this.facts.database} at ${safeUri(this.facts.uri)}`;
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}

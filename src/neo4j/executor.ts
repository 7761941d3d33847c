// The one place that opens and closes Neo4j sessions: a read that is one query runs as an auto-commit
// transaction in a READ session (which neo4j:// routes to a follower of a cluster), a write in a managed one in a
// WRITE session (to the leader), each with a timeout and retried on transient errors, each after this process's
// bookmarks; driver errors become the service's coded errors here.
import { setTimeout as sleep } from 'node:timers/promises';
import neo4j, { type Driver, isRetryableError, type ManagedTransaction, Neo4jError, type Record as Neo4jRecord } from 'neo4j-driver';
import { DeadlineExceededError, ServiceUnavailableError, TimeoutError } from '../errors';
import type { Neo4jConnection } from './connection';

export type Params = Record<string, unknown>;
export type Row = Record<string, unknown>;

export interface ExecutorOptions {
  database: string;
  /** Transaction timeout of every query. */
  queryTimeoutMs: number;
  /** A request's deadline: no query starts after it, and none runs past it. */
  deadline?: { at: number; ms: number };
}

/**
 * A read waiting for the others of its tick, to go to Neo4j with them as one query: a grouped read by ids
 * (`UNWIND $ids AS id … RETURN id, rows`) or a read of one row (`… RETURN {…} AS result`).
 */
interface PendingRead {
  cypher: string;
  params: Params;
  /** What each of its rows contributes to the combined query's list for it. */
  collected: string;
  resolve: (rows: Row[]) => void;
  reject: (error: unknown) => void;
}

/** Called once for every Cypher query run (per-request counts, metrics, the query-plan test). */
export type QueryObserver = (cypher: string, params: Params) => void;

/** How long a unit of work is retried on transient errors, managed by the driver or auto-commit by us. */
const RETRY_WITHIN_MS = 3_000;
const FIRST_RETRY_DELAY_MS = 50;

/**
 * Once a query has found Neo4j unreachable (after its retries), every query fails at once for this long, rather
 * than each spending seconds finding out again: during an outage requests fail fast, with SERVICE_UNAVAILABLE, and
 * the first query after it goes through.
 */
const UNREACHABLE_HOLD_MS = 1_000;

const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);
const TIMEOUT_CODES = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
]);

/** Drivers made by createDriver for a neo4j:// URI (neo4j, neo4j+s, neo4j+ssc), which route reads to followers. */
const ROUTING_DRIVERS = new WeakSet<Driver>();

export function createDriver(connection: Neo4jConnection, maxConnectionPoolSize = 50): Driver {
  const driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password), {
    // Numbers in this graph (offsets, counts, figures) fit a double: plain JS numbers keep resolvers simple.
    disableLosslessIntegers: true,
    maxConnectionPoolSize,
    connectionAcquisitionTimeout: 5_000,
    connectionTimeout: 3_000,
    maxTransactionRetryTime: RETRY_WITHIN_MS,
  });
  if (connection.uri.startsWith('neo4j')) ROUTING_DRIVERS.add(driver);
  return driver;
}

export class Executor {
  /** Reads asked for in the current tick (each executor instance, so each request, has its own). */
  private pendingReads: PendingRead[] = [];
  /** readOne's answers of the current tick by query and parameters: the same page asked twice is read once. */
  private pendingOnes = new Map<string, Promise<Row>>();

  constructor(
    private readonly driver: Driver,
    private readonly options: ExecutorOptions,
    private readonly observer: QueryObserver = () => undefined,
    /**
     * Shared by every executor derived from this one: sessions open right now (for the pool-in-use metric); with a
     * routing driver, the bookmarks of this process's transactions, which every session starts from, so that a read
     * sees what this process wrote before it (the seed) even when it is routed to a follower that lags behind the
     * leader that took the write (one server has no follower: bolt:// sessions go without, and save the bookkeeping
     * of every read); and until when Neo4j is taken to be unreachable (see UNREACHABLE_HOLD_MS).
     */
    private readonly sessions = { open: 0, bookmarks: ROUTING_DRIVERS.has(driver) ? neo4j.bookmarkManager() : undefined, unreachableUntil: 0 },
  ) {}

  /** The same database and pool, reporting each query to `observer` as well as to this executor's own. */
  observedBy(observer: QueryObserver): Executor {
    return new Executor(this.driver, this.options, (cypher, params) => {
      this.observer(cypher, params);
      observer(cypher, params);
    }, this.sessions);
  }

  /** The same database and pool, for one request that must be answered by `ms` from now. */
  withDeadline(ms: number): Executor {
    return new Executor(this.driver, { ...this.options, deadline: { at: Date.now() + ms, ms } }, this.observer, this.sessions);
  }

  /** Sessions (so pooled connections) in use right now. */
  get sessionsInUse(): number {
    return this.sessions.open;
  }

  private openSession(mode: 'READ' | 'WRITE') {
    this.sessions.open += 1;
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: mode, bookmarkManager: this.sessions.bookmarks });
    return {
      session,
      close: async () => {
        this.sessions.open -= 1;
        await session.close();
      },
    };
  }

  read(cypher: string, params: Params = {}): Promise<Row[]> {
    return this.run('READ', cypher, params);
  }

  /**
   * A batched read by ids, of the form `UNWIND $ids AS id … RETURN id, rows`, with any other parameters. The
   * DataLoaders of one request dispatch in the same tick (an entity, its roles, its stances…); their reads go to
   * Neo4j as one query, one round trip and one transaction, rather than one each. Answers id → rows; an id
   * without rows is absent. A query that breaks the form is an error naming the read.
   */
  async readGrouped(name: string, cypher: string, ids: readonly string[], params: Params = {}): Promise<Map<string, Row[]>> {
    const rows = await this.readInTick(cypher, { ...params, ids }, '{id: id, rows: rows}');
    return groupedRows(name, ids, rows);
  }

  /**
   * A read whose one row is a map in the column `result` (`… RETURN {page: page, total: total} AS result`), sent
   * with the other reads of its tick: the pages of a connection asked for each item of a list (each subject's
   * sources) cost one round trip, not one each, and the same page asked for twice (a subject of several
   * statements) is read once. Answers that map.
   */
  readOne(cypher: string, params: Params = {}): Promise<Row> {
    const key = `${cypher}\u0000${JSON.stringify(params)}`;
    let answer = this.pendingOnes.get(key);
    if (!answer) {
      answer = this.readInTick(cypher, params, 'result').then(([row]) => row);
      this.pendingOnes.set(key, answer);
    }
    return answer;
  }

  private readInTick(cypher: string, params: Params, collected: string): Promise<Row[]> {
    return new Promise<Row[]>((resolve, reject) => {
      if (this.pendingReads.push({ cypher, params, collected, resolve, reject }) === 1) setImmediate(() => void this.flushReads());
    });
  }

  private async flushReads(): Promise<void> {
    const reads = this.pendingReads;
    this.pendingReads = [];
    this.pendingOnes = new Map();
    await Promise.all(chunksOfReads(reads).map((chunk) => this.readCombined(chunk)));
  }

  private async readCombined(reads: PendingRead[]): Promise<void> {
    try {
      if (reads.length === 1) {
        const [{ cypher, params, collected, resolve }] = reads;
        const rows = await this.read(cypher, params);
        resolve(collected === 'result' ? rows.map((row) => row.result as Row) : rows);
        return;
      }
      const combined = combineReads(reads);
      const [row] = await this.read(combined.cypher, combined.params);
      reads.forEach((read, i) => read.resolve(row[`r${i}`] as Row[]));
    } catch (error) {
      for (const read of reads) read.reject(error);
    }
  }

  write(cypher: string, params: Params = {}): Promise<Row[]> {
    return this.run('WRITE', cypher, params);
  }

  /**
   * Runs several queries in one write transaction: all of them are committed, or none (the seed uses this so
   * that a failure leaves the database as it was). Managed: the driver retries the whole unit on transient errors.
   */
  async writeTransaction<T>(work: (run: (cypher: string, params?: Params) => Promise<Row[]>) => Promise<T>, timeoutMs = this.options.queryTimeoutMs): Promise<T> {
    const { session, close } = this.openSession('WRITE');
    try {
      return await session.executeWrite(
        (tx) =>
          work(async (cypher, params = {}) => {
            this.observer(cypher, params);
            return (await tx.run(cypher, toCypherParams(params) as Params)).records.map((record) => record.toObject() as Row);
          }),
        { timeout: timeoutMs },
      );
    } catch (error) {
      throw translateDriverError(error, timeoutMs);
    } finally {
      await close();
    }
  }

  private async run(mode: 'READ' | 'WRITE', cypher: string, params: Params): Promise<Row[]> {
    const { deadline, queryTimeoutMs } = this.options;
    const remaining = deadline ? deadline.at - Date.now() : Infinity;
    if (deadline && remaining <= 0) throw new DeadlineExceededError(deadline.ms);
    if (Date.now() < this.sessions.unreachableUntil) throw new ServiceUnavailableError('it did not answer within the last second');
    this.observer(cypher, params);
    const config = { timeout: Math.max(1, Math.min(queryTimeoutMs, remaining)) };
    try {
      const records = mode === 'READ' ? await this.autoCommitRead(cypher, params, config) : await this.managedWrite(cypher, params, config);
      return records.map((record) => record.toObject() as Row);
    } catch (error) {
      const translated = translateDriverError(error, queryTimeoutMs);
      if (translated instanceof ServiceUnavailableError) this.sessions.unreachableUntil = Date.now() + UNREACHABLE_HOLD_MS;
      // A transaction cut short because the request's deadline came first is the deadline's error.
      if (translated instanceof TimeoutError && deadline && remaining < queryTimeoutMs) throw new DeadlineExceededError(deadline.ms);
      throw translated;
    }
  }

  /**
   * One read query as an auto-commit transaction: RUN and PULL in one round trip, with no BEGIN or COMMIT (a
   * managed transaction takes two). The driver retries only managed transactions, so transient errors are retried
   * here by the same rule: with backoff, for as long as the driver would.
   */
  private async autoCommitRead(cypher: string, params: Params, config: { timeout: number }): Promise<Neo4jRecord[]> {
    const started = Date.now();
    for (let delay = FIRST_RETRY_DELAY_MS; ; delay *= 2) {
      const { session, close } = this.openSession('READ');
      try {
        return (await session.run(cypher, toCypherParams(params) as Params, config)).records;
      } catch (error) {
        if (!isRetryableError(error) || Date.now() - started + delay > RETRY_WITHIN_MS || Date.now() < this.sessions.unreachableUntil) throw error;
      } finally {
        await close();
      }
      await sleep(delay);
    }
  }

  private async managedWrite(cypher: string, params: Params, config: { timeout: number }): Promise<Neo4jRecord[]> {
    const { session, close } = this.openSession('WRITE');
    try {
      return await session.executeWrite(async (tx: ManagedTransaction) => (await tx.run(cypher, toCypherParams(params) as Params)).records, config);
    } finally {
      await close();
    }
  }
}

/** The most reads of one text in one combined query. */
const MOST_OF_ONE_READ = 8;

/**
 * The reads of a tick as the queries that carry them. Neo4j plans every CALL of a combined query anew (about
 * 0.1 s for a page read), and caches the plan by the query's text: fifty entities' statement pages in one query
 * took 5 s to plan, every time the number of entities changed. So the first query takes up to MOST_OF_ONE_READ
 * reads of each text, and the rest of a text go in queries of their own of 8, 4, 2 or 1 reads, whose texts repeat
 * and are planned once. The queries run at the same time.
 */
export function chunksOfReads<R extends { cypher: string }>(reads: readonly R[]): R[][] {
  const byText = new Map<string, R[]>();
  for (const read of reads) {
    const same = byText.get(read.cypher);
    if (same) same.push(read);
    else byText.set(read.cypher, [read]);
  }
  const first: R[] = [];
  const more: R[][] = [];
  for (const same of byText.values()) {
    first.push(...same.slice(0, MOST_OF_ONE_READ));
    for (let rest = same.slice(MOST_OF_ONE_READ); rest.length > 0; ) {
      const size = rest.length >= MOST_OF_ONE_READ ? MOST_OF_ONE_READ : 2 ** Math.floor(Math.log2(rest.length));
      more.push(rest.slice(0, size));
      rest = rest.slice(size);
    }
  }
  return [first, ...more];
}

/**
 * Reads as one query: each in a CALL subquery of its own whose rows are collected into r0, r1, …, and each
 * parameter `$p` of read i renamed `$r<i>_p`. The collect is inside each outer CALL, with no grouping key, so it
 * always gives one row: a read that finds nothing gives [] and cannot empty the others.
 */
export function combineReads(reads: readonly { cypher: string; params: Params; collected: string }[]): { cypher: string; params: Params } {
  const params: Params = {};
  const parts = reads.map(({ cypher, params: own, collected }, i) => {
    const renamed = cypher.trim().replace(/\$(\w+)\b/g, (whole, name: string) => (name in own ? `$r${i}_${name}` : whole));
    for (const [name, value] of Object.entries(own)) params[`r${i}_${name}`] = value;
    return `CALL () {\n  CALL () {\n${renamed}\n  }\n  RETURN collect(${collected}) AS r${i}\n}`;
  });
  return { cypher: `${parts.join('\n')}\nRETURN ${reads.map((_, i) => `r${i}`).join(', ')}`, params };
}

/** The contract of a grouped read, checked where it breaks: rows of {id, rows: [...]}, one per id asked for at most. */
function groupedRows(name: string, ids: readonly string[], rows: Row[]): Map<string, Row[]> {
  const asked = new Set(ids);
  const grouped = new Map<string, Row[]>();
  for (const row of rows) {
    if (typeof row.id !== 'string' || !asked.has(row.id) || !Array.isArray(row.rows) || grouped.has(row.id)) {
      throw new Error(`The grouped read "${name}" must return one row {id, rows: [...]} per id it was given, but returned ${JSON.stringify(row).slice(0, 200)} for the ids ${JSON.stringify(ids.slice(0, 5))}.`);
    }
    grouped.set(row.id, row.rows as Row[]);
  }
  return grouped;
}

/**
 * JavaScript has one number type; Cypher tells integers from floats, and LIMIT, SKIP and list slices take only
 * integers. Whole numbers go to Neo4j as integers (read back as plain numbers: disableLosslessIntegers).
 */
export function toCypherParams(value: unknown): unknown {
  if (typeof value === 'number') return Number.isInteger(value) ? neo4j.int(value) : value;
  if (Array.isArray(value)) return value.map(toCypherParams);
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, toCypherParams(item)]));
  }
  return value;
}

/** Neo4j's error codes mapped to the service's; anything else is a bug and stays as it is. */
export function translateDriverError(error: unknown, queryTimeoutMs: number): unknown {
  if (!(error instanceof Neo4jError)) return error;
  if (UNAVAILABLE_CODES.has(error.code)) return new ServiceUnavailableError(error.code);
  // The driver's pool says so only in words (its code is N/A): every connection is taken, or stuck connecting to
  // a Neo4j that is starting. Not the client's fault, and not a bug of ours: the database cannot serve now.
  if (error.message.startsWith('Connection acquisition timed out')) return new ServiceUnavailableError('no connection to it could be had in time');
  if (TIMEOUT_CODES.has(error.code)) return new TimeoutError(queryTimeoutMs);
  return error;
}

// The read replicas of DATABASE_REPLICA_URLS: readers' queries run on a healthy one, everything
// else on the primary. A background check (bounded by a timeout, once a second) decides which are
// healthy, so a replica that is down or lagging costs a request nothing: readers are sent to
// another replica or to the primary until it is back.
import { performance } from "node:perf_hooks";
import { Pool } from "pg";
import { DataSource, EntityManager } from "typeorm";
import { describeDatabaseUrl } from "../config";
import { createDataSource, STATEMENT_TIMEOUT_MS } from "./data-source";
import { openReadPool } from "./reads";
import { parseLsn, WalHistory } from "./replica-lag";

/** up: serves readers. lagging: reachable but further behind than allowed. down: unreachable (or not yet checked). */
export type ReplicaState = "up" | "lagging" | "down";

/** What /readyz says of a replica. */
export interface ReplicaStatus {
  /** Host, port and database: never the credentials. */
  name: string;
  state: ReplicaState;
  /** Bytes of WAL it has yet to replay, as of the last check. */
  behindBytes?: number;
  /** Why it is down, in a few words. */
  error?: string;
}

/** Where a request's reads run: the handles of one database (see db/reads.ts ReadTarget). */
export interface ReadHandles {
  manager: EntityManager;
  readPool: Pool;
}

/** How often replicas are checked, and how long one check may take before the replica counts as down. */
export const CHECK_INTERVAL_MS = 1_000;
export const CHECK_TIMEOUT_MS = 1_000;

export interface ReplicaSetOptions {
  primaryUrl: string;
  replicaUrls: readonly string[];
  /** Connections of each replica's two pools (as the primary's). */
  poolSize: number;
  maxLagMs: number;
  log: {
    info(message: string, fields?: Record<string, unknown>): void;
    warn(message: string, fields?: Record<string, unknown>): void;
  };
}

/** A pool of one connection that answers within CHECK_TIMEOUT_MS or fails: for health checks only. */
function probePool(url: string, applicationName: string): Pool {
  const pool = new Pool({
    connectionString: url,
    max: 1,
    application_name: applicationName,
    connectionTimeoutMillis: CHECK_TIMEOUT_MS,
    query_timeout: CHECK_TIMEOUT_MS,
    statement_timeout: CHECK_TIMEOUT_MS,
    allowExitOnIdle: true,
  });
  pool.on("error", () => undefined);
  return pool;
}

class Replica {
  readonly name: string;
  readonly probe: Pool;
  /** The prepared reads' pool (db/reads.ts), as the primary's. */
  readonly readPool: Pool;
  /** TypeORM's queries (loaders' batches, searches); initialized once the replica first answers. */
  readonly dataSource: DataSource;
  state: ReplicaState = "down";
  behindBytes?: number;
  error?: string = "not checked yet";
  /** Counts lost connections: a check begun before the latest loss must not mark the replica up. */
  losses = 0;

  constructor(
    readonly url: string,
    poolSize: number,
    onConnectionLost: () => void,
  ) {
    this.name = describeDatabaseUrl(new URL(url));
    this.probe = probePool(url, "newsdesk-replica-check");
    this.readPool = openReadPool({ url, max: poolSize, applicationName: "newsdesk", statementTimeoutMs: STATEMENT_TIMEOUT_MS });
    // An idle connection ended by the server (a replica shutting down or restarting): stop sending
    // readers there now rather than at the next check. (openReadPool's own handler stays.)
    this.readPool.on("error", onConnectionLost);
    this.dataSource = createDataSource({ url, poolSize, applicationName: "newsdesk" });
  }

  status(): ReplicaStatus {
    return { name: this.name, state: this.state, behindBytes: this.behindBytes, error: this.error };
  }
}

interface Position {
  standby: boolean;
  replayed: string | null;
}

export class ReplicaSet {
  private readonly replicas: Replica[];
  private readonly primaryProbe: Pool | undefined;
  private readonly history: WalHistory;
  private next = 0;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private closed = false;

  constructor(private readonly options: ReplicaSetOptions) {
    this.replicas = options.replicaUrls.map((url) => new Replica(url, options.poolSize, () => this.lost(url)));
    this.primaryProbe = this.replicas.length ? probePool(options.primaryUrl, "newsdesk-replica-check") : undefined;
    this.history = new WalHistory(options.maxLagMs);
  }

  /**
   * Checks every replica once (so the first readers already use them), then keeps checking. A
   * replica serves readers only once it has replayed what the primary had written by now: the
   * migrations the API just ran, so readers never meet an older schema than the API's.
   */
  async start(): Promise<void> {
    if (!this.replicas.length) return;
    try {
      this.history.requireAtLeast(parseLsn(await this.primaryPosition()));
    } catch {
      // Without the primary's position replicas are judged by their lag alone.
    }
    await this.check();
    this.schedule();
  }

  /** A healthy replica's handles, in turn; undefined when none is healthy (read the primary). */
  forReaders(): ReadHandles | undefined {
    const healthy = this.replicas.filter((replica) => replica.state === "up");
    if (!healthy.length) return undefined;
    const replica = healthy[this.next++ % healthy.length];
    return { manager: replica.dataSource.manager, readPool: replica.readPool };
  }

  status(): ReplicaStatus[] {
    return this.replicas.map((replica) => replica.status());
  }

  /** One round of checks: the primary's WAL position, then each replica's, all at once. */
  check(): Promise<void> {
    if (this.closed) return Promise.resolve();
    // Overlapping rounds (a lost connection's check during a scheduled one) share the running round.
    this.running ??= this.checkAll().finally(() => (this.running = undefined));
    return this.running;
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.timer);
    await this.running;
    await this.primaryProbe?.end();
    for (const replica of this.replicas) {
      await replica.probe.end();
      await replica.readPool.end();
      if (replica.dataSource.isInitialized) await replica.dataSource.destroy();
    }
  }

  private schedule(): void {
    if (this.closed) return;
    this.timer = setTimeout(() => void this.check().finally(() => this.schedule()), CHECK_INTERVAL_MS);
    // The checks alone never keep the process alive.
    this.timer.unref();
  }

  private lost(url: string): void {
    const replica = this.replicas.find((candidate) => candidate.url === url);
    if (!replica || this.closed) return;
    replica.losses += 1;
    if (replica.state === "down") return;
    this.mark(replica, "down", { error: "connection lost" });
    // A fresh round, after any that is running (it may have asked the replica before the loss).
    void (this.running ?? Promise.resolve()).then(() => this.check());
  }

  private async checkAll(): Promise<void> {
    const now = performance.now();
    try {
      this.history.record(parseLsn(await this.primaryPosition()), now);
    } catch {
      // The primary's own health is /readyz's business; replicas are then judged as reachable or not.
    }
    await Promise.all(this.replicas.map((replica) => this.checkReplica(replica, now)));
  }

  private async primaryPosition(): Promise<string> {
    const { rows } = await this.primaryProbe!.query<{ lsn: string }>("SELECT pg_current_wal_lsn()::text AS lsn");
    return rows[0].lsn;
  }

  private async checkReplica(replica: Replica, now: number): Promise<void> {
    const losses = replica.losses;
    let position: Position;
    try {
      const { rows } = await replica.probe.query<Position>(
        "SELECT pg_is_in_recovery() AS standby, pg_last_wal_replay_lsn()::text AS replayed",
      );
      position = rows[0];
      if (!replica.dataSource.isInitialized) await replica.dataSource.initialize();
    } catch (error) {
      return this.mark(replica, "down", { error: error instanceof Error ? error.message.slice(0, 200) : String(error) });
    }
    if (this.closed || replica.losses !== losses) return;
    // A server that is not replaying WAL (a logical replica, a promoted standby) has no lag to measure.
    if (!position.standby || !position.replayed) return this.mark(replica, "up", {});
    const replayed = parseLsn(position.replayed);
    const required = this.history.required(now);
    const behindBytes = this.history.behind(replayed);
    this.mark(replica, required !== undefined && replayed < required ? "lagging" : "up", { behindBytes });
  }

  private mark(replica: Replica, state: ReplicaState, details: { behindBytes?: number; error?: string }): void {
    const was = replica.state;
    replica.state = state;
    replica.behindBytes = details.behindBytes;
    replica.error = details.error;
    if (was === state) return;
    const fields = { replica: replica.name, was, ...details };
    if (state === "up") this.options.log.info("read replica serves readers", fields);
    else this.options.log.warn(`read replica ${state}; its readers go to another replica or the primary`, fields);
  }
}

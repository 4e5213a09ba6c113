// Where the read path's statements run. A front page is one statement with a dozen correlated
// subqueries: planning it again for every request cost PostgreSQL 4–8 ms, more than running it. So
// the statements of cached plans (read/plans.ts) run as named prepared statements on the read pool,
// whose sessions plan them once, generically; everything else runs as TypeORM's own queries do.
import { Pool } from "pg";
import { EntityManager, ObjectLiteral, QueryFailedError } from "typeorm";
import { PLANNER_OPTIONS } from "./data-source";
import { bind, Bindings, Statement } from "../read/sql";

export interface ReadPoolOptions {
  url: string;
  max: number;
  applicationName: string;
  statementTimeoutMs: number;
  /** How long a connection serves before it is replaced (READ_CONNECTION_LIFETIME_SECONDS). */
  lifetimeSeconds?: number;
}

/**
 * A session's prepared statements live as long as the session. Read connections are replaced after
 * this long, so the statements of plans dropped since (read/plans.ts) are freed with them, and the
 * names given to a stream of one-off documents can be given again (ReadPlans' generations).
 */
export const READ_CONNECTION_LIFETIME_SECONDS = 600;

/**
 * The pool of the prepared reads, opened beside the TypeORM data source (openDatabase) and passed
 * down through the server to each request's context. Its sessions plan named statements once,
 * generically (their parameters are a slug, an id, the visibility time; their subqueries are
 * generic anyway); by default PostgreSQL re-planned them per run, up to 8 ms for a front page.
 * Only on these connections: TypeORM's own queries keep planning with their values.
 */
export function openReadPool(options: ReadPoolOptions): Pool {
  const pool = new Pool({
    connectionString: options.url,
    max: options.max,
    application_name: options.applicationName,
    statement_timeout: options.statementTimeoutMs,
    connectionTimeoutMillis: 10_000,
    maxLifetimeSeconds: options.lifetimeSeconds ?? READ_CONNECTION_LIFETIME_SECONDS,
    options: `${PLANNER_OPTIONS} -c plan_cache_mode=force_generic_plan`,
    // The pool lets the process exit when idle; its owner ends it on close.
    allowExitOnIdle: true,
  });
  // An idle connection that drops is replaced on next use; the error is not a request's.
  pool.on("error", () => undefined);
  return pool;
}

/** What a read runs through: the request's manager (a transaction's, in one) and the read pool. */
export interface ReadTarget {
  manager: EntityManager;
  readPool?: Pool;
}

export interface RunOptions {
  /** Run as this named prepared statement (on the read pool; elsewhere unnamed). */
  name?: string;
  /**
   * Plan it for its parameters' values, each time: for statements whose best plan depends on a
   * value the generic plan can't see, such as how many articles a search matches.
   */
  planEachTime?: boolean;
  /** Run as TypeORM's own queries do, on the data source's pool (a loader's one-off batch). */
  unprepared?: boolean;
  /** Called when the named statement had to be run unnamed: its prepared form was stale. */
  onStale?: () => void;
}

/** The part of node-postgres's Client used here: a query with a statement name. */
interface NodePostgresClient {
  query(config: { name?: string; text: string; values: unknown[] }): Promise<{ rows: ObjectLiteral[] }>;
}

/**
 * A table a prepared statement reads changed shape (a migration, under a running API): PostgreSQL
 * refuses to run the statement's old plan with "cached plan must not change result type".
 */
function isStalePlan(error: unknown): boolean {
  const { code, message } = error as { code?: string; message?: string };
  return code === "0A000" && /cached plan must not change result type/.test(message ?? "");
}

/**
 * Runs `statement` with the values of `bindings`, logged and failing as TypeORM's own queries do
 * (QueryFailedError): in the manager's transaction if it has one; named on the read pool when
 * asked to and there is one; else on a connection of the data source's pool.
 */
export function runRead(target: ReadTarget, statement: Statement, bindings: Bindings, options: RunOptions = {}): Promise<ObjectLiteral[]> {
  return runQuery(target, statement.text, bind(statement, bindings), options);
}

/** As runRead, for SQL written with its values already numbered (a ranking's aggregate). */
export async function runQuery(target: ReadTarget, text: string, values: unknown[], options: RunOptions = {}): Promise<ObjectLiteral[]> {
  const statement = { text };
  const { manager } = target;
  const { connection } = manager;
  const onReadPool = !manager.queryRunner && !options.planEachTime && !options.unprepared && target.readPool;
  const pool = onReadPool ? target.readPool : undefined;
  // Outside a transaction, as TypeORM's own selects: a read replica when replication is configured.
  const runner = pool ? undefined : (manager.queryRunner ?? connection.createQueryRunner(connection.defaultReplicationModeForReads()));
  // Named only on the read pool: in a transaction a stale prepared statement would abort it.
  const name = pool ? options.name : undefined;
  try {
    // A PostgreSQL query runner's connection is a node-postgres client.
    const client: NodePostgresClient = pool ?? ((await runner!.connect()) as NodePostgresClient);
    connection.logger.logQuery(statement.text, values, runner);
    try {
      return (await client.query({ name, text: statement.text, values })).rows;
    } catch (error) {
      if (name && isStalePlan(error)) {
        options.onStale?.();
        return (await client.query({ text: statement.text, values })).rows;
      }
      throw error;
    }
  } catch (error) {
    connection.logger.logQueryError(error as Error, statement.text, values, runner);
    throw new QueryFailedError(statement.text, values, error as Error);
  } finally {
    if (runner && runner !== manager.queryRunner) await runner.release();
  }
}

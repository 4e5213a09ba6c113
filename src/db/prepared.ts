// Named prepared statements for the read path's composed statements (services/prefetch.ts). A
// front page is one statement with a dozen correlated subqueries: parsing and analysing it again
// for every request cost PostgreSQL more than running it. Prepared once per pooled connection, it
// is parsed once; PostgreSQL's plan cache then decides, per statement, whether to keep a generic
// plan or to plan each run with its values.
import { createHash } from "node:crypto";
import { EntityManager, ObjectLiteral, QueryFailedError } from "typeorm";

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

/**
 * Runs `sql` as a named prepared statement on `manager`'s connection (its transaction's, if it has
 * one), logged and failing as TypeORM's own queries do (QueryFailedError).
 */
export async function queryPrepared(manager: EntityManager, sql: string, parameters: unknown[]): Promise<ObjectLiteral[]> {
  const runner = manager.queryRunner ?? manager.connection.createQueryRunner();
  const { logger } = manager.connection;
  try {
    // A PostgreSQL query runner's connection is a node-postgres client.
    const client = (await runner.connect()) as { query(config: { name?: string; text: string; values: unknown[] }): Promise<{ rows: ObjectLiteral[] }> };
    logger.logQuery(sql, parameters, runner);
    try {
      return (await client.query({ name: nameFor(sql), text: sql, values: parameters })).rows;
    } catch (error) {
      logger.logQueryError(error as Error, sql, parameters, runner);
      throw new QueryFailedError(sql, parameters, error as Error);
    }
  } finally {
    if (runner !== manager.queryRunner) await runner.release();
  }
}

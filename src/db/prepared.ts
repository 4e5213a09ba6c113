// Named prepared statements for the read path's composed statements (services/prefetch.ts). A
// front page is one statement with a dozen correlated subqueries: planning it cost PostgreSQL
// 4–8 ms, more than running it. Prepared once per pooled connection, it is planned once and later
// runs reuse the plan (PostgreSQL's plan cache chooses between a generic and a per-run plan).
import { createHash } from "node:crypto";
import { EntityManager, ObjectLiteral, QueryFailedError } from "typeorm";

/**
 * Statement texts that get a name, per process (so per pooled connection at most this many
 * prepared statements). Texts vary with a query's shape, which clients choose: past the cap,
 * statements run unnamed, as any other.
 */
const MAX_NAMED_STATEMENTS = 500;
const names = new Map<string, string>();

function nameFor(sql: string): string | undefined {
  let name = names.get(sql);
  if (!name && names.size < MAX_NAMED_STATEMENTS) {
    name = `newsdesk_${createHash("sha1").update(sql).digest("hex").slice(0, 24)}`;
    names.set(sql, name);
  }
  return name;
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

// Prefetching, the SQL side: a statement that reads parent rows can also read, per row and as
// JSON, the related rows its children will need, so a request is one statement instead of one per
// level of the query. What to prefetch is decided from the GraphQL selection (resolvers/prefetch.ts);
// this module only composes SQL and hands each row's JSON back to whoever asked for it.
import { EntityManager, ObjectLiteral, SelectQueryBuilder } from "typeorm";
import { PlanOptions, queryPrepared } from "../db/prepared";
import { queryAndParameters } from "../db/query-text";
import { rawHydrator } from "./hydration";

/** A parameterised SQL text, parameters numbered $1… */
export interface Statement {
  sql: string;
  parameters: unknown[];
}

/** One relation fetched along with its parent rows. */
export interface Prefetch {
  /** The parent's column the relation hangs off (its id, or a foreign key such as speaker_id). */
  parentColumn: string;
  /**
   * The SQL of the relation's JSON for the parent whose key is the SQL expression `parentKey`, and
   * what receives that JSON for each parent row.
   */
  build(parentKey: string): { json: Statement; receive: (parentKey: string, json: unknown) => void };
}

/** A statement whose rows carry prefetched JSON, and what hands that JSON on, row by row. */
export interface PrefetchingStatement extends Statement {
  receive(rows: readonly ObjectLiteral[]): void;
}

/** Renumbers a statement's parameters to follow `offset` others. */
function shifted(statement: Statement, offset: number): string {
  return offset === 0 ? statement.sql : statement.sql.replace(/\$(\d+)\b/g, (_match, n: string) => `$${Number(n) + offset}`);
}

/**
 * `statement`'s rows, each with one JSON column per prefetch. `alias` is the alias of the rows'
 * entity in `statement` (TypeORM names raw columns alias_column); `depth` keeps the aliases of
 * nested levels apart. Row order is kept: the outer level only adds columns, and PostgreSQL keeps
 * a subquery with ORDER BY or LIMIT as it is.
 */
export function withPrefetches(statement: Statement, alias: string, prefetches: readonly Prefetch[], depth = 0): PrefetchingStatement {
  if (prefetches.length === 0) return { ...statement, receive: () => undefined };
  const level = `prefetch_level_${depth}`;
  const parameters = [...statement.parameters];
  const columns: string[] = [];
  const receivers = prefetches.map((prefetch, index) => {
    const { json, receive } = prefetch.build(`${level}."${alias}_${prefetch.parentColumn}"`);
    columns.push(`(${shifted(json, parameters.length)}) AS "prefetch_${index}"`);
    parameters.push(...json.parameters);
    return { key: `${alias}_${prefetch.parentColumn}`, column: `prefetch_${index}`, receive };
  });
  return {
    sql: `SELECT ${level}.*, ${columns.join(", ")} FROM (${statement.sql}) AS ${level}`,
    parameters,
    receive(rows) {
      for (const { key, column, receive } of receivers) {
        for (const row of rows) {
          const parentKey = row[key] as string | number | null | undefined;
          if (parentKey !== null && parentKey !== undefined) receive(String(parentKey), row[column]);
        }
      }
    },
  };
}

/** The statement of a query builder. */
export function statementOf(qb: SelectQueryBuilder<ObjectLiteral>): Statement {
  const [sql, parameters] = queryAndParameters(qb);
  return { sql, parameters };
}

/** As a JSON array of rows, in order (`rows` as withPrefetches made it). */
export function asJsonArray(rows: Statement): Statement {
  return { sql: `SELECT coalesce(json_agg(related), '[]'::json) FROM (${rows.sql}) AS related`, parameters: rows.parameters };
}

/** As the JSON of the first row, or null. */
export function asJsonObject(rows: Statement): Statement {
  return { sql: `SELECT to_json(related) FROM (${rows.sql}) AS related LIMIT 1`, parameters: rows.parameters };
}

/**
 * Runs a query builder's statement with prefetches through `manager` (the one that made the
 * builder: a request's, or a transaction's): its raw rows, every prefetch already received.
 */
export async function rawRowsWithPrefetches(
  manager: EntityManager,
  qb: SelectQueryBuilder<ObjectLiteral>,
  prefetches: readonly Prefetch[],
  options: PlanOptions = {},
): Promise<ObjectLiteral[]> {
  const statement = withPrefetches(statementOf(qb), qb.alias, prefetches);
  const rows = await queryPrepared(manager, statement.sql, statement.parameters, options);
  statement.receive(rows);
  return rows;
}

/** A lookup (by slug or id) with prefetches: its first row as the builder's entity, or null. */
export async function firstWithPrefetches<T extends ObjectLiteral>(
  manager: EntityManager,
  qb: SelectQueryBuilder<T>,
  prefetches: readonly Prefetch[],
): Promise<T | null> {
  const [row] = await rawRowsWithPrefetches(manager, qb, prefetches);
  return row ? rawHydrator<T>(manager, qb.expressionMap.mainAlias!.target, qb.alias)(row) : null;
}

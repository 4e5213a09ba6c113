// Prefetching, the SQL side: a statement that reads parent rows can also read, per row and as
// JSON, the related rows its children will need, so a request is one statement instead of one per
// level of the query. What to prefetch is decided from the GraphQL selection (read/prefetch.ts);
// this module only composes SQL and hands each row's JSON back to whoever asked for it.
import { ObjectLiteral } from "typeorm";
import type { Loaders } from "../loaders";
import { Bindings, join, raw, sql, Sql } from "../read/sql";

/** What a prefetch's receiver needs of the request it runs for. */
export interface PrefetchRequest {
  loaders: Loaders;
  bindings: Bindings;
}

/** One relation fetched along with its parent rows. */
export interface Prefetch {
  /** The parent row's column the relation hangs off (its id, or a foreign key such as speaker_id). */
  parentColumn: string;
  /**
   * The SQL of the relation's JSON for the parent whose key is the SQL `parentKey`, and what
   * receives that JSON for each parent row of a request.
   */
  build(parentKey: Sql): { json: Sql; receive: (parentKey: string, json: unknown, request: PrefetchRequest) => void };
}

/** Rows whose statement carries prefetched JSON, and what hands that JSON on, row by row. */
export interface PrefetchingRows {
  sql: Sql;
  /** The names of the JSON columns added to the rows' own, in order. */
  added: readonly string[];
  receive: (rows: readonly ObjectLiteral[], request: PrefetchRequest) => void;
}

/**
 * `rows` with one JSON column per prefetch. `alias` is the alias of the rows' entity (columns are
 * named alias_column); `depth` keeps the aliases of nested levels apart. Row order is kept: the
 * outer level only adds columns, and PostgreSQL keeps a subquery with ORDER BY or LIMIT as it is.
 */
export function withPrefetches(rows: Sql, alias: string, prefetches: readonly Prefetch[], depth = 0): PrefetchingRows {
  if (prefetches.length === 0) return { sql: rows, added: [], receive: () => undefined };
  const level = `prefetch_level_${depth}`;
  const columns: Sql[] = [];
  const receivers = prefetches.map((prefetch, index) => {
    const { json, receive } = prefetch.build(raw(`${level}."${alias}_${prefetch.parentColumn}"`));
    columns.push(sql`(${json}) AS ${raw(`"prefetch_${index}"`)}`);
    return { key: `${alias}_${prefetch.parentColumn}`, column: `prefetch_${index}`, receive };
  });
  return {
    sql: sql`SELECT ${raw(level)}.*, ${join(columns, ", ")} FROM (${rows}) AS ${raw(level)}`,
    added: receivers.map((receiver) => receiver.column),
    receive(found, request) {
      for (const { key, column, receive } of receivers) {
        for (const row of found) {
          const parentKey = row[key] as string | number | null | undefined;
          if (parentKey !== null && parentKey !== undefined) receive(String(parentKey), row[column], request);
        }
      }
    },
  };
}

// Prefetched rows travel as JSON arrays of their values, not objects: objects repeat every column's
// name in every row (a person page's 20 quotes came to 8.9 KB, 6.7 KB as arrays), and building
// them was a tenth of the statement's execution. json_build_array takes at most 100 arguments; a
// level selects an entity's columns, a few keys and at most 24 prefetches.
const MAX_ARRAY_VALUES = 100;

function valuesOf(names: readonly string[]): Sql {
  if (names.length === 0 || names.length > MAX_ARRAY_VALUES) throw new Error(`cannot prefetch rows of ${names.length} columns`);
  return raw(`json_build_array(${names.map((name) => `related."${name}"`).join(", ")})`);
}

/** The rows as a JSON array of their values (arrays, `names` in order), in order. */
export function asJsonArray(rows: Sql, names: readonly string[]): Sql {
  return sql`SELECT coalesce(json_agg(${valuesOf(names)}), '[]'::json) FROM (${rows}) AS related`;
}

/** The first row's values as a JSON array (`names` in order), or null. */
export function asJsonRow(rows: Sql, names: readonly string[]): Sql {
  return sql`SELECT ${valuesOf(names)} FROM (${rows}) AS related LIMIT 1`;
}

/** Rows named again from the arrays asJsonArray and asJsonRow deliver. */
export function rowsOf(names: readonly string[], arrays: readonly unknown[][]): ObjectLiteral[] {
  return arrays.map((values) => {
    const row: ObjectLiteral = {};
    for (let index = 0; index < names.length; index += 1) row[names[index]] = values[index];
    return row;
  });
}

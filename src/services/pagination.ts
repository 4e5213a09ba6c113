// Keyset ("cursor") pagination shared by every connection: ordering, opaque cursors, pages for one
// list or for many parents at once (one LATERAL statement), and totals computed only when asked.
import { createHash } from "node:crypto";
import { EntityManager, ObjectLiteral, SelectQueryBuilder } from "typeorm";
import { PlanOptions } from "../db/prepared";
import { queryAndParameters } from "../db/query-text";
import { BadUserInputError } from "../errors";
import { rawHydrator } from "./hydration";
import { Prefetch, rawRowsWithPrefetches } from "./prefetch";

/** One column of an ordering: an SQL expression and the type its cursor value is cast back to. */
export interface SortKey {
  sql: string;
  cast: "timestamptz" | "uuid" | "text" | "float8";
}

/**
 * A total order over a list. All keys share one direction and the last key is unique (the id),
 * so "rows after the cursor" is a single row comparison that a matching index can seek to.
 */
export interface Ordering {
  /** Written into cursors, so a cursor of one ordering is refused by another. */
  name: string;
  keys: SortKey[];
  direction: "ASC" | "DESC";
}

export interface PageArgs {
  first: number;
  after?: string | null;
  /**
   * Read one row past the page to tell whether a next page exists (the default). Resolvers pass
   * false when the query doesn't ask for `hasNextPage`: the extra row cost its own subqueries (on
   * a search, a 21st snippet for 20 results).
   */
  peek?: boolean;
  /**
   * Read each row's cursor values (the default). Resolvers pass false when the query asks for no
   * cursor: a search's cursor computed every match's rank a second time, and a person page's
   * formatted two values per quote.
   */
  cursors?: boolean;
}

/** One page of a list, as the connection types present it. */
export interface Page<T> {
  nodes: T[];
  /** Each node's cursor; throws for a page read without them (PageArgs.cursors false). */
  cursors: string[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  /** Size of the whole list; runs its query only when called. */
  totalCount: () => Promise<number>;
}

/** A short digest of a value an ordering depends on (a search term), to put in its name. */
export function fingerprint(value: string): string {
  return createHash("sha256").update(value).digest("base64url").slice(0, 12);
}

function encodeCursor(ordering: Ordering, values: string[]): string {
  return Buffer.from(JSON.stringify([ordering.name, ...values])).toString("base64url");
}

// What each cast accepts, so a tampered cursor is refused here rather than failing in SQL.
const VALID_VALUE: Record<SortKey["cast"], (value: string) => boolean> = {
  timestamptz: (value) => /^-?infinity$/.test(value) || /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,6})?[+-]\d{2}(:\d{2})?$/.test(value),
  uuid: (value) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value),
  text: (value) => value.length <= 1000 && !value.includes("\u0000"),
  float8: (value) => value.trim() !== "" && Number.isFinite(Number(value)),
};

function decodeCursor(ordering: Ordering, cursor: string): string[] {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    decoded = undefined;
  }
  if (
    !Array.isArray(decoded) ||
    decoded[0] !== ordering.name ||
    decoded.length !== ordering.keys.length + 1 ||
    !decoded.slice(1).every((value, index) => typeof value === "string" && VALID_VALUE[ordering.keys[index].cast](value))
  ) {
    throw new BadUserInputError("after is not a cursor of this list", { after: "not a cursor of this list" });
  }
  return decoded.slice(1) as string[];
}

const CURSOR_ALIAS = "cursor_value";

/**
 * Adds ORDER BY, the cursor columns (unless `cursors` is false), the keyset condition and LIMIT
 * first + 1 (first without peek).
 */
export function orderedPage<T extends ObjectLiteral>(
  base: SelectQueryBuilder<T>,
  ordering: Ordering,
  args: PageArgs,
): SelectQueryBuilder<T> {
  const qb = base.clone();
  ordering.keys.forEach((key, index) => {
    if (args.cursors !== false) qb.addSelect(`(${key.sql})::text`, `${CURSOR_ALIAS}_${index}`);
    qb.addOrderBy(key.sql, ordering.direction);
  });
  if (args.after) {
    const values = decodeCursor(ordering, args.after);
    const params: Record<string, string> = {};
    const placeholders = ordering.keys.map((key, index) => {
      params[`after_${index}`] = values[index];
      return `CAST(:after_${index} AS ${key.cast})`;
    });
    const comparison = ordering.direction === "DESC" ? "<" : ">";
    qb.andWhere(`(${ordering.keys.map((key) => key.sql).join(", ")}) ${comparison} (${placeholders.join(", ")})`, params);
  }
  return qb.limit(args.first + (args.peek === false ? 0 : 1));
}

/** Turns raw rows (with their cursor columns) into a Page. */
export function toPage<T>(
  rows: ObjectLiteral[],
  hydrate: (row: ObjectLiteral) => T,
  ordering: Ordering,
  args: PageArgs,
  totalCount: () => Promise<number>,
): Page<T> {
  const visible = rows.slice(0, args.first);
  let cursors: string[] | undefined;
  return {
    nodes: visible.map(hydrate),
    // Encoded when a client asks for a cursor; most pages are read as nodes only.
    get cursors() {
      if (args.cursors === false) throw new Error("this page was read without cursors: its selection asked for none");
      return (cursors ??= visible.map((row) =>
        encodeCursor(
          ordering,
          ordering.keys.map((_key, index) => row[`${CURSOR_ALIAS}_${index}`] as string),
        ),
      ));
    },
    // Not peeked: nobody asked, and there is no telling.
    hasNextPage: args.peek !== false && rows.length > args.first,
    hasPreviousPage: Boolean(args.after),
    totalCount,
  };
}

function memoize<T>(fn: () => Promise<T>): () => Promise<T> {
  let result: Promise<T> | undefined;
  return () => (result ??= fn());
}

/**
 * One page of a top-level list. `base` holds the list's filters and nothing else; `prefetches`
 * are relations of the page's rows read in the same statement (services/prefetch.ts).
 */
export async function fetchPage<T extends ObjectLiteral>(
  manager: EntityManager,
  base: SelectQueryBuilder<T>,
  ordering: Ordering,
  args: PageArgs,
  prefetches: readonly Prefetch[] = [],
  options: PlanOptions = {},
): Promise<Page<T>> {
  const alias = base.alias;
  const rows = await rawRowsWithPrefetches(manager, orderedPage(base, ordering, args), prefetches, options);
  const count = memoize(async () => base.clone().getCount());
  return toPage(rows, rawHydrator<T>(manager, base.expressionMap.mainAlias!.target, alias), ordering, args, count);
}

/** The SQL name a per-parent query uses for "this parent's id". */
export const PARENT_ID = "parent_ids.id";

/**
 * Runs a per-parent query for many parents in one statement: `inner` refers to the parent as
 * PARENT_ID and is joined LATERAL to the list of parent ids. Rows come back grouped by parent and,
 * within a parent, ordered by the inner column `orderWithinParent`.
 */
async function lateralForParents(
  manager: EntityManager,
  inner: SelectQueryBuilder<ObjectLiteral>,
  parentIds: readonly string[],
  options: { orderWithinParent?: string; planPerParent?: boolean } = {},
): Promise<Map<string, ObjectLiteral[]>> {
  const { orderWithinParent, planPerParent = false } = options;
  const [innerSql, parameters] = queryAndParameters(inner);
  const parent = `$${parameters.length + 1}`;
  const single = planPerParent && parentIds.length === 1;
  const parents = single
    ? `(SELECT ${parent}::uuid AS id, 1::bigint AS parent_position) AS parent_ids`
    : `unnest(${parent}::uuid[]) WITH ORDINALITY AS parent_ids(id, parent_position)`;
  const sql =
    `SELECT parent_ids.id AS parent_id, page.* FROM ${parents} ` +
    `CROSS JOIN LATERAL (${innerSql}) AS page ORDER BY parent_ids.parent_position` +
    (orderWithinParent ? `, page.${orderWithinParent}` : "");
  const rows: ObjectLiteral[] = await manager.query(sql, [...parameters, single ? parentIds[0] : parentIds]);
  const byParent = new Map<string, ObjectLiteral[]>(parentIds.map((id) => [id, []]));
  for (const row of rows) byParent.get(row.parent_id as string)?.push(row);
  return byParent;
}

/** The size of the list under each parent, in one statement; `base` as for fetchPagesForParents. */
export async function countsForParents(
  manager: EntityManager,
  base: SelectQueryBuilder<ObjectLiteral>,
  parentIds: readonly string[],
): Promise<Map<string, number>> {
  const countQuery = base.clone().select("count(*)::int", "total_count");
  const countsByParent = await lateralForParents(manager, countQuery, parentIds);
  return new Map([...countsByParent].map(([id, rows]) => [id, Number(rows[0]?.total_count ?? 0)]));
}

/**
 * The first page (or the page after `args.after`) of a list under each parent, in one statement.
 * `base` builds the list's query for the parent PARENT_ID; `totalOf` gives a parent's total when
 * it is asked for (a batching loader of countsForParents, so all the totals of a request level are
 * one statement).
 *
 * `planPerParent`: when the batch has one parent, pass its id as a plain value so PostgreSQL plans
 * with that parent's statistics. Right where an index is ordered within the parent (a speaker's
 * quotes: the busiest speaker's page went from a 143 ms sort of all their quotes to a 1 ms index
 * walk at 20 000 articles); wrong where it is not (a rare topic at 1 M articles was then planned
 * as a 1.3 s walk of the date index), so callers choose.
 */
export async function fetchPagesForParents<T extends ObjectLiteral>(
  manager: EntityManager,
  base: SelectQueryBuilder<T>,
  ordering: Ordering,
  args: PageArgs,
  parentIds: readonly string[],
  totalOf: (parentId: string) => Promise<number>,
  planPerParent = false,
): Promise<Page<T>[]> {
  // row_number() over the page's own order carries that order out of the LATERAL subquery; it is
  // computed as rows stream from the ordered scan, so the LIMIT still stops the scan early.
  const page = orderedPage(base, ordering, args).addSelect(
    `row_number() OVER (ORDER BY ${ordering.keys.map((key) => `${key.sql} ${ordering.direction}`).join(", ")})`,
    "page_position",
  );
  const rowsByParent = await lateralForParents(manager, page, parentIds, { orderWithinParent: "page_position", planPerParent });
  const hydrate = rawHydrator<T>(manager, base.expressionMap.mainAlias!.target, base.alias);
  return parentIds.map((id) => toPage(rowsByParent.get(id) ?? [], hydrate, ordering, args, () => totalOf(id)));
}

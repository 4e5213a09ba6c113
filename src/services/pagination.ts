// Keyset ("cursor") pagination shared by every connection: ordering, opaque cursors, pages for one
// list or for many parents at once (one LATERAL statement), and totals computed only when asked.
import { createHash } from "node:crypto";
import { ObjectLiteral } from "typeorm";
import { BadUserInputError } from "../errors";
import { runRead, ReadTarget } from "../db/reads";
import { Select } from "../read/select";
import { Arguments, Bindings, compile, join, raw, sql, Sql } from "../read/sql";
import { rawHydrator } from "./hydration";
import { ColumnList } from "./sql";

/** One column of an ordering: an SQL expression and the type its cursor value is cast back to. */
export interface SortKey {
  sql: Sql;
  cast: "timestamptz" | "uuid" | "text" | "float8" | "int";
}

/**
 * A total order over a list. All keys share one direction and the last key is unique (the id),
 * so "rows after the cursor" is a single row comparison that a matching index can seek to.
 */
export interface Ordering {
  /** Written into cursors, so a cursor of one ordering is refused by another. */
  name: string;
  /**
   * The value (a search) a cursor of this ordering is tied to, from the list's arguments: its
   * digest is written into the cursor too, so a relevance cursor serves only its own search.
   */
  tiedTo?: (args: never) => string;
  keys: SortKey[];
  /**
   * Values each row's cursor carries besides its keys, read back by the list's own query on later
   * pages (a relevance search's window: services/article-search.ts). Not compared.
   */
  carried?: SortKey[];
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

/** The name a cursor carries: the ordering's, with the digest of what it is tied to. */
function cursorName(ordering: Ordering, args: unknown): string {
  return ordering.tiedTo ? `${ordering.name}:${fingerprint((ordering.tiedTo as (args: unknown) => string)(args))}` : ordering.name;
}

/** An opaque cursor: the list's name and the row's position in it, as PostgreSQL text values. */
export function encodeCursor(name: string, values: string[]): string {
  return Buffer.from(JSON.stringify([name, ...values])).toString("base64url");
}

// What each cast accepts, so a tampered cursor is refused here rather than failing in SQL.
const VALID_VALUE: Record<SortKey["cast"], (value: string) => boolean> = {
  timestamptz: (value) => /^-?infinity$/.test(value) || /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,6})?[+-]\d{2}(:\d{2})?$/.test(value),
  uuid: (value) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value),
  text: (value) => value.length <= 1000 && !value.includes("\u0000"),
  float8: (value) => value.trim() !== "" && Number.isFinite(Number(value)),
  int: (value) => /^\d{1,15}$/.test(value),
};

/** Every value a row's cursor holds: its keys, then what it carries. */
function cursorColumns(ordering: Ordering): SortKey[] {
  return ordering.carried ? [...ordering.keys, ...ordering.carried] : ordering.keys;
}

/** The values of `cursor`, a cursor of `ordering` for the list `args` describe: keys, then carried values. */
export function cursorValues(ordering: Ordering, cursor: string, args: unknown): string[] {
  return decodeCursor(
    cursorName(ordering, args),
    cursorColumns(ordering).map((key) => key.cast),
    cursor,
  );
}

/**
 * The values of a cursor of the list `name` whose positions have these casts; BAD_USER_INPUT for
 * anything else (another list's cursor, a tampered one).
 */
export function decodeCursor(name: string, casts: readonly SortKey["cast"][], cursor: string): string[] {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    decoded = undefined;
  }
  if (
    !Array.isArray(decoded) ||
    decoded[0] !== name ||
    decoded.length !== casts.length + 1 ||
    !decoded.slice(1).every((value, index) => typeof value === "string" && VALID_VALUE[casts[index]](value))
  ) {
    throw new BadUserInputError("after is not a cursor of this list", { after: "not a cursor of this list" });
  }
  return decoded.slice(1) as string[];
}

const CURSOR_ALIAS = "cursor_value";

/**
 * Adds ORDER BY, the cursor columns (unless `cursors` is false), the keyset condition and LIMIT
 * first + 1 (first without peek). The cursor's values are slots, bound per request; the limit is
 * part of the statement's shape.
 */
export function orderedPage<T extends ObjectLiteral>(base: Select<T>, ordering: Ordering, args: Arguments<PageArgs>): Select<T> {
  const page = base.clone();
  if (args.now.cursors !== false) {
    cursorColumns(ordering).forEach((key, index) => page.add(sql`(${key.sql})::text`, `${CURSOR_ALIAS}_${index}`));
  }
  for (const key of ordering.keys) page.orderBy(key.sql, ordering.direction);
  if (args.now.after) {
    const after = ordering.keys.map(
      (key, index) => sql`CAST(${args.slot((values) => cursorValues(ordering, values.after!, values)[index])} AS ${raw(key.cast)})`,
    );
    const comparison = ordering.direction === "DESC" ? "<" : ">";
    page.where(
      sql`(${join(
        ordering.keys.map((key) => key.sql),
        ", ",
      )}) ${raw(comparison)} (${join(after, ", ")})`,
    );
  }
  const extra = args.now.peek === false ? 0 : 1;
  return page.limit(args.now.first + extra);
}

/**
 * orderedPage, the page found by its rows' keys before any row is read whole: the keys' query
 * (its conditions and order) can then be answered by an index-only walk of a covering index,
 * where a page of whole rows was planned as a bitmap of every row under the parent and a sort. A
 * busy speaker's 20 newest quotes (1 400 in all) took 8–12 ms that way and 0.6 ms keys first.
 */
export function keysFirstPage<T extends ObjectLiteral>(
  base: Select<T>,
  columns: ColumnList | undefined,
  ordering: Ordering,
  args: Arguments<PageArgs>,
  options: { carry?: string[]; where?: Sql } = {},
): Select<T> {
  const carry = options.carry ?? [];
  const keys = orderedPage(
    base.selecting(raw(`${base.alias}.id AS id`), ...carry.map((column) => raw(`${base.alias}.${column} AS ${column}`))),
    ordering,
    {
      now: { ...args.now, cursors: false },
      slot: (read) => args.slot(read),
    },
  );
  const rows = base.rowsWithIds(keys.toSql(), columns, carry);
  if (options.where) rows.where(options.where);
  return orderedPage(rows, ordering, args);
}

/** Turns raw rows (with their cursor columns) into a Page; `args` are this request's. */
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
      const name = cursorName(ordering, args);
      return (cursors ??= visible.map((row) =>
        encodeCursor(
          name,
          cursorColumns(ordering).map((_key, index) => row[`${CURSOR_ALIAS}_${index}`] as string),
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

/** The number of rows `base` selects, in one statement, planned as the list's page is. */
export async function countOf(
  target: ReadTarget,
  base: Select,
  bindings: Bindings,
  options: { planEachTime?: boolean } = {},
): Promise<number> {
  const statement = compile(base.selecting(raw("count(*)::int AS total_count")).toSql());
  const [row] = await runRead(target, statement, bindings, options);
  return Number(row?.total_count ?? 0);
}

/** The SQL name a per-parent query uses for "this parent's id". */
export const PARENT_ID = raw("parent_ids.id");

/**
 * Runs a per-parent query for many parents in one statement: `inner` refers to the parent as
 * PARENT_ID and is joined LATERAL to the list of parent ids. Rows come back grouped by parent and,
 * within a parent, ordered by the inner column `orderWithinParent`.
 */
async function lateralForParents(
  target: ReadTarget,
  inner: Select,
  parentIds: readonly string[],
  bindings: Bindings,
  options: { orderWithinParent?: string; planPerParent?: boolean } = {},
): Promise<Map<string, ObjectLiteral[]>> {
  const { orderWithinParent, planPerParent = false } = options;
  const single = planPerParent && parentIds.length === 1;
  const ids = single ? parentIds[0] : [...parentIds];
  const parents = single
    ? sql`(SELECT ${() => ids}::uuid AS id, 1::bigint AS parent_position) AS parent_ids`
    : sql`unnest(${() => ids}::uuid[]) WITH ORDINALITY AS parent_ids(id, parent_position)`;
  const statement = compile(
    sql`SELECT parent_ids.id AS parent_id, page.* FROM ${parents} CROSS JOIN LATERAL (${inner.toSql()}) AS page ORDER BY parent_ids.parent_position${raw(orderWithinParent ? `, page.${orderWithinParent}` : "")}`,
  );
  const rows = await runRead(target, statement, bindings, { unprepared: true });
  const byParent = new Map<string, ObjectLiteral[]>(parentIds.map((id) => [id, []]));
  for (const row of rows) byParent.get(row.parent_id as string)?.push(row);
  return byParent;
}

/** The size of the list under each parent, in one statement; `base` as for fetchPagesForParents. */
export async function countsForParents(
  target: ReadTarget,
  base: Select,
  parentIds: readonly string[],
  bindings: Bindings,
): Promise<Map<string, number>> {
  const countsByParent = await lateralForParents(target, base.selecting(raw("count(*)::int AS total_count")), parentIds, bindings);
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
  target: ReadTarget,
  base: Select<T>,
  ordering: Ordering,
  args: Arguments<PageArgs>,
  parentIds: readonly string[],
  totalOf: (parentId: string) => Promise<number>,
  bindings: Bindings,
  planPerParent = false,
): Promise<Page<T>[]> {
  // row_number() over the page's own order carries that order out of the LATERAL subquery; it is
  // computed as rows stream from the ordered scan, so the LIMIT still stops the scan early.
  const order = join(
    ordering.keys.map((key) => sql`${key.sql} ${raw(ordering.direction)}`),
    ", ",
  );
  const page = orderedPage(base, ordering, args).add(sql`row_number() OVER (ORDER BY ${order})`, "page_position");
  const rowsByParent = await lateralForParents(target, page, parentIds, bindings, { orderWithinParent: "page_position", planPerParent });
  const hydrate = rawHydrator<T>(base.manager, base.entity, base.alias);
  return parentIds.map((id) => toPage(rowsByParent.get(id) ?? [], hydrate, ordering, args.now, () => totalOf(id)));
}

/** A page of a top-level list and the count of the whole list, when asked for. */
export function pageWithCount<T extends ObjectLiteral>(
  target: ReadTarget,
  base: Select<T>,
  rows: ObjectLiteral[],
  hydrate: (row: ObjectLiteral) => T,
  ordering: Ordering,
  args: PageArgs,
  bindings: Bindings,
  options: { planEachTime?: boolean } = {},
): Page<T> {
  const count = memoize(() => countOf(target, base, bindings, options));
  return toPage(rows, hydrate, ordering, args, count);
}

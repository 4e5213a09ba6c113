// Relevance search that stays flat as the archive grows (docs/search.md): a search ordered by
// RELEVANCE ranks its SEARCH_WINDOW newest matches, not every match. Ranking reads each match's
// search vector, so ranking all of a common word's matches in a million articles took seconds; the
// window bounds that to SEARCH_WINDOW ranks whatever the archive's size.
//
// The window comes from one of three access paths, all in the statement, one run: a GIN bitmap of
// the articles' matches (cheap when few articles match), a walk of the publication-date index
// testing article after article until the window is full (cheap when most match), or, for readers
// searching by words alone, the readers' search index read newest month first (migration
// SearchEntries: cheap when many match, as it visits little more than the window). Which one is
// decided at run time from the planner's statistics (article_search_reader_path for readers,
// article_search_prefers_walk for everyone else); all give the same rows, so the choice changes the
// cost, never the answer. Each article branch is written so that PostgreSQL cannot take the other
// path for it: the bitmap branch orders by the bare published_at, which no index provides, and the
// walk branch tests the match with IS TRUE, which no index answers.
import { EntityManager } from "typeorm";
import { Article } from "../entities";
import { Select } from "../read/select";
import { Arguments, join, raw, Slot, sql, Sql } from "../read/sql";
import type { ListQuery } from "../read/plans";
import { articleOrdering, articleQuery, articleVisibleTo, isRelevanceOrdered, ListArguments, searchTerm } from "./article.service";
import { cursorValues, keysFirstPage, Ordering, PageArgs } from "./pagination";
import { ColumnList } from "./sql";
import { seesUnpublished, Viewer } from "./viewer";

/** How many of a search's newest matches a relevance ordering ranks. */
export const SEARCH_WINDOW = 500;

type SearchArguments = PageArgs & ListArguments;

const PUBLISHED = raw(`coalesce(article.published_at, '-infinity'::timestamptz)`);

/**
 * The cursor of a relevance search: its keys (rank, id), and the oldest member of the window of
 * its first page, so that later pages rank the same candidates (articles published in between
 * join them, as in any list; none drop out of the bottom).
 */
export const RELEVANCE_ORDERING: Omit<Ordering, "tiedTo"> = {
  name: `article:RELEVANCE:DESC:window${SEARCH_WINDOW}`,
  direction: "DESC",
  keys: [
    { sql: raw("article.search_rank"), cast: "float8" },
    { sql: raw("article.id"), cast: "uuid" },
  ],
  carried: [
    { sql: raw("article.window_oldest_published_at"), cast: "timestamptz" },
    { sql: raw("article.window_oldest_id"), cast: "uuid" },
  ],
};

function relevanceOrdering(): Ordering {
  return { ...RELEVANCE_ORDERING, tiedTo: (values: SearchArguments) => searchTerm(values.filter)! };
}

/** A relevance search: its window of ranked matches, the ordering, and how a page of it is read. */
interface RelevanceSearch {
  rows: Select<Article>;
  ordering: Ordering;
  /** A page of the window, when not the window's rows ordered and limited (pagination.orderedPage). */
  page?: (args: Arguments<PageArgs>) => Select<Article>;
}

/**
 * How a search's window is found (article_search_reader_path, article_search_prefers_walk): a GIN
 * bitmap of the articles' matches, a walk of their date index, or the readers' index by month.
 */
type SearchPath = "bitmap" | "walk" | "months";

/** What a window row carries besides the article: its rank and its window's oldest member. */
const WINDOW_COLUMNS = ["search_rank", "window_oldest_published_at", "window_oldest_id"];

/**
 * The articles of a relevance search, to be ordered by RELEVANCE_ORDERING and paged: the window
 * of newest matches, each with its rank. A first page's window holds SEARCH_WINDOW matches; a later
 * page's, the matches no older than its cursor's window, up to twice that (so a forged cursor
 * costs no more than two windows).
 *
 * Readers searching by words alone get the window from the readers' search index, as keys (id,
 * date, rank): the page is chosen among the keys, and only its articles are read whole.
 */
export function relevanceSearch(
  manager: EntityManager,
  viewer: Viewer,
  args: Arguments<SearchArguments>,
  columns?: ColumnList,
): RelevanceSearch {
  const ordering = relevanceOrdering();
  const term = args.slot((values) => searchTerm(values.filter));
  // The parsed search and the path it takes, worked out once per statement (the CTE `search`)
  // and read by every branch and the rank; a branch not taken is never run.
  const query = raw("(SELECT query FROM search)");
  const taken = (path: SearchPath) => sql`(SELECT path FROM search) = ${raw(`'${path}'`)}`;
  const cursor = args.now.after ? windowCursor(args, ordering) : undefined;
  const size = cursor ? 2 * SEARCH_WINDOW : SEARCH_WINDOW;
  const readersIndex = searchesPublishedOnly(viewer, args.now.filter);
  const branch = (path: Exclude<SearchPath, "months">): Sql => {
    // Keys for the readers (their page is read keys first), whole articles otherwise; ranked once
    // limited, so that only the window's vectors are read.
    const kept = readersIndex ? "article.id, article.published_at, article.search_vector" : "article.*";
    const matches = articleQuery(manager, viewer, args, undefined, { withoutSearch: true }).selecting(raw(kept)).where(taken(path));
    if (cursor) matches.where(sql`(${PUBLISHED}, article.id) >= (${cursor.publishedAt}, ${cursor.id})`);
    if (path === "bitmap") {
      matches.where(sql`article.search_vector @@ ${query}`).orderBy(raw("article.published_at"), "DESC", "NULLS LAST");
    } else {
      matches.where(sql`(article.search_vector @@ ${query}) IS TRUE`).orderBy(PUBLISHED, "DESC");
    }
    const limited = matches.orderBy(raw("article.id"), "DESC").limit(size).toSql();
    const columns = readersIndex ? "matches.id, matches.published_at" : "matches.*";
    return sql`SELECT ${raw(columns)}, ts_rank(matches.search_vector, ${query})::float8 AS search_rank FROM (${limited}) AS matches`;
  };
  const branches = [branch("bitmap"), branch("walk")];
  if (readersIndex) branches.unshift(publishedMatches(query, taken("months"), size, cursor));
  const path = readersIndex
    ? sql`article_search_reader_path(${term}, ${raw(String(SEARCH_WINDOW))})`
    : sql`CASE WHEN article_search_prefers_walk(${term}, ${raw(String(SEARCH_WINDOW))}) THEN 'walk' ELSE 'bitmap' END`;
  const window = sql`WITH search AS MATERIALIZED (SELECT websearch_to_tsquery('english', ${term}) AS query, ${path} AS path)
    SELECT search_window.*,
      last_value(coalesce(search_window.published_at, '-infinity'::timestamptz)) OVER newest_first AS window_oldest_published_at,
      last_value(search_window.id) OVER newest_first AS window_oldest_id
    FROM (${join(
      branches.map((one) => sql`(${one})`),
      " UNION ALL ",
    )}) AS search_window
    WINDOW newest_first AS (ORDER BY coalesce(search_window.published_at, '-infinity'::timestamptz) DESC, search_window.id DESC
      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING)`;
  const rows = new Select(manager, Article, "article").from(window);
  if (!readersIndex) return { rows: rows.columns(columns), ordering };
  // Held to the readers' rule once more as whole rows, though the index holds nothing else.
  const page = (pageArgs: Arguments<PageArgs>) =>
    keysFirstPage(rows, columns, ordering, pageArgs, { carry: WINDOW_COLUMNS, where: articleVisibleTo(viewer, "article") });
  return { rows, ordering, page };
}

/**
 * Whether a search can be answered from the readers' search index (migration SearchEntries): it
 * holds published articles by month, so it serves readers searching by words alone; any other
 * filter, and editors' searches (drafts too), read the articles' own index.
 */
function searchesPublishedOnly(viewer: Viewer, filter: SearchArguments["filter"]): boolean {
  if (seesUnpublished(viewer)) return false;
  // Every filter but the words, so that a filter added later cannot be skipped by the index.
  return Object.entries(filter ?? {}).every(([field, value]) => field === "search" || value === null || value === undefined);
}

/** The window's newest matches from the readers' search index, as keys, ranked there. */
function publishedMatches(query: Sql, taken: Sql, size: number, cursor: WindowCursor | undefined): Sql {
  const since = cursor ? sql`${cursor.publishedAt}, ${cursor.id}` : raw("NULL, NULL");
  return sql`SELECT entry.article_id AS id, entry.published_at, entry.search_rank::float8 AS search_rank
    FROM article_search_window(${query}, ${raw(String(size))}, ${since}) AS entry WHERE ${taken}`;
}

interface WindowCursor {
  publishedAt: Sql;
  id: Sql;
}

/** The oldest member of the window the cursor `after` was read from: later pages start there. */
function windowCursor(args: Arguments<SearchArguments>, ordering: Ordering): WindowCursor {
  const carried: Slot[] = [2, 3].map((index) => args.slot((values) => cursorValues(ordering, values.after!, values)[index]));
  return { publishedAt: sql`CAST(${carried[0]} AS timestamptz)`, id: sql`CAST(${carried[1]} AS uuid)` };
}

/**
 * Query.articles: by relevance, the window of newest matches (its totalCount still counts every
 * match); by date, every article the filter selects. A search's plan depends on how many articles
 * match, so a search by date, and the count of any search, is planned for each request's values;
 * the relevance window chooses its path itself and keeps one plan.
 */
export function articleList(
  manager: EntityManager,
  viewer: Viewer,
  args: Arguments<SearchArguments>,
  columns?: ColumnList,
): ListQuery<Article> {
  const all = articleQuery(manager, viewer, args, columns);
  const searching = Boolean(searchTerm(args.now.filter));
  if (isRelevanceOrdered(args.now)) {
    const { rows, ordering, page } = relevanceSearch(manager, viewer, args, columns);
    return { base: rows, ordering, page, planEachTime: false, counted: { rows: all, planEachTime: true } };
  }
  return { base: all, ordering: articleOrdering(args), planEachTime: searching };
}

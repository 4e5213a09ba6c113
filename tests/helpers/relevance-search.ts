// A reader's relevance search as clients page through it, the window SQL says it should rank, and
// the statistics' choice of access path forced one way: shared by the search tests.
import { SEARCH_WINDOW } from "../../src/services/article-search";
import { Identity } from "../../src/services/viewer";
import { dataOf, TestApp } from "./test-app";

export const RELEVANCE_SEARCH = `query($q: String, $first: Int, $after: String) {
  articles(first: $first, after: $after, filter: { search: $q }, orderBy: { field: RELEVANCE, direction: DESC }) {
    totalCount pageInfo { endCursor hasNextPage } nodes { slug }
  }
}`;

export type SearchPage = { totalCount: number; pageInfo: { endCursor: string; hasNextPage: boolean }; nodes: { slug: string }[] };

/** Every page of the search `q`, `first` at a time; `between` runs after each page. */
export async function allPages(
  app: TestApp,
  q: string,
  first: number,
  options: { identity?: Identity; between?: (page: number) => Promise<void> } = {},
): Promise<{ slugs: string[]; pages: number }> {
  const slugs: string[] = [];
  let after: string | null = null;
  let pages = 0;
  do {
    const page: SearchPage = dataOf(await app.execute(RELEVANCE_SEARCH, { q, first, after }, options.identity)).articles;
    pages += 1;
    slugs.push(...page.nodes.map((node) => node.slug));
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    await options.between?.(pages);
  } while (after);
  return { slugs, pages };
}

/** The newest SEARCH_WINDOW matches of a one-word search a reader may see, ranked, as SQL says directly. */
export async function windowRanked(app: TestApp, word: string): Promise<string[]> {
  const rows: { slug: string }[] = await app.dataSource.query(
    `SELECT slug FROM (
       SELECT slug, id, ts_rank(search_vector, websearch_to_tsquery('english', $1))::float8 AS rank FROM article
       WHERE status = 'PUBLISHED' AND published_at <= now() AND search_vector @@ websearch_to_tsquery('english', $1)
       ORDER BY published_at DESC, id DESC LIMIT $2) w
     ORDER BY rank DESC, id DESC`,
    [word, SEARCH_WINDOW],
  );
  return rows.map((row) => row.slug);
}

/**
 * Runs `check` once for each access path a reader's search may take, with
 * article_search_reader_path answering that path, and puts the function back.
 */
export async function forEachReaderPath(app: TestApp, check: (path: string) => Promise<void>): Promise<void> {
  const [{ definition }] = await app.dataSource.query(
    `SELECT pg_get_functiondef('article_search_reader_path(text, integer)'::regprocedure) AS definition`,
  );
  try {
    for (const path of ["bitmap", "walk", "months"]) {
      await app.dataSource.query(
        `CREATE OR REPLACE FUNCTION article_search_reader_path(search text, window_size integer) RETURNS text
         LANGUAGE sql STABLE AS 'SELECT ''${path}''::text'`,
      );
      await check(path);
    }
  } finally {
    await app.dataSource.query(definition);
  }
}

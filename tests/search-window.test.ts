// Relevance search over a window of newest matches (services/article-search.ts, migration
// SearchWindow, docs/search.md): what it ranks, how its pages go on, that its two access paths give
// one answer, and the statistics that choose between them.
import { SEARCH_WINDOW } from "../src/services/article-search";
import { refreshSearchStatistics } from "../src/services/search-statistics";
import {
  allPages as allPagesOf,
  forEachReaderPath,
  RELEVANCE_SEARCH,
  SearchPage,
  windowRanked as windowRankedOf,
} from "./helpers/relevance-search";
import { createTestApp, dataOf, EDITOR, expectErrorCode, TestApp } from "./helpers/test-app";

const MATCHES = SEARCH_WINDOW + 120;

describe("relevance search over the newest matches", () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await createTestApp();
    // Zebra stories an hour apart, newest first by number; how often the word occurs varies, so
    // ranks differ and interleave with age.
    await app.dataSource.query(
      `INSERT INTO article (slug, headline, body, status, published_at)
       SELECT 'zebra-' || g, 'Grassland report ' || g, repeat('zebra ', 1 + (g * 7) % 11) || 'herds crossed the plain near the river',
              'PUBLISHED', now() - g * interval '1 hour'
       FROM generate_series(1, ${MATCHES}) g`,
    );
  });
  afterAll(() => app.close());

  const search = async (variables: Record<string, unknown>, identity = undefined): Promise<SearchPage> =>
    dataOf(await app.execute(RELEVANCE_SEARCH, { q: "zebra", ...variables }, identity)).articles;

  const windowRanked = () => windowRankedOf(app, "zebra");
  const allPages = (first: number, between?: (page: number) => Promise<void>) => allPagesOf(app, "zebra", first, { between });

  it("ranks only the newest matches, in one statement, and counts every match", async () => {
    app.statements.reset();
    const page = await search({ first: 20 });
    expect(app.statements.count).toBe(2); // the page, and totalCount's count of every match
    expect(page.totalCount).toBe(MATCHES);
    expect(page.nodes.map((node) => node.slug)).toEqual((await windowRanked()).slice(0, 20));
  });

  it("pages through exactly the window, then says there is no more", async () => {
    const { slugs, pages } = await allPages(100);
    expect(pages).toBe(SEARCH_WINDOW / 100);
    expect(slugs).toEqual(await windowRanked());
  });

  it("keeps the first page's window while articles are published between pages", async () => {
    const window = await windowRanked();
    let published = 0;
    const { slugs } = await allPages(100, async (page) => {
      if (page !== 2) return;
      // Newer than every window member: a window of the newest 500 would now drop its oldest.
      await app.dataSource.query(
        `INSERT INTO article (slug, headline, body, status, published_at)
         SELECT 'zebra-late-' || g, 'Late grassland report ' || g, 'zebra zebra zebra zebra zebra zebra zebra zebra zebra zebra zebra zebra',
                'PUBLISHED', now() - interval '1 minute'
         FROM generate_series(1, 30) g`,
      );
      published = 30;
    });
    expect(published).toBe(30);
    expect(new Set(slugs).size).toBe(slugs.length);
    expect(slugs.filter((slug) => !slug.startsWith("zebra-late-")).sort()).toEqual([...window].sort());
    await app.dataSource.query(`DELETE FROM article WHERE slug LIKE 'zebra-late-%'`);
  });

  it("answers the same whichever access path the statistics choose", async () => {
    const chosen = await allPages(100);
    await forEachReaderPath(app, async (path) => {
      expect({ path, slugs: (await allPages(100)).slugs }).toEqual({ path, slugs: chosen.slugs });
    });
    // The walk's order is the one the date index gives readers.
    const plan = await app.dataSource.query(
      `EXPLAIN SELECT * FROM article WHERE status = 'PUBLISHED' AND (search_vector @@ websearch_to_tsquery('english', 'zebra')) IS TRUE
       ORDER BY coalesce(published_at, '-infinity'::timestamptz) DESC, id DESC LIMIT 500`,
    );
    expect(JSON.stringify(plan)).toContain("article_status_published_at_idx");
    expect((await allPages(100)).slugs).toEqual(chosen.slugs);
  });

  it("answers editors the same whichever of their access paths the statistics choose", async () => {
    const pages = async () => (await allPagesOf(app, "zebra", 100, { identity: EDITOR })).slugs;
    const chosen = await pages();
    const [{ definition }] = await app.dataSource.query(
      `SELECT pg_get_functiondef('article_search_prefers_walk(text, integer)'::regprocedure) AS definition`,
    );
    try {
      for (const walk of [true, false]) {
        await app.dataSource.query(
          `CREATE OR REPLACE FUNCTION article_search_prefers_walk(search text, window_size integer) RETURNS boolean
           LANGUAGE sql STABLE AS 'SELECT ${walk}'`,
        );
        expect({ walk, slugs: await pages() }).toEqual({ walk, slugs: chosen });
      }
    } finally {
      await app.dataSource.query(definition);
    }
  });

  it("counts editors' unpublished matches, which sort after the published ones in the window", async () => {
    await app.dataSource.query(
      `INSERT INTO article (slug, headline, body, status) VALUES ('zebra-draft', 'Draft', 'zebra zebra zebra zebra zebra zebra zebra zebra zebra zebra zebra zebra zebra', 'DRAFT')`,
    );
    try {
      const asReader = await search({ first: 5 });
      expect(asReader.nodes.map((node) => node.slug)).not.toContain("zebra-draft");
      const asEditor: SearchPage = dataOf(await app.execute(RELEVANCE_SEARCH, { q: "zebra", first: 5 }, EDITOR)).articles;
      expect(asEditor.totalCount).toBe(MATCHES + 1);
      // Unpublished work sorts after published work by date, so it is outside a full window.
      expect(asEditor.nodes.map((node) => node.slug)).not.toContain("zebra-draft");
    } finally {
      await app.dataSource.query(`DELETE FROM article WHERE slug = 'zebra-draft'`);
    }
  });

  it("refuses a tampered cursor and another search's cursor", async () => {
    const { pageInfo } = await search({ first: 5 });
    const values = JSON.parse(Buffer.from(pageInfo.endCursor, "base64url").toString("utf8"));
    const tampered = Buffer.from(JSON.stringify([...values.slice(0, 3), "not a time", values[4]])).toString("base64url");
    expectErrorCode(await app.execute(RELEVANCE_SEARCH, { q: "zebra", first: 5, after: tampered }), "BAD_USER_INPUT");
    expectErrorCode(await app.execute(RELEVANCE_SEARCH, { q: "plain", first: 5, after: pageInfo.endCursor }), "BAD_USER_INPUT");
  });

  it("highlights any of the search's words, around the first of them", async () => {
    const body = `${"Opening paragraph about the weather. ".repeat(60)}The zebra herd moved on. ${"Filler text. ".repeat(80)}A lion watched.`;
    await app.dataSource.query(
      `INSERT INTO article (slug, headline, body, status, published_at) VALUES ('zebra-and-lion', 'Savanna', $1, 'PUBLISHED', now())`,
      [body],
    );
    try {
      const { article } = dataOf(await app.execute(`{ article(slug: "zebra-and-lion") { snippet(search: "lion zebra") } }`));
      // Both words are in the body but far apart: the passage holds one of them, highlighted.
      expect(article.snippet).toContain("<b>zebra</b>");
      expect(article.snippet.startsWith("Opening paragraph")).toBe(false);
    } finally {
      await app.dataSource.query(`DELETE FROM article WHERE slug = 'zebra-and-lion'`);
    }
  });
});

describe("the statistics a search chooses its path by", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
    await app.dataSource.query(
      `INSERT INTO article (slug, headline, body, status, published_at)
       SELECT 'okapi-' || g, 'Forest report ' || g, 'okapi ' || CASE WHEN g % 10 = 0 THEN 'bongo' ELSE 'duiker' END, 'PUBLISHED', now()
       FROM generate_series(1, 400) g`,
    );
  });
  afterAll(() => app.close());

  const prefersWalk = async (search: string, window: number): Promise<boolean> =>
    (await app.dataSource.query(`SELECT article_search_prefers_walk($1, $2) AS walk`, [search, window]))[0].walk;

  it("copies the planner's word shares and walks only for words most articles hold", async () => {
    await app.dataSource.query(`ANALYZE article`);
    expect(await refreshSearchStatistics(app.dataSource)).toBeGreaterThan(0);
    const [okapi] = await app.dataSource.query(`SELECT share FROM article_lexeme_share WHERE lexeme = 'okapi'`);
    expect(okapi.share).toBeGreaterThan(0.9);
    // A window of one article: walking the dates finds a common word at once.
    expect(await prefersWalk("okapi", 1)).toBe(true);
    // ANDed words multiply their shares; unknown words count as rarer than any listed one.
    expect(await prefersWalk("okapi bongo", 20)).toBe(false);
    expect(await prefersWalk("zzzunheardof", 1)).toBe(false);
    expect(await prefersWalk("zzzunheardof or okapi", 1)).toBe(true);
    // A full-size window at this archive's size: every search takes the bitmap.
    expect(await prefersWalk("okapi", SEARCH_WINDOW)).toBe(false);
  });

  it("chooses the bitmap when there are no statistics at all", async () => {
    await app.dataSource.query(`DELETE FROM article_lexeme_share`);
    expect(await prefersWalk("okapi", 1)).toBe(false);
  });
});

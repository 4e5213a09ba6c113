// The readers' search index (migration SearchEntries): published vectors by month, kept by
// triggers on article, read newest month first by article_search_window. What it holds must be
// exactly the published articles, whatever the writes; a relevance search over it must answer what
// a search of the articles themselves answers, across months and pages.
import { Client } from "pg";
import { SEARCH_WINDOW } from "../src/services/article-search";
import { allPages as allPagesOf, forEachReaderPath, windowRanked as windowRankedOf } from "./helpers/relevance-search";
import { createTestApp, dataOf, EDITOR, expectErrorCode, TestApp } from "./helpers/test-app";

describe("the readers' search index", () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());

  /** Rows the index holds that the published articles do not, and the other way round. */
  const disagreements = async (): Promise<unknown[]> =>
    app.dataSource.query(`
      (SELECT 'index only' AS side, article_id, published_at FROM article_search_entry
       EXCEPT SELECT 'index only', id, published_at FROM article WHERE status = 'PUBLISHED')
      UNION ALL
      (SELECT 'articles only', id, published_at FROM article WHERE status = 'PUBLISHED'
       EXCEPT SELECT 'articles only', article_id, published_at FROM article_search_entry)
      UNION ALL
      (SELECT 'stale vector', e.article_id, e.published_at FROM article_search_entry e JOIN article a ON a.id = e.article_id
       WHERE e.search_vector IS DISTINCT FROM a.search_vector)`);

  const partitions = async (): Promise<string[]> =>
    (
      await app.dataSource.query(
        `SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = 'article_search_entry'::regclass ORDER BY 1`,
      )
    ).map((row: { relname: string }) => row.relname);

  it("holds exactly the published articles through publication, edits, moves, unpublication and deletion", async () => {
    expect(await disagreements()).toEqual([]);
    await app.dataSource.query(
      `INSERT INTO article (slug, headline, body, status, published_at) VALUES
         ('tapir-1', 'Tapir one', 'tapir in the forest', 'PUBLISHED', '2024-03-10T12:00:00Z'),
         ('tapir-2', 'Tapir two', 'tapir by the river', 'DRAFT', NULL),
         ('tapir-3', 'Tapir three', 'tapir at night', 'PUBLISHED', '2024-03-31T23:59:59Z')`,
    );
    expect(await disagreements()).toEqual([]);
    expect(await partitions()).toContain("article_search_entry_202403");

    // An edit of published words reaches the index; an edit of a draft does not put it there.
    await app.dataSource.query(`UPDATE article SET body = 'okapi in the forest' WHERE slug = 'tapir-1'`);
    await app.dataSource.query(`UPDATE article SET body = 'okapi by the river' WHERE slug = 'tapir-2'`);
    expect(await disagreements()).toEqual([]);

    // Publication, a new month (its partition made on the way), and back out of it.
    await app.dataSource.query(`UPDATE article SET status = 'PUBLISHED', published_at = '1987-06-01T00:00:00Z' WHERE slug = 'tapir-2'`);
    expect(await partitions()).toContain("article_search_entry_198706");
    await app.dataSource.query(`UPDATE article SET published_at = '2024-04-01T00:00:00Z' WHERE slug = 'tapir-3'`);
    expect(await disagreements()).toEqual([]);

    await app.dataSource.query(`UPDATE article SET status = 'ARCHIVED' WHERE slug = 'tapir-1'`);
    await app.dataSource.query(`DELETE FROM article WHERE slug = 'tapir-2'`);
    expect(await disagreements()).toEqual([]);
    expect(
      await app.dataSource.query(
        `SELECT count(*)::int AS n FROM article_search_entry WHERE article_id IN (SELECT id FROM article WHERE slug LIKE 'tapir-%')`,
      ),
    ).toEqual([{ n: 1 }]);
    await app.dataSource.query(`DELETE FROM article WHERE slug LIKE 'tapir-%'`);
  });

  it("makes a month's partition once when two transactions publish its first articles at the same time", async () => {
    const [first, second] = [app.dataSource.createQueryRunner(), app.dataSource.createQueryRunner()];
    try {
      await first.startTransaction();
      await second.startTransaction();
      await first.query(
        `INSERT INTO article (slug, headline, body, status, published_at) VALUES ('quagga-1', 'Quagga', 'quagga', 'PUBLISHED', '1979-02-03T00:00:00Z')`,
      );
      // The second waits on the first's lock on the month, then finds the partition made.
      const waiting = second.query(
        `INSERT INTO article (slug, headline, body, status, published_at) VALUES ('quagga-2', 'Quagga', 'quagga', 'PUBLISHED', '1979-02-17T00:00:00Z')`,
      );
      await first.commitTransaction();
      await waiting;
      await second.commitTransaction();
    } finally {
      await first.release();
      await second.release();
    }
    expect((await partitions()).filter((name) => name === "article_search_entry_197902")).toHaveLength(1);
    expect(await disagreements()).toEqual([]);
    await app.dataSource.query(`DELETE FROM article WHERE slug LIKE 'quagga-%'`);
  });

  it("refuses a publication time outside the years 1 to 9999 with BAD_USER_INPUT, and takes the extremes", async () => {
    const [{ id }] = await app.dataSource.query(
      `INSERT INTO article (slug, headline, body, status) VALUES ('aurochs', 'Aurochs', 'aurochs', 'IN_REVIEW') RETURNING id`,
    );
    const publish = (publishedAt: string) =>
      app.execute(
        `mutation($id: ID!, $at: DateTime) { publishArticle(id: $id, publishedAt: $at) { status publishedAt } }`,
        { id, at: publishedAt },
        EDITOR,
      );
    // 1 BC once the offset is taken off: a month the index could not tell from 1 AD's.
    expectErrorCode(await publish("0001-01-01T00:30:00+01:00"), "BAD_USER_INPUT");
    expectErrorCode(await publish("0000-06-01T00:00:00Z"), "BAD_USER_INPUT");
    expect(await disagreements()).toEqual([]);
    expect(dataOf(await publish("0001-01-01T00:00:00Z")).publishArticle).toEqual({
      status: "PUBLISHED",
      publishedAt: new Date("0001-01-01T00:00:00.000Z"),
    });
    await app.dataSource.query(`UPDATE article SET status = 'IN_REVIEW' WHERE id = $1`, [id]);
    expect(dataOf(await publish("9999-12-31T23:59:59Z")).publishArticle.status).toBe("PUBLISHED");
    expect(await partitions()).toEqual(expect.arrayContaining(["article_search_entry_000101", "article_search_entry_999912"]));
    expect(await disagreements()).toEqual([]);
    await app.dataSource.query(`DELETE FROM article WHERE id = $1`, [id]);
  });

  describe("a search whose window spans many months", () => {
    // Matches every 11 hours for a year, thick and thin by month, plus a scheduled one; words
    // repeat by number so ranks interleave with age.
    const MATCHES = 800;
    beforeAll(async () => {
      await app.dataSource.query(
        `INSERT INTO article (slug, headline, body, status, published_at)
         SELECT 'ibex-' || g, 'Mountain report ' || g, repeat('ibex ', 1 + (g * 7) % 13) || 'climbed the ridge',
                'PUBLISHED', now() - g * interval '11 hours' - CASE WHEN g % 3 = 0 THEN (g % 40) * interval '1 day' ELSE interval '0' END
         FROM generate_series(1, ${MATCHES}) g`,
      );
      await app.dataSource.query(
        `INSERT INTO article (slug, headline, body, status, published_at)
         VALUES ('ibex-scheduled', 'Tomorrow', 'ibex ibex ibex ibex ibex ibex ibex ibex ibex ibex ibex ibex ibex ibex', 'PUBLISHED', now() + interval '1 day')`,
      );
    });

    const windowRanked = () => windowRankedOf(app, "ibex");
    const allPages = async (first: number) => (await allPagesOf(app, "ibex", first)).slugs;

    it("ranks the same window as the articles' own search, page after page, and leaves out what is scheduled", async () => {
      expect(await partitions()).not.toHaveLength(0);
      const expected = await windowRanked();
      expect(expected).toHaveLength(SEARCH_WINDOW);
      const slugs = await allPages(70);
      expect(slugs).toEqual(expected);
      expect(slugs).not.toContain("ibex-scheduled");
    });

    it("answers the same down each access path the statistics may choose", async () => {
      const chosen = await allPages(100);
      await forEachReaderPath(app, async (path) => {
        expect({ path, slugs: await allPages(100) }).toEqual({ path, slugs: chosen });
      });
    });

    it("holds a reader's relevance search to its other filters, down each access path", async () => {
      const [{ since }] = await app.dataSource.query(`SELECT (now() - interval '30 days') AS since`);
      const query = `query($q: String, $since: DateTime) {
        articles(first: 100, filter: { search: $q, publishedAfter: $since }, orderBy: { field: RELEVANCE, direction: DESC }) { nodes { slug } }
      }`;
      const expected: string[] = (
        await app.dataSource.query(
          `SELECT slug FROM article WHERE status = 'PUBLISHED' AND published_at <= now() AND published_at >= $1
             AND search_vector @@ websearch_to_tsquery('english', 'ibex')`,
          [since],
        )
      ).map((row: { slug: string }) => row.slug);
      expect(expected.length).toBeGreaterThan(0);
      await forEachReaderPath(app, async (path) => {
        const slugs = dataOf(await app.execute(query, { q: "ibex", since: since.toISOString() })).articles.nodes.map(
          (node: { slug: string }) => node.slug,
        );
        expect({ path, slugs: [...slugs].sort() }).toEqual({ path, slugs: [...expected].sort() });
      });
    });

    it("reads the newest months first and stops once the window is full", async () => {
      // The 50 newest matches lie in the newest month or two: no more than the month after them is
      // searched, and the older months' partitions never are. Counted by PostgreSQL for one fresh
      // session, which has done nothing else.
      const session = new Client({ connectionString: (app.dataSource.options as { url: string }).url });
      await session.connect();
      try {
        const { rows } = await session.query(
          `SELECT * FROM article_search_window(websearch_to_tsquery('english', 'ibex'), 50, NULL, NULL)`,
        );
        const { rows: scans } = await session.query<{ relname: string; searched: boolean }>(
          `SELECT relname, idx_scan + seq_scan > 0 AS searched FROM pg_stat_xact_user_tables
           WHERE relname LIKE 'article_search_entry_%' AND relname <= 'article_search_entry_' || to_char(now() AT TIME ZONE 'UTC', 'YYYYMM')
           ORDER BY relname DESC`,
        );
        expect(rows).toHaveLength(50);
        const searched = scans.filter((scan) => scan.searched).map((scan) => scan.relname);
        expect(searched.length).toBeGreaterThan(0);
        expect(searched.length).toBeLessThanOrEqual(3);
        // The ones searched are the newest.
        expect(scans.slice(0, searched.length).map((scan) => scan.relname)).toEqual(searched);
        expect(scans.length).toBeGreaterThanOrEqual(12);
      } finally {
        await session.end();
      }
    });
  });
});

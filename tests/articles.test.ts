import { ArticleStatus } from "../src/entities";
import { byline, makeArticle, makePerson, makeTopic, mention, tag } from "./helpers/factories";
import { createTestApp, dataOf, EDITOR, expectErrorCode, TestApp } from "./helpers/test-app";

const SEED_SLUG = "trump-and-putin-to-hold-first-official-phone-call";

describe("articles", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());

  it("serves the front page with the seed story, its people, attributed quotes and topics", async () => {
    const data = dataOf(
      await app.execute(`{
        articles(first: 5) { edges { node { headline people { name } quotes { text speaker { name } } topics { name } } } }
      }`),
    );
    const seed = data.articles.edges[0].node;
    expect(seed.headline).toBe("Trump and Putin to hold first official phone call");
    expect(seed.people.map((p: { name: string }) => p.name)).toEqual(
      expect.arrayContaining(["Donald Trump", "Vladimir Putin", "Sergei Lavrov"]),
    );
    const speakerOf = (text: string) => seed.quotes.find((q: { text: string }) => q.text.startsWith(text))?.speaker?.name ?? null;
    expect(speakerOf("total nonsense")).toBe("Vladimir Putin");
    expect(speakerOf("If we hear that")).toBe("Sergei Lavrov");
    expect(speakerOf("Now, I don’t know")).toBe("Donald Trump");
    expect(speakerOf("America first")).toBeNull();
    expect(seed.quotes).toHaveLength(10);
    expect(seed.topics.map((t: { name: string }) => t.name)).toEqual(
      expect.arrayContaining(["Sanctions", "NATO", "Election interference", "Terrorism", "US–Russia relations"]),
    );
  });

  it("loads the seed body without the page's boilerplate and with the dateline split off", async () => {
    const { article } = dataOf(
      await app.execute(`query($slug: String) { article(slug: $slug) { dateline body wordCount } }`, { slug: SEED_SLUG }),
    );
    expect(article.dateline).toBe("MOSCOW");
    expect(article.body.startsWith("President Trump and Russian President Vladimir Putin")).toBe(true);
    expect(article.body).not.toContain("Only subscribers are eligible");
    expect(article.body).not.toContain("reset your password");
    expect(article.wordCount).toBe(article.body.split(/\s+/).length);
  });

  it("orders newest published first and pages with stable cursors", async () => {
    const query = `query($after: String) { articles(first: 3, after: $after) {
      totalCount pageInfo { hasNextPage hasPreviousPage endCursor } nodes { slug publishedAt } } }`;
    const seen: { slug: string; publishedAt: string }[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const { articles }: { articles: any } = dataOf(await app.execute(query, { after }));
      expect(articles.pageInfo.hasPreviousPage).toBe(after !== null);
      seen.push(...articles.nodes);
      pages += 1;
      if (!articles.pageInfo.hasNextPage) {
        expect(seen).toHaveLength(articles.totalCount);
        break;
      }
      after = articles.pageInfo.endCursor;
    }
    expect(pages).toBeGreaterThan(1);
    const times = seen.map((a) => Date.parse(a.publishedAt));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    expect(new Set(seen.map((a) => a.slug)).size).toBe(seen.length);
  });

  it("keeps a cursor valid when newer articles are inserted before it", async () => {
    const first = dataOf(await app.execute(`{ articles(first: 2) { pageInfo { endCursor } nodes { slug } } }`));
    const expectedNext = dataOf(
      await app.execute(`query($after: String) { articles(first: 2, after: $after) { nodes { slug } } }`, {
        after: first.articles.pageInfo.endCursor,
      }),
    );
    const newer = await makeArticle(app.dataSource.manager, { publishedAt: new Date() });
    const next = dataOf(
      await app.execute(`query($after: String) { articles(first: 2, after: $after) { nodes { slug } } }`, {
        after: first.articles.pageInfo.endCursor,
      }),
    );
    expect(next.articles.nodes).toEqual(expectedNext.articles.nodes);
    await app.dataSource.manager.delete("article", newer.id);
  });

  it("filters by topic, person and publication window", async () => {
    const bySlugs = async (filter: object) =>
      dataOf(
        await app.execute(`query($filter: ArticleFilter) { articles(filter: $filter) { nodes { slug } } }`, { filter }),
      ).articles.nodes.map((a: { slug: string }) => a.slug);
    expect(await bySlugs({ topic: "sanctions" })).toEqual([SEED_SLUG]);
    expect(await bySlugs({ person: "sergei-lavrov" })).toEqual([SEED_SLUG]);
    expect(await bySlugs({ topic: "sanctions", person: "kim-jong-un" })).toEqual([]);
    expect(await bySlugs({ publishedAfter: "2015-01-01T00:00:00Z", publishedBefore: "2016-01-01T00:00:00Z" })).toEqual([
      "north-korea-puts-military-in-quasi-state-of-war",
    ]);
  });

  it("searches full text in web-search syntax and orders by relevance", async () => {
    const search = async (q: string) =>
      dataOf(
        await app.execute(
          `query($q: String) { articles(filter: { search: $q }, orderBy: { field: RELEVANCE, direction: DESC }) { totalCount nodes { slug } } }`,
          { q },
        ),
      ).articles;
    expect((await search("lavrov terrorism")).nodes.map((a: { slug: string }) => a.slug)).toEqual([SEED_SLUG]);
    expect((await search('"internet explorer" -putin')).nodes.map((a: { slug: string }) => a.slug)).toEqual([
      "microsoft-waits-for-death-of-internet-explorer-6",
    ]);
    expect((await search("zzzunknownword")).totalCount).toBe(0);
  });

  it("highlights the passage matching a search, in the results' own statement", async () => {
    app.statements.reset();
    const { articles } = dataOf(
      await app.execute(`{ articles(filter: { search: "lavrov terrorism" }, orderBy: { field: RELEVANCE, direction: DESC }) {
        nodes { slug snippet(search: "lavrov terrorism") } } }`),
    );
    expect(app.statements.count).toBe(1);
    expect(articles.nodes[0].slug).toBe(SEED_SLUG);
    expect(articles.nodes[0].snippet).toMatch(/<b>Lavrov<\/b>|<b>terrorism<\/b>/);
    const blank = dataOf(await app.execute(`{ articles(first: 1) { nodes { snippet(search: "  ") } } }`));
    expect(blank.articles.nodes[0].snippet).toBeNull();
  });

  it("pages through relevance-ordered results without repeats", async () => {
    const query = `query($after: String) { articles(first: 1, after: $after, filter: { search: "said" },
      orderBy: { field: RELEVANCE, direction: DESC }) { totalCount pageInfo { endCursor hasNextPage } nodes { slug } } }`;
    const slugs: string[] = [];
    let after: string | null = null;
    let total: number;
    do {
      const { articles }: { articles: any } = dataOf(await app.execute(query, { after }));
      total = articles.totalCount;
      slugs.push(...articles.nodes.map((a: { slug: string }) => a.slug));
      after = articles.pageInfo.hasNextPage ? articles.pageInfo.endCursor : null;
    } while (after);
    expect(total).toBeGreaterThan(2);
    expect(slugs).toHaveLength(total);
    expect(new Set(slugs).size).toBe(total);
  });

  it("fetches only the columns a query selects, and serves every path the fields it asks for", async () => {
    app.statements.reset();
    const data = dataOf(
      await app.execute(`{
        articles(first: 3) { nodes { headline } }
        article(slug: "${SEED_SLUG}") { headline wordCount quotes { text article { slug body } } }
      }`),
    );
    // The list's statement reads its three rows (no hasNextPage asked: no row past them).
    const listQuery = app.statements.withNumbers.find((sql) => /LIMIT 3\b/.test(sql))!;
    expect(listQuery).toBeDefined();
    expect(listQuery).toContain("article.headline");
    expect(listQuery).not.toContain("article.body");
    expect(data.article.wordCount).toBeGreaterThan(400);
    expect(data.article.quotes[0].article.body.length).toBeGreaterThan(1000);
  });

  it("lists the byline in order and topics by name", async () => {
    const manager = app.dataSource.manager;
    const article = await makeArticle(manager);
    const [first, second] = [await makePerson(manager, { name: "Zed Writer" }), await makePerson(manager, { name: "Amy Writer" })];
    await byline(manager, article, [first, second]);
    await tag(manager, article, await makeTopic(manager, { name: "Beta" }));
    await tag(manager, article, await makeTopic(manager, { name: "Alpha" }));
    await mention(manager, article, second, 1);
    await mention(manager, article, first, 5);
    const data = dataOf(
      await app.execute(`query($id: ID) { article(id: $id) { authors { name } topics { name } people { name } } }`, { id: article.id }),
    );
    expect(data.article).toEqual({
      authors: [{ name: "Zed Writer" }, { name: "Amy Writer" }],
      topics: [{ name: "Alpha" }, { name: "Beta" }],
      people: [{ name: "Zed Writer" }, { name: "Amy Writer" }],
    });
  });

  it("lets editors filter by status and order by update time", async () => {
    const draft = await makeArticle(app.dataSource.manager, { status: ArticleStatus.DRAFT });
    const { articles } = dataOf(
      await app.execute(
        `{ articles(filter: { status: [DRAFT] }, orderBy: { field: UPDATED_AT, direction: DESC }) { nodes { id status } } }`,
        {},
        EDITOR,
      ),
    );
    expect(articles.nodes[0]).toEqual({ id: draft.id, status: "DRAFT" });
    expect(articles.nodes.every((a: { status: string }) => a.status === "DRAFT")).toBe(true);
  });

  describe("bad input", () => {
    it("refuses first over 100 with BAD_USER_INPUT naming the field", async () => {
      const error = expectErrorCode(await app.execute(`{ articles(first: 101) { totalCount } }`), "BAD_USER_INPUT");
      expect(error.extensions?.fields).toEqual({ first: expect.stringContaining("100") });
    });

    it("refuses a negative first", async () => {
      expectErrorCode(await app.execute(`{ articles(first: -1) { totalCount } }`), "BAD_USER_INPUT");
    });

    it("refuses a malformed cursor and a cursor of another ordering", async () => {
      expectErrorCode(await app.execute(`{ articles(after: "not-a-cursor") { totalCount } }`), "BAD_USER_INPUT");
      const { articles } = dataOf(await app.execute(`{ articles(first: 1) { pageInfo { endCursor } } }`));
      expectErrorCode(
        await app.execute(
          `query($after: String) { articles(after: $after, orderBy: { field: CREATED_AT, direction: DESC }) { totalCount } }`,
          { after: articles.pageInfo.endCursor },
        ),
        "BAD_USER_INPUT",
      );
    });

    it("refuses a well-formed cursor whose values were tampered with", async () => {
      const forged = (values: string[]) => Buffer.from(JSON.stringify(["article:PUBLISHED_AT:DESC", ...values])).toString("base64url");
      for (const values of [["not-a-date", "6f1c1d1e-0000-4000-8000-000000000000"], ["2020-01-01 00:00:00+00", "x"], [], [1, 2] as never]) {
        expectErrorCode(
          await app.execute(`query($after: String) { articles(after: $after) { totalCount } }`, { after: forged(values) }),
          "BAD_USER_INPUT",
        );
      }
    });

    it("refuses a relevance cursor made for another search", async () => {
      const query = `query($q: String, $after: String) { articles(first: 1, after: $after, filter: { search: $q },
        orderBy: { field: RELEVANCE, direction: DESC }) { pageInfo { endCursor } } }`;
      const { articles } = dataOf(await app.execute(query, { q: "said" }));
      expectErrorCode(await app.execute(query, { q: "putin", after: articles.pageInfo.endCursor }), "BAD_USER_INPUT");
    });

    it("refuses RELEVANCE ordering without a search", async () => {
      expectErrorCode(await app.execute(`{ articles(orderBy: { field: RELEVANCE, direction: DESC }) { totalCount } }`), "BAD_USER_INPUT");
    });

    it("refuses a lookup by both id and slug, or neither, and a malformed id", async () => {
      expectErrorCode(await app.execute(`{ article { id } }`), "BAD_USER_INPUT");
      expectErrorCode(await app.execute(`{ article(id: "6f1c1d1e-0000-4000-8000-000000000000", slug: "x") { id } }`), "BAD_USER_INPUT");
      const error = expectErrorCode(await app.execute(`{ article(id: "42") { id } }`), "BAD_USER_INPUT");
      expect(error.extensions?.fields).toEqual({ id: "must be an id (UUID)" });
    });

    it("finds an article by its id written in upper case", async () => {
      const { article } = dataOf(await app.execute(`{ article(slug: "${SEED_SLUG}") { id } }`));
      const upper = dataOf(await app.execute(`query($id: ID) { article(id: $id) { slug } }`, { id: article.id.toUpperCase() }));
      expect(upper.article).toEqual({ slug: SEED_SLUG });
    });

    it("returns null for an article that does not exist", async () => {
      expect(dataOf(await app.execute(`{ article(slug: "no-such-story") { id } }`)).article).toBeNull();
      expect(dataOf(await app.execute(`{ article(id: "6f1c1d1e-0000-4000-8000-000000000000") { id } }`)).article).toBeNull();
    });
  });
});

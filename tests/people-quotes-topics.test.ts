import { makeArticle, makePerson, makeQuote, personBySlug } from "./helpers/factories";
import { createTestApp, dataOf, TestApp } from "./helpers/test-app";

describe("people", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());

  const search = async (text: string) =>
    dataOf(await app.execute(`query($q: String) { people(filter: { search: $q }) { nodes { name } } }`, { q: text })).people.nodes.map(
      (p: { name: string }) => p.name,
    );

  it("finds people by name, alias, prefix and with typos", async () => {
    expect(await search("putin")).toEqual(["Vladimir Putin"]);
    expect(await search("vladimir p")).toEqual(["Vladimir Putin"]);
    expect(await search("Vladmir Putin")).toEqual(["Vladimir Putin"]);
    expect(await search("lavrof")).toEqual(["Sergei Lavrov"]);
    expect(await search("zzzz")).toEqual([]);
  });

  it("treats LIKE wildcards in a search as plain characters", async () => {
    expect(await search("%")).toEqual([]);
    expect(await search("_")).toEqual([]);
  });

  it("lists people by name with cursors", async () => {
    const first = dataOf(await app.execute(`{ people(first: 3) { totalCount pageInfo { endCursor } nodes { name } } }`));
    const rest = dataOf(
      await app.execute(`query($after: String) { people(first: 100, after: $after) { nodes { name } } }`, {
        after: first.people.pageInfo.endCursor,
      }),
    );
    const names = [...first.people.nodes, ...rest.people.nodes].map((p: { name: string }) => p.name);
    expect(names).toHaveLength(first.people.totalCount);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });

  it("answers what a person said, newest first, with where", async () => {
    const { person } = dataOf(
      await app.execute(`{ person(slug: "sergei-lavrov") { name title aliases
        quotes(first: 10, filter: { search: "terrorism" }) { totalCount nodes { text isFragment article { headline } } } } }`),
    );
    expect(person.title).toBe("Foreign Minister of Russia");
    expect(person.aliases).toEqual(["Lavrov"]);
    expect(person.quotes.totalCount).toBe(1);
    expect(person.quotes.nodes[0].text).toMatch(/^If we hear that/);
    expect(person.quotes.nodes[0].isFragment).toBe(false);
    expect(person.quotes.nodes[0].article.headline).toBe("Trump and Putin to hold first official phone call");
  });

  it("pages through a person's quotes newest first", async () => {
    const manager = app.dataSource.manager;
    const speaker = await makePerson(manager);
    const article = await makeArticle(manager);
    const made = [];
    for (let day = 1; day <= 5; day++) {
      made.push(await makeQuote(manager, article, speaker, { createdAt: new Date(Date.UTC(2024, 5, day)) }));
    }
    const page = (after: string | null) =>
      app.execute(
        `query($id: ID, $after: String) { person(id: $id) { quotes(first: 2, after: $after) {
        pageInfo { hasNextPage endCursor } nodes { id } } } }`,
        { id: speaker.id, after },
      );
    const texts: string[] = [];
    let after: string | null = null;
    do {
      const { person }: { person: any } = dataOf(await page(after));
      texts.push(...person.quotes.nodes.map((q: { id: string }) => q.id));
      after = person.quotes.pageInfo.hasNextPage ? person.quotes.pageInfo.endCursor : null;
    } while (after);
    expect(texts).toEqual(made.map((q) => q.id).reverse());
  });
});

describe("quotes", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());

  it("pages through quotes recorded at the same moment, or microseconds apart, without loss", async () => {
    const manager = app.dataSource.manager;
    const speaker = await makePerson(manager);
    const article = await makeArticle(manager);
    const made = [];
    for (let i = 0; i < 7; i++) made.push(await makeQuote(manager, article, speaker, { createdAt: new Date("2024-02-02T10:00:00Z") }));
    // Microsecond precision, which a JavaScript Date cannot hold.
    await manager.query(`UPDATE quote SET created_at = created_at + interval '1 microsecond' WHERE id = $1`, [made[0].id]);
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const { quotes }: { quotes: any } = dataOf(
        await app.execute(
          `query($speaker: String, $after: String) { quotes(first: 2, after: $after, filter: { speaker: $speaker }) {
          pageInfo { hasNextPage endCursor } nodes { id } } }`,
          { speaker: speaker.slug, after },
        ),
      );
      seen.push(...quotes.nodes.map((q: { id: string }) => q.id));
      after = quotes.pageInfo.hasNextPage ? quotes.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toHaveLength(7);
    expect(new Set(seen)).toEqual(new Set(made.map((q) => q.id)));
    expect(seen[0]).toBe(made[0].id);
  });

  it("filters by speaker, topic, article and fragment search", async () => {
    const { article } = dataOf(await app.execute(`{ article(slug: "trump-and-putin-to-hold-first-official-phone-call") { id } }`));
    const { quotes } = dataOf(
      await app.execute(
        `query($article: ID) {
          quotes: quotes(filter: { speaker: "vladimir-putin", topic: "sanctions", article: $article }) { totalCount nodes { text speaker { slug } } }
        }`,
        { article: article.id },
      ),
    );
    expect(quotes.nodes.map((q: { text: string }) => q.text).sort()).toEqual(["total nonsense", "undermine the legitimacy"]);
    expect(quotes.nodes.every((q: { speaker: { slug: string } }) => q.speaker.slug === "vladimir-putin")).toBe(true);
  });

  it("returns a quote with its article, speaker and context", async () => {
    const speaker = await personBySlug(app.dataSource.manager, "donald-trump");
    const { quotes } = dataOf(
      await app.execute(`{ quotes(filter: { speaker: "donald-trump", search: "asset liability" }) { nodes { id } } }`),
    );
    const { quote } = dataOf(
      await app.execute(`query($id: ID!) { quote(id: $id) { text context position status speaker { id } article { slug } } }`, {
        id: quotes.nodes[0].id,
      }),
    );
    expect(quote.speaker.id).toBe(speaker.id);
    expect(quote.article.slug).toBe("trump-and-putin-to-hold-first-official-phone-call");
    expect(quote.status).toBe("CONFIRMED");
    expect(quote.context).toContain("Trump said before his inauguration");
    expect(quote.position).toBeGreaterThan(0);
  });

  it("lists an article's quotes in document order, optionally by status", async () => {
    const { article } = dataOf(
      await app.execute(`{ article(slug: "trump-and-putin-to-hold-first-official-phone-call") {
        all: quotes { position } suggested: quotes(status: SUGGESTED) { id } } }`),
    );
    const positions = article.all.map((q: { position: number }) => q.position);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(article.suggested).toEqual([]);
  });
});

describe("topics", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());

  it("serves the topic tree both ways", async () => {
    const data = dataOf(
      await app.execute(`{ topic(slug: "sanctions") { name parent { slug children { slug } } }
        roots: topics(filter: { root: true }) { nodes { slug parent { slug } } }
        politics: topics(filter: { parent: "politics" }) { nodes { slug } } }`),
    );
    expect(data.topic.parent.slug).toBe("politics");
    expect(data.topic.parent.children.map((c: { slug: string }) => c.slug)).toEqual(["nato", "sanctions", "us-russia-relations"]);
    expect(data.roots.nodes.every((t: { parent: unknown }) => t.parent === null)).toBe(true);
    expect(data.roots.nodes.map((t: { slug: string }) => t.slug)).toContain("politics");
    expect(data.politics.nodes.map((t: { slug: string }) => t.slug).sort()).toEqual(["nato", "sanctions", "us-russia-relations"]);
  });

  it("lists a topic's published articles with the people in them", async () => {
    const { topic } = dataOf(await app.execute(`{ topic(slug: "terrorism") { articles { totalCount nodes { slug people { name } } } } }`));
    expect(topic.articles.totalCount).toBe(2);
    expect(topic.articles.nodes.map((a: { slug: string }) => a.slug)).toEqual([
      "trump-and-putin-to-hold-first-official-phone-call",
      "state-department-official-tells-voa-militants-weapons-are-from-iran",
    ]);
  });

  it("searches topics by name", async () => {
    const { topics } = dataOf(await app.execute(`{ topics(filter: { search: "interfer" }) { nodes { slug } } }`));
    expect(topics.nodes).toEqual([{ slug: "election-interference" }]);
  });
});

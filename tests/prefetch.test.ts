// Prefetching (read/prefetch.ts): the benchmark's pages are one statement each, and what a
// prefetch primes is exactly what the loaders would have loaded, for readers and editors alike.
import fs from "node:fs";
import path from "node:path";
import { ArticleStatus, QuoteStatus } from "../src/entities";
import { Relation, RELATIONS } from "../src/read/relations";
import { byline, makeArticle, makePerson, makeQuote, makeTopic, mention, tag } from "./helpers/factories";
import { createTestApp, dataOf, EDITOR, TestApp } from "./helpers/test-app";

const workload = (name: string) => fs.readFileSync(path.join(__dirname, "..", "bench", "queries", `${name}.graphql`), "utf8");

// Everything an article page can show, asked once by slug (prefetched in the article's statement)
// and once by id (loaded by the loaders, level by level).
const ARTICLE_FIELDS = `
  headline
  topics { name slug parent { name } }
  people { name slug }
  authors { name }
  quotes { text status speaker { name title } article { headline } }
  all: quotes(status: CONFIRMED) { text }
  suggested: quotes(status: SUGGESTED) { text speaker { slug } }`;

const PERSON_FIELDS = `
  name
  quotes(first: 3) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { text article { headline topics { name } } } } }
  articles(first: 2) { totalCount nodes { headline people { name } quotes { speaker { name } } } }`;

const TOPIC_FIELDS = `name parent { slug } articles(first: 2) { pageInfo { hasNextPage endCursor } nodes { headline people { name } } }`;

// On both engines: the prefetched values reach resolvers synchronously, and graphql-js and the
// compiled queries (src/execution.ts) hand resolvers their selection differently.
describe.each([
  ["compiled queries", 0],
  ["graphql-js", Infinity],
])("prefetching, %s", (_engine, compileQueriesAfter) => {
  let app: TestApp;
  let articleSlug: string;
  let articleId: string;
  let speakerSlug: string;
  let speakerId: string;
  let topicSlug: string;
  let topicId: string;

  beforeAll(async () => {
    app = await createTestApp({}, { compileQueriesAfter });
    const manager = app.dataSource.manager;
    const parent = await makeTopic(manager, { name: "Prefetch parent" });
    const topic = await makeTopic(manager, { name: "Prefetch topic", parentId: parent.id });
    const other = await makeTopic(manager, { name: "Another prefetch topic" });
    const speaker = await makePerson(manager, { name: "Prefetch Speaker", title: "Minister" });
    const quiet = await makePerson(manager, { name: "Prefetch Quiet" });
    const writer = await makePerson(manager, { name: "Prefetch Writer" });
    const hidden = await makePerson(manager, { name: "Prefetch Only In A Draft" });
    let last = undefined as Awaited<ReturnType<typeof makeArticle>> | undefined;
    for (let day = 1; day <= 4; day++) {
      const article = await makeArticle(manager, { publishedAt: new Date(Date.UTC(2025, 2, day)) });
      await tag(manager, article, topic);
      if (day % 2) await tag(manager, article, other);
      await mention(manager, article, quiet, 1);
      await mention(manager, article, speaker, 5);
      await byline(manager, article, [writer]);
      await makeQuote(manager, article, speaker, { position: 2 });
      await makeQuote(manager, article, quiet, { position: 1 });
      await makeQuote(manager, article, null, { position: 3 });
      await makeQuote(manager, article, hidden, { status: QuoteStatus.SUGGESTED, position: 4 });
      await makeQuote(manager, article, speaker, { status: QuoteStatus.REJECTED });
      last = article;
    }
    const draft = await makeArticle(manager, { status: ArticleStatus.DRAFT, publishedAt: null });
    await tag(manager, draft, topic);
    await mention(manager, draft, hidden);
    await makeQuote(manager, draft, speaker);
    articleSlug = last!.slug;
    articleId = last!.id;
    speakerSlug = speaker.slug;
    speakerId = speaker.id;
    topicSlug = topic.slug;
    topicId = topic.id;
  });
  afterAll(() => app.close());

  async function statementsOf(query: string, variables: Record<string, unknown> = {}): Promise<number> {
    app.statements.reset();
    dataOf(await app.execute(query, variables));
    return app.statements.count;
  }

  // Every entry of the relation registry, read in one statement with its parent (prefetched) and
  // level by level (loaders), for readers and editors: the answers must be the same.
  describe.each([
    ["a reader", undefined],
    ["an editor", EDITOR],
  ])("for %s, every registry entry", (_who, identity) => {
    const selectionOf = (relation: Relation): string => {
      if (relation.kind === "page") return `${relation.field}(first: 3) { nodes { id } pageInfo { hasNextPage } }`;
      if (relation.kind === "value") return relation.field === "snippet" ? `${relation.field}(search: "test article")` : relation.field;
      if (relation.kind === "list" && relation.target === "ArticleRevision") return `${relation.field} { version }`;
      return `${relation.field} { id }`;
    };
    it.each(RELATIONS.map((relation) => [`${relation.parent}.${relation.field}`, relation] as const))(
      "%s: prefetched equals loaded",
      async (_name, relation) => {
        const field = selectionOf(relation);
        const ids: Record<string, string> = { Article: articleId, Person: speakerId, Topic: topicId };
        const slugs: Record<string, string> = { Article: articleSlug, Person: speakerSlug, Topic: topicSlug };
        let prefetched: unknown;
        let loaded: unknown;
        if (relation.parent === "Quote") {
          const quotes = dataOf(
            await app.execute(`query($id: ID!) { article(id: $id) { quotes { id ${field} } } }`, { id: articleId }, identity),
          ).article.quotes as { id: string }[];
          expect(quotes.length).toBeGreaterThan(0);
          app.statements.reset();
          prefetched = await Promise.all(
            quotes.map(
              async (quote) =>
                dataOf(await app.execute(`query($id: ID!) { quote(id: $id) { id ${field} } }`, { id: quote.id }, identity)).quote,
            ),
          );
          expect(app.statements.count).toBe(quotes.length);
          loaded = quotes;
        } else {
          const name = relation.parent.toLowerCase();
          app.statements.reset();
          prefetched = dataOf(
            await app.execute(`query($slug: String!) { ${name}(slug: $slug) { ${field} } }`, { slug: slugs[relation.parent] }, identity),
          )[name];
          // Revisions are not read at all for readers; everything else rides in the one statement.
          expect(app.statements.count).toBe(1);
          loaded = dataOf(await app.execute(`query($id: ID!) { ${name}(id: $id) { ${field} } }`, { id: ids[relation.parent] }, identity))[
            name
          ];
        }
        expect(prefetched).toEqual(loaded);
      },
    );
  });

  it("answers each page of the benchmark workload in one statement", async () => {
    expect(await statementsOf(workload("FrontPage"))).toBe(1);
    expect(await statementsOf(workload("ArticleBySlug"), { slug: articleSlug })).toBe(1);
    expect(await statementsOf(workload("PersonPage"), { slug: speakerSlug })).toBe(1);
    expect(await statementsOf(workload("TopicPage"), { slug: topicSlug })).toBe(1);
    expect(await statementsOf(workload("Search"), { q: "test article" })).toBe(1);
  });

  it.each([
    ["a reader", undefined],
    ["an editor", EDITOR],
  ])("primes for %s exactly what the loaders would load", async (_who, identity) => {
    app.statements.reset();
    const bySlug = await app.execute(
      `query($article: String!, $person: String!, $topic: String!) {
        article(slug: $article) { ${ARTICLE_FIELDS} } person(slug: $person) { ${PERSON_FIELDS} } topic(slug: $topic) { ${TOPIC_FIELDS} } }`,
      { article: articleSlug, person: speakerSlug, topic: topicSlug },
      identity,
    );
    // One statement per root field, and a count for each of the two totals.
    expect(app.statements.count).toBe(5);
    const byId = await app.execute(
      `query($article: ID!, $person: ID!, $topic: ID!) {
        article(id: $article) { ${ARTICLE_FIELDS} } person(id: $person) { ${PERSON_FIELDS} } topic(id: $topic) { ${TOPIC_FIELDS} } }`,
      { article: articleId, person: speakerId, topic: topicId },
      identity,
    );
    expect(dataOf(bySlug)).toEqual(dataOf(byId));
    const { article, person } = dataOf(bySlug);
    // The data is really there, in the loaders' order: most mentioned first, quotes in text order.
    expect(article.people.map((p: { name: string }) => p.name)).toEqual(["Prefetch Speaker", "Prefetch Quiet"]);
    expect(article.quotes.slice(0, 2).map((q: { speaker: { name: string } }) => q.speaker.name)).toEqual([
      "Prefetch Quiet",
      "Prefetch Speaker",
    ]);
    expect(article.topics.find((t: { name: string }) => t.name === "Prefetch topic").parent.name).toBe("Prefetch parent");
    expect(person.quotes.totalCount).toBe(identity ? 9 : 4);
    // Readers never see suggested quotes, nor the person only a draft names.
    if (!identity) expect(article.suggested).toEqual([]);
    else expect(article.suggested.map((q: { speaker: { slug: string } }) => q.speaker.slug)).toHaveLength(1);
  });

  it("reads the row past a page only when the query asks for hasNextPage, however spelled", async () => {
    const limits = () => app.statements.withNumbers.map((sql) => [...sql.matchAll(/LIMIT (\d+)/g)].map((match) => Number(match[1])));
    const run = async (query: string) => {
      app.statements.reset();
      const data = dataOf(await app.execute(query, { slug: speakerSlug }));
      return { data, limits: limits().flat() };
    };
    // The speaker has 4 quotes a reader sees; pages of 2.
    const plain = await run(`query($slug: String!) { person(slug: $slug) { quotes(first: 2) { nodes { text } pageInfo { endCursor } } } }`);
    expect(plain.limits).toContain(2);
    expect(plain.limits).not.toContain(3);
    expect(plain.data.person.quotes.nodes).toHaveLength(2);
    const spellings = [
      `query($slug: String!) { person(slug: $slug) { quotes(first: 2) { nodes { text } pageInfo { hasNextPage } } } }`,
      `query($slug: String!) { person(slug: $slug) { quotes(first: 2) { ...Page } } } fragment Page on QuoteConnection { pageInfo { more: hasNextPage } }`,
      `query($slug: String!) { person(slug: $slug) { quotes(first: 2) { ... on QuoteConnection { info: pageInfo { ... on PageInfo { hasNextPage } } } } } }`,
    ];
    for (const query of spellings) {
      const asked = await run(query);
      expect(asked.limits).toContain(3);
      expect(JSON.stringify(asked.data)).toContain(":true");
    }
    // Root lists too: the last page says so.
    const last = dataOf(await app.execute(`{ topics(first: 100) { pageInfo { hasNextPage } nodes { id } } }`));
    expect(last.topics.pageInfo.hasNextPage).toBe(false);
    const more = dataOf(await app.execute(`{ topics(first: 1) { pageInfo { hasNextPage } } }`));
    expect(more.topics.pageInfo.hasNextPage).toBe(true);
  });

  it("reads cursor values only when the query asks for a cursor, however spelled", async () => {
    const run = async (query: string, variables: Record<string, unknown> = {}) => {
      app.statements.reset();
      const data = dataOf(await app.execute(query, { slug: speakerSlug, ...variables }));
      const { statements } = app.statements;
      return { data, statements: statements.length, readsCursors: statements.some((sql) => sql.includes("cursor_value_")) };
    };
    // Prefetched with the person either way: the resolver asks its loader for the same page.
    const nodesOnly = await run(
      `query($slug: String!) { person(slug: $slug) { quotes(first: 2) { nodes { text } pageInfo { hasNextPage } edges { node { id } } } } }`,
    );
    expect(nodesOnly).toMatchObject({ readsCursors: false, statements: 1 });
    expect(nodesOnly.data.person.quotes.nodes).toHaveLength(2);
    const withCursors = await run(`query($slug: String!) { person(slug: $slug) { quotes(first: 2) { edges { cursor node { id } } } } }`);
    expect(withCursors).toMatchObject({ readsCursors: true, statements: 1 });
    const included = `query($slug: String!, $c: Boolean!) { person(slug: $slug) { quotes(first: 2) { edges { cursor @include(if: $c) node { id } } } } }`;
    expect(await run(included, { c: false })).toMatchObject({ readsCursors: false });
    const asked = await run(included, { c: true });
    expect(asked.readsCursors).toBe(true);
    expect(asked.data.person.quotes.edges[0].cursor).toEqual(withCursors.data.person.quotes.edges[0].cursor);
    const topic = await run(workload("TopicPage"), { slug: topicSlug });
    expect(topic).toMatchObject({ readsCursors: false, statements: 1 });
    const root = await run(
      `{ articles(first: 2, filter: { search: "test article" }, orderBy: { field: RELEVANCE, direction: DESC }) { nodes { headline } } }`,
    );
    expect(root.readsCursors).toBe(false);
    expect(root.data.articles.nodes).toHaveLength(2);

    const spellings = [
      `query($slug: String!) { person(slug: $slug) { quotes(first: 2) { edges { cursor } } } }`,
      `query($slug: String!) { person(slug: $slug) { quotes(first: 2) { pageInfo { endCursor } } } }`,
      `query($slug: String!) { person(slug: $slug) { quotes(first: 2) { ...Page } } } fragment Page on QuoteConnection { info: pageInfo { at: startCursor } }`,
      `query($slug: String!) { person(slug: $slug) { quotes(first: 2) { ... on QuoteConnection { items: edges { ... on QuoteEdge { position: cursor } } } } } }`,
    ];
    for (const query of spellings) {
      const asked = await run(query);
      expect(asked.readsCursors).toBe(true);
      expect(JSON.stringify(asked.data)).toMatch(/"[A-Za-z0-9_-]{20,}"/);
    }

    // The same list under two names, one with cursors and one without: each gets what it asked
    // for, and the cursor leads to the rest of the list.
    // One count serves both: a list's size does not depend on what its page reads.
    const both = await run(`query($slug: String!) { person(slug: $slug) {
      plain: quotes(first: 2) { totalCount nodes { text } }
      paged: quotes(first: 2) { totalCount nodes { text } pageInfo { endCursor } } } }`);
    expect(both.statements).toBe(2);
    expect(both.data.person.paged.totalCount).toBe(4);
    expect(both.data.person.plain).toEqual({ totalCount: 4, nodes: both.data.person.paged.nodes });
    const rest = dataOf(
      await app.execute(
        `query($slug: String!, $after: String) { person(slug: $slug) { quotes(first: 10, after: $after) { nodes { text } } } }`,
        {
          slug: speakerSlug,
          after: both.data.person.paged.pageInfo.endCursor,
        },
      ),
    );
    const all = dataOf(
      await app.execute(`query($slug: String!) { person(slug: $slug) { quotes(first: 10) { nodes { text } } } }`, { slug: speakerSlug }),
    );
    expect([...both.data.person.paged.nodes, ...rest.person.quotes.nodes]).toEqual(all.person.quotes.nodes);
  });

  it("leaves what it does not handle to the loaders, with the same answers", async () => {
    const first = dataOf(await app.execute(`query($slug: String!) { topic(slug: $slug) { ${TOPIC_FIELDS} } }`, { slug: topicSlug }));
    const after = first.topic.articles.pageInfo.endCursor;
    // A cursor, a filter, and one field asked twice under different names with different selections.
    const query = `query($slug: String!, $after: String) {
      topic(slug: $slug) {
        next: articles(first: 2, after: $after) { nodes { headline } }
        filtered: articles(first: 5, filter: { person: "${"prefetch-quiet"}" }) { nodes { headline } }
        newest: articles(first: 1) { nodes { headline a: people { name } b: people { slug } } }
      }
    }`;
    const { topic } = dataOf(await app.execute(query, { slug: topicSlug, after }));
    expect(topic.next.nodes).toHaveLength(2);
    expect(topic.next.nodes[0].headline).not.toBe(first.topic.articles.nodes[1].headline);
    expect(topic.newest.nodes[0].a.map((p: { name: string }) => p.name)).toEqual(["Prefetch Speaker", "Prefetch Quiet"]);
    expect(topic.newest.nodes[0].b).toHaveLength(2);
    expect(topic.newest.nodes[0].b[0].slug).toBe(speakerSlug);
  });

  it("keeps a statement's subqueries bounded however many times a query repeats a field", async () => {
    const aliases = Array.from({ length: 60 }, (_, i) => `t${i}: topics { name }`).join(" ");
    app.statements.reset();
    const { article } = dataOf(await app.execute(`query($slug: String!) { article(slug: $slug) { ${aliases} } }`, { slug: articleSlug }));
    // 24 aliases are prefetched; the others ask the same loader with the same arguments, primed.
    expect(app.statements.count).toBe(1);
    expect(app.statements.statements[0].match(/AS "prefetch_\d+"/g)).toHaveLength(24);
    expect(new Set(Object.values(article).map((topics) => JSON.stringify(topics))).size).toBe(1);
    expect(article.t59.length).toBeGreaterThan(0);
  });

  it("prefetches only what the query will resolve (@skip, @include)", async () => {
    const query = `query($slug: String!, $with: Boolean!) { article(slug: $slug) { headline topics @include(if: $with) { name } } }`;
    expect(await statementsOf(query, { slug: articleSlug, with: false })).toBe(1);
    // Left out: the article's statement carries no subquery for it.
    expect(app.statements.statements[0]).not.toMatch(/AS "prefetch_\d+"/);
    expect(dataOf(await app.execute(query, { slug: articleSlug, with: false })).article.topics).toBeUndefined();
    expect(await statementsOf(query, { slug: articleSlug, with: true })).toBe(1);
    expect(app.statements.statements[0]).toMatch(/AS "prefetch_0"/);
    expect(dataOf(await app.execute(query, { slug: articleSlug, with: true })).article.topics.length).toBeGreaterThan(0);
  });
});

// Read plans (src/read/plans.ts) are kept per document and shape: values don't make new plans,
// what changes the SQL does.
describe("read plans", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());

  const SEARCH = `query($q: String, $first: Int, $order: ArticleOrderField!) {
    articles(first: $first, filter: { search: $q }, orderBy: { field: $order, direction: DESC }) { nodes { headline } }
  }`;

  it("keeps one plan for every search term, and another for each page size or order", async () => {
    const misses = () => app.server.plans.stats.misses;
    const start = misses();
    for (const q of ["refugee camps", "NATO", "SANCTIONS", "Putin", "a b c"]) {
      dataOf(await app.execute(SEARCH, { q, first: 5, order: "RELEVANCE" }));
    }
    expect(misses() - start).toBe(1);
    dataOf(await app.execute(SEARCH, { q: "NATO", first: 6, order: "RELEVANCE" }));
    dataOf(await app.execute(SEARCH, { q: "NATO", first: 6, order: "PUBLISHED_AT" }));
    dataOf(await app.execute(SEARCH, { q: "   ", first: 6, order: "PUBLISHED_AT" }));
    expect(misses() - start).toBe(4);
  });

  it("keeps apart what a condition tests: an empty cursor, a blank one, and none", async () => {
    const PAGE = `query($after: String) { articles(first: 2, after: $after) { nodes { id } } }`;
    expect((await app.execute(PAGE, { after: " " })).errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const firstPage = dataOf(await app.execute(PAGE, {})).articles.nodes;
    expect(dataOf(await app.execute(PAGE, { after: "" })).articles.nodes).toEqual(firstPage);
    expect(dataOf(await app.execute(PAGE, { after: null })).articles.nodes).toEqual(firstPage);
  });

  it("answers each value of a kept plan with that value's rows", async () => {
    const QUOTES = `query($slug: String!) { person(slug: $slug) { slug quotes(first: 2) { nodes { text } } } }`;
    const slugs = (
      await app.dataSource.query<{ slug: string }[]>(
        `SELECT DISTINCT p.slug FROM person p JOIN quote q ON q.speaker_id = p.id JOIN article a ON a.id = q.article_id WHERE q.status = 'CONFIRMED' AND a.status = 'PUBLISHED' AND a.published_at <= now()`,
      )
    ).map((row) => row.slug);
    expect(slugs.length).toBeGreaterThan(2);
    for (const slug of slugs) expect(dataOf(await app.execute(QUOTES, { slug })).person.slug).toBe(slug);
  });
});

// Readers (no token) see published work only, by every path into the graph.
import { Article, ArticleStatus, Person, Quote, QuoteStatus, Topic } from "../src/entities";
import { makeArticle, makePerson, makeQuote, makeTopic, mention, tag } from "./helpers/factories";
import { operationNamed } from "./helpers/operations";
import { createTestApp, dataOf, EDITOR, TestApp } from "./helpers/test-app";

// Readers' visibility is decided in SQL, whichever engine runs the query: the first suite runs
// graphql-js (a query's first sightings), the second the compiled queries (its repeats).
describe("what readers see", () => {
  let app: TestApp;
  let topic: Topic;
  let person: Person;
  let published: Article;
  let hidden: Article[];
  let hiddenQuotes: Quote[];
  let rejected: Quote;
  let suggested: Quote;

  beforeAll(async () => {
    app = await createTestApp({}, { compileQueriesAfter: Infinity });
    const manager = app.dataSource.manager;
    topic = await makeTopic(manager);
    person = await makePerson(manager, { name: "Visibility Person" });
    const make = (values: Partial<Article>) => makeArticle(manager, { body: "The secret word is zanzibarite.", ...values });
    published = await make({ status: ArticleStatus.PUBLISHED });
    hidden = [
      await make({ status: ArticleStatus.DRAFT }),
      await make({ status: ArticleStatus.IN_REVIEW }),
      await make({ status: ArticleStatus.ARCHIVED }),
      // Scheduled: published, but its moment has not come.
      await make({ status: ArticleStatus.PUBLISHED, publishedAt: new Date(Date.now() + 86_400_000) }),
    ];
    hiddenQuotes = [];
    for (const article of [published, ...hidden]) {
      await tag(manager, article, topic);
      await mention(manager, article, person);
      const quote = await makeQuote(manager, article, person);
      if (article !== published) hiddenQuotes.push(quote);
    }
    rejected = await makeQuote(manager, published, person, { status: QuoteStatus.REJECTED });
    suggested = await makeQuote(manager, published, person, { status: QuoteStatus.SUGGESTED });
  });
  afterAll(() => app.close());

  const ids = (nodes: { id: string }[]) => nodes.map((node) => node.id).sort();

  const EVERY_PATH = `query Paths($personId: ID, $topicId: ID, $articleFilter: ArticleFilter) {
    articles(first: 100, filter: $articleFilter) { totalCount nodes { id quotes { id } } }
    search: articles(filter: { search: "zanzibarite" }) { totalCount nodes { id } }
    person(id: $personId) {
      articles { totalCount nodes { id } }
      quotes { totalCount nodes { id article { id } } }
    }
    topic(id: $topicId) { articles { totalCount nodes { id } } }
    quotes(first: 100, filter: { search: "test quote" }) { totalCount nodes { id } }
  }`;

  async function everyPath(viewer?: typeof EDITOR) {
    return dataOf(await app.execute(EVERY_PATH, { personId: person.id, topicId: topic.id, articleFilter: { topic: topic.slug } }, viewer));
  }

  it("hides drafts, work in review, archived and scheduled articles, their quotes and unconfirmed quotes", async () => {
    const data = await everyPath();
    const visibleArticles = [published.id];
    expect(ids(data.articles.nodes)).toEqual(visibleArticles);
    expect(data.articles.totalCount).toBe(1);
    expect(ids(data.search.nodes)).toEqual(visibleArticles);
    expect(data.search.totalCount).toBe(1);
    expect(ids(data.person.articles.nodes)).toEqual(visibleArticles);
    expect(data.person.articles.totalCount).toBe(1);
    expect(ids(data.topic.articles.nodes)).toEqual(visibleArticles);
    expect(data.topic.articles.totalCount).toBe(1);

    const visibleQuoteIds = data.articles.nodes[0].quotes.map((q: { id: string }) => q.id);
    expect(visibleQuoteIds).toHaveLength(1);
    expect(visibleQuoteIds).not.toContain(rejected.id);
    expect(visibleQuoteIds).not.toContain(suggested.id);
    expect(data.person.quotes.totalCount).toBe(1);
    expect(ids(data.person.quotes.nodes)).toEqual(visibleQuoteIds);
    expect(data.person.quotes.nodes[0].article.id).toBe(published.id);
    expect(ids(data.quotes.nodes)).toContain(visibleQuoteIds[0]);
    for (const quote of [...hiddenQuotes, rejected, suggested]) expect(ids(data.quotes.nodes)).not.toContain(quote.id);
  });

  it("shows editors everything", async () => {
    const data = await everyPath(EDITOR);
    const all = ids([published, ...hidden]);
    expect(ids(data.articles.nodes)).toEqual(all);
    expect(data.search.totalCount).toBe(5);
    expect(data.person.articles.totalCount).toBe(5);
    expect(data.topic.articles.totalCount).toBe(5);
    expect(data.person.quotes.totalCount).toBe(7);
  });

  it("answers null for a hidden article or quote looked up directly", async () => {
    for (const article of hidden) {
      const byId = dataOf(await app.execute(`query($id: ID) { article(id: $id) { id } }`, { id: article.id }));
      const bySlug = dataOf(await app.execute(`query($slug: String) { article(slug: $slug) { id } }`, { slug: article.slug }));
      expect([byId.article, bySlug.article]).toEqual([null, null]);
    }
    for (const quote of [...hiddenQuotes, rejected, suggested]) {
      expect(dataOf(await app.execute(`query($id: ID!) { quote(id: $id) { id } }`, { id: quote.id })).quote).toBeNull();
    }
    const editorView = dataOf(await app.execute(`query($id: ID) { article(id: $id) { id } }`, { id: hidden[0].id }, EDITOR));
    expect(editorView.article).toEqual({ id: hidden[0].id });
  });

  it("hides them from filtered lists and status-filtered quotes too", async () => {
    const data = dataOf(
      await app.execute(
        `query($person: String, $topic: String, $article: ID, $published: ID) {
          byPerson: articles(filter: { person: $person }) { totalCount }
          quotesOnTopic: quotes(filter: { topic: $topic }) { totalCount }
          quotesOfHidden: quotes(filter: { article: $article }) { totalCount }
          rejectedOfPublished: article(id: $published) { quotes(status: REJECTED) { id } }
        }`,
        { person: person.slug, topic: topic.slug, article: hidden[0].id, published: published.id },
      ),
    );
    expect(data).toEqual({
      byPerson: { totalCount: 1 },
      quotesOnTopic: { totalCount: 1 },
      quotesOfHidden: { totalCount: 0 },
      rejectedOfPublished: { quotes: [] },
    });
  });

  it("gives readers nothing when they ask for unpublished statuses", async () => {
    const reader = dataOf(
      await app.execute(`{ articles(filter: { status: [DRAFT, IN_REVIEW, ARCHIVED] }) { totalCount }
        quotes(filter: { status: [REJECTED] }) { totalCount } }`),
    );
    expect(reader).toEqual({ articles: { totalCount: 0 }, quotes: { totalCount: 0 } });
  });
});

describe("what readers see of work written through the API", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());

  const ARTICLES = operationNamed("article-editing", "CreateArticle");

  /** Every path by which a reader could reach the article, its quote, its old slug or its counts. */
  const READER_PATHS = `query Paths($id: ID, $slug: String, $oldSlug: String, $quoteId: ID!, $person: String, $personName: String, $topic: String) {
    byId: article(id: $id) { id }
    bySlug: article(slug: $slug) { id }
    byOldSlug: article(slug: $oldSlug) { id }
    quote(id: $quoteId) { id }
    list: articles(first: 100, filter: { topic: $topic }) { totalCount nodes { id } }
    search: articles(filter: { search: "quorvantine" }) { totalCount nodes { id } }
    person(slug: $person) {
      articles { totalCount nodes { id } }
      quotes { totalCount nodes { id } }
    }
    topic(slug: $topic) { articles { totalCount nodes { id } } }
    quotes(filter: { speaker: $person }) { totalCount nodes { id } }
    people(filter: { search: $personName }) { totalCount nodes { id } }
  }`;

  it("shows an article only while it is published, by every path", async () => {
    const manager = app.dataSource.manager;
    const person = await makePerson(manager);
    const topic = await makeTopic(manager);
    const { createArticle: article } = dataOf(
      await app.execute(
        ARTICLES,
        {
          input: {
            headline: "Quorvantine talks",
            body: "Delegates discussed quorvantine.",
            topicIds: [topic.id],
            mentions: [{ personId: person.id }],
          },
        },
        EDITOR,
      ),
    );
    const { createQuote: quote } = dataOf(
      await app.execute(
        operationNamed("quote-editing", "CreateQuote"),
        { input: { articleId: article.id, text: "We agreed on quorvantine.", speakerId: person.id, status: "CONFIRMED" } },
        EDITOR,
      ),
    );
    const renamed = dataOf(
      await app.execute(
        operationNamed("article-editing", "UpdateArticle"),
        { id: article.id, expectedVersion: 1, input: { slug: `${article.slug}-renamed` } },
        EDITOR,
      ),
    ).updateArticle;
    const variables = {
      id: article.id,
      slug: renamed.slug,
      oldSlug: article.slug,
      quoteId: quote.id,
      person: person.slug,
      personName: person.name,
      topic: topic.slug,
    };
    const readerSees = async () => dataOf(await app.execute(READER_PATHS, variables));
    const nothing = {
      byId: null,
      bySlug: null,
      byOldSlug: null,
      quote: null,
      list: { totalCount: 0, nodes: [] },
      search: { totalCount: 0, nodes: [] },
      // Only in unpublished work: readers do not meet the person at all.
      person: null,
      topic: { articles: { totalCount: 0, nodes: [] } },
      quotes: { totalCount: 0, nodes: [] },
      people: { totalCount: 0, nodes: [] },
    };
    const everything = {
      byId: { id: article.id },
      bySlug: { id: article.id },
      byOldSlug: { id: article.id },
      quote: { id: quote.id },
      list: { totalCount: 1, nodes: [{ id: article.id }] },
      search: { totalCount: 1, nodes: [{ id: article.id }] },
      person: { articles: { totalCount: 1, nodes: [{ id: article.id }] }, quotes: { totalCount: 1, nodes: [{ id: quote.id }] } },
      topic: { articles: { totalCount: 1, nodes: [{ id: article.id }] } },
      quotes: { totalCount: 1, nodes: [{ id: quote.id }] },
      people: { totalCount: 1, nodes: [{ id: person.id }] },
    };
    const step = async (name: string) => dataOf(await app.execute(operationNamed("article-editing", name), { id: article.id }, EDITOR));

    expect(await readerSees()).toEqual(nothing); // DRAFT
    await step("SubmitArticle");
    expect(await readerSees()).toEqual(nothing); // IN_REVIEW
    await step("PublishArticle");
    expect(await readerSees()).toEqual(everything);
    await step("ArchiveArticle");
    expect(await readerSees()).toEqual(nothing);
    await step("UnpublishArticle");
    expect(await readerSees()).toEqual(nothing); // DRAFT again
    // And an editor still sees it all.
    expect(dataOf(await app.execute(READER_PATHS, variables, EDITOR))).toEqual(everything);
  });
});

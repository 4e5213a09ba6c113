// No N+1: the statements a request runs depend on the query's shape, not on how many items it returns.
import { ArticleStatus } from "../src/entities";
import { makeArticle, makePerson, makeQuote, makeTopic, mention, tag } from "./helpers/factories";
import { operation } from "./helpers/operations";
import { operationNamed } from "./helpers/operations";
import { createTestApp, dataOf, EDITOR, TestApp } from "./helpers/test-app";

const FRONT_PAGE = operation("front-page");

const PEOPLE_PAGES = `query PeoplePages($first: Int, $nested: Int) {
  people(first: $first, filter: { search: "count person" }) {
    totalCount
    nodes {
      name
      quotes(first: $nested) { totalCount nodes { text article { headline } } }
      articles(first: $nested) { totalCount nodes { headline publishedAt topics { name } } }
    }
  }
}`;

const TOPIC_TREE = `query TopicTree($first: Int, $nested: Int) {
  topics(first: $first, filter: { root: false }) {
    nodes { name parent { name } children { name } articles(first: $nested) { nodes { headline people { name } } } }
  }
}`;

describe("SQL statements per request", () => {
  let app: TestApp;
  /** How many of the generated articles mention (and quote) each generated person. */
  const articlesPerPerson = new Map<string, number>();

  beforeAll(async () => {
    app = await createTestApp();
    const manager = app.dataSource.manager;
    // 60 published stories, each with topics, people and attributed quotes, beyond the samples.
    const people = await Promise.all(Array.from({ length: 8 }, (_, i) => makePerson(manager, { name: `Count Person ${i}` })));
    const topics = await Promise.all(Array.from({ length: 4 }, (_, i) => makeTopic(manager, { name: `Count Topic ${i}` })));
    for (let i = 0; i < 60; i++) {
      const article = await makeArticle(manager, { publishedAt: new Date(Date.UTC(2024, 0, 1 + i)) });
      await tag(manager, article, topics[i % 4]);
      await tag(manager, article, topics[(i + 1) % 4]);
      for (const person of [people[i % 8], people[(i + 3) % 8]]) {
        articlesPerPerson.set(person.name, (articlesPerPerson.get(person.name) ?? 0) + 1);
        await mention(manager, article, person);
        await makeQuote(manager, article, person);
      }
      await makeQuote(manager, article, null);
    }
    await makeArticle(manager, { status: ArticleStatus.DRAFT });
  });
  afterAll(() => app.close());

  async function statementsFor(query: string, variables: Record<string, unknown>): Promise<number> {
    app.statements.reset();
    dataOf(await app.execute(query, variables));
    return app.statements.count;
  }

  it("runs the front page in the same few statements for 5 and for 50 articles", async () => {
    const five = await statementsFor(FRONT_PAGE, { first: 5 });
    const fifty = await statementsFor(FRONT_PAGE, { first: 50 });
    expect(fifty).toBe(five);
    // articles with their topics, people, quotes and speakers prefetched (read/prefetch.ts)
    expect(fifty).toBe(1);
  });

  it("actually returns the nested data it counted", async () => {
    const { articles } = dataOf(await app.execute(FRONT_PAGE, { first: 50 }));
    expect(articles.edges).toHaveLength(50);
    for (const { node } of articles.edges) {
      expect(node.topics).toHaveLength(2);
      expect(node.people).toHaveLength(2);
      expect(node.quotes).toHaveLength(3);
      expect(node.quotes.filter((q: { speaker: unknown }) => q.speaker !== null)).toHaveLength(2);
    }
  });

  it("loads nested connections (person → quotes, articles) once per level, whatever the page sizes", async () => {
    const small = await statementsFor(PEOPLE_PAGES, { first: 2, nested: 1 });
    const large = await statementsFor(PEOPLE_PAGES, { first: 8, nested: 20 });
    expect(large).toBe(small);
    // people with their quote and article pages (and those pages' articles and topics)
    // prefetched; the people's total; one statement for each nested list's totals
    expect(large).toBe(4);
  });

  it("returns each parent's own page in a batched nested connection", async () => {
    const { people } = dataOf(await app.execute(PEOPLE_PAGES, { first: 8, nested: 3 }));
    expect(people.nodes).toHaveLength(8);
    for (const person of people.nodes) {
      const expected = articlesPerPerson.get(person.name);
      expect(person.articles.totalCount).toBe(expected);
      expect(person.articles.nodes).toHaveLength(3);
      expect(person.quotes.totalCount).toBe(expected);
      expect(person.quotes.nodes).toHaveLength(3);
      // Newest first within each person's page.
      const times = person.articles.nodes.map((a: { publishedAt: string }) => Date.parse(a.publishedAt));
      expect([...times].sort((a, b) => b - a)).toEqual(times);
    }
  });

  it("walks the topic tree in statements independent of its size", async () => {
    const small = await statementsFor(TOPIC_TREE, { first: 2, nested: 1 });
    const large = await statementsFor(TOPIC_TREE, { first: 20, nested: 10 });
    expect(large).toBe(small);
    expect(large).toBeLessThanOrEqual(5);
  });

  it("counts totals only when totalCount is selected", async () => {
    const without = await statementsFor(`{ articles(first: 5) { nodes { id } } }`, {});
    const withTotal = await statementsFor(`{ articles(first: 5) { totalCount nodes { id } } }`, {});
    expect(without).toBe(1);
    expect(withTotal).toBe(2);
  });

  describe("writes", () => {
    const UPDATE = `mutation($id: ID!, $expectedVersion: Int!, $input: UpdateArticleInput!) {
      updateArticle(id: $id, expectedVersion: $expectedVersion, input: $input) { version }
    }`;

    async function statementsOf(query: string, variables: Record<string, unknown>): Promise<number> {
      app.statements.reset();
      dataOf(await app.execute(query, variables, EDITOR));
      return app.statements.count;
    }

    it("edits an article in statements independent of how many topics, people and authors it names", async () => {
      const manager = app.dataSource.manager;
      const topics = await Promise.all(Array.from({ length: 12 }, () => makeTopic(manager)));
      const people = await Promise.all(Array.from({ length: 12 }, () => makePerson(manager)));
      const few = dataOf(
        await app.execute(operationNamed("article-editing", "CreateArticle"), { input: { headline: "Few", body: "x" } }, EDITOR),
      ).createArticle;
      const many = dataOf(
        await app.execute(operationNamed("article-editing", "CreateArticle"), { input: { headline: "Many", body: "x" } }, EDITOR),
      ).createArticle;
      const links = (count: number) => ({
        topicIds: topics.slice(0, count).map((topic) => topic.id),
        mentions: people.slice(0, count).map((person) => ({ personId: person.id })),
        authorIds: people.slice(0, count).map((person) => person.id),
      });
      const small = await statementsOf(UPDATE, { id: few.id, expectedVersion: 1, input: { body: "y", ...links(1) } });
      const large = await statementsOf(UPDATE, { id: many.id, expectedVersion: 1, input: { body: "y", ...links(12) } });
      expect(large).toBe(small);
      // BEGIN, lock, history check (version 1), 3 × (delete + insert) links, update, links, revision, notify, COMMIT
      expect(large).toBeLessThanOrEqual(15);
      const bodyOnly = await statementsOf(UPDATE, { id: many.id, expectedVersion: 2, input: { body: "z" } });
      // BEGIN, lock, update, links, revision, notify (src/events), COMMIT
      expect(bodyOnly).toBeLessThanOrEqual(7);
    });

    it("moves an article in the workflow in a handful of statements", async () => {
      const { id } = dataOf(
        await app.execute(operationNamed("article-editing", "CreateArticle"), { input: { headline: "Steps", body: "x" } }, EDITOR),
      ).createArticle;
      // BEGIN, lock, history check (a version 1 only), update, links, revision, notify (src/events), COMMIT
      expect(await statementsOf(operationNamed("article-editing", "SubmitArticle"), { id })).toBeLessThanOrEqual(8);
      expect(await statementsOf(operationNamed("article-editing", "PublishArticle"), { id })).toBeLessThanOrEqual(7);
    });
  });
});

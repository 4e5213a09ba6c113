// Who is quoted: Query.quoteLeaders, Person.quoteCount and Topic.quoteCount on hand-made data, in
// periods of 1990–1992, before anything of the sample newsroom.
import { Article, ArticleStatus, Person, QuoteStatus, Topic } from "../src/entities";
import { makeArticle, makePerson, makeQuote, makeTopic, tag } from "./helpers/factories";
import { operation, operationNamed } from "./helpers/operations";
import { ADMIN, createTestApp, dataOf, EDITOR, expectErrorCode, TestApp } from "./helpers/test-app";

const LEADERS = `query Leaders($filter: QuoteLeadersFilter, $first: Int, $after: String) {
  quoteLeaders(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { quoteCount articleCount firstQuotedAt lastQuotedAt person { name } } }
  }
}`;

interface Leader {
  quoteCount: number;
  articleCount: number;
  firstQuotedAt: string;
  lastQuotedAt: string;
  person: { name: string };
}

const MARCH = { publishedAfter: "1990-03-01T00:00:00Z", publishedBefore: "1990-04-01T00:00:00Z" };
const at = (day: string) => new Date(`${day}T12:00:00Z`);

describe("quoteLeaders", () => {
  let app: TestApp;
  let topic: Topic;
  const people: Record<string, Person> = {};

  /** [name, quoteCount, articleCount] of each ranked person, in order. */
  async function ranking(filter: Record<string, unknown>, identity = undefined as typeof EDITOR | undefined, first = 100) {
    const { quoteLeaders } = dataOf(await app.execute(LEADERS, { filter, first }, identity));
    return (quoteLeaders.edges as { node: Leader }[]).map(({ node }) => [node.person.name, node.quoteCount, node.articleCount]);
  }

  async function article(values: Partial<Article>, quotes: [string | null, number, QuoteStatus?][], tagged = true): Promise<Article> {
    const made = await makeArticle(app.dataSource.manager, values);
    if (tagged) await tag(app.dataSource.manager, made, topic);
    for (const [name, count, status] of quotes) {
      for (let i = 0; i < count; i++) {
        await makeQuote(app.dataSource.manager, made, name ? people[name] : null, { status: status ?? QuoteStatus.CONFIRMED });
      }
    }
    return made;
  }

  beforeAll(async () => {
    app = await createTestApp();
    const manager = app.dataSource.manager;
    topic = await makeTopic(manager, { name: "Tally topic" });
    for (const name of ["Ada", "Ben", "Cy", "Dee", "Eve", "Max", "Mia", "Xan"]) people[name] = await makePerson(manager, { name });
    // March 1990 in the topic, as readers see it: Ben 3 (newest), Ada 3, Cy 2, Dee 1 and Eve 1
    // (tied on count and time: by id).
    await article({ publishedAt: at("1990-03-05") }, [
      ["Ada", 2],
      ["Ben", 1],
      ["Ada", 1, QuoteStatus.SUGGESTED],
      ["Ben", 1, QuoteStatus.REJECTED],
      [null, 1],
    ]);
    await article({ publishedAt: at("1990-03-10") }, [
      ["Ada", 1],
      ["Cy", 2],
    ]);
    await article({ publishedAt: at("1990-03-15") }, [
      ["Dee", 1],
      ["Eve", 1],
    ]);
    await article({ publishedAt: at("1990-03-20") }, [["Ben", 2]]);
    // Work readers never count.
    await article({ status: ArticleStatus.DRAFT, publishedAt: null }, [["Ada", 5]]);
    await article({ status: ArticleStatus.DRAFT, publishedAt: at("1990-03-12") }, [["Cy", 3]]); // unpublished again
    await article({ status: ArticleStatus.ARCHIVED, publishedAt: at("1990-03-25") }, [["Eve", 4]]);
    await article({ status: ArticleStatus.PUBLISHED, publishedAt: new Date(Date.now() + 86_400_000) }, [["Dee", 6]]); // scheduled
    // Outside the period, or outside the topic.
    await article({ publishedAt: at("1990-04-02") }, [["Cy", 10]]);
    await article({ publishedAt: at("1990-03-07") }, [["Ada", 7]], false);
  });
  afterAll(() => app.close());

  describe("as a reader", () => {
    it("ranks people by confirmed quotes in published work, then by the newest quote, then by id", async () => {
      const [dee, eve] = [people.Dee, people.Eve].sort((a, b) => (a.id < b.id ? 1 : -1));
      expect(await ranking({ topic: topic.slug, ...MARCH })).toEqual([
        ["Ben", 3, 2],
        ["Ada", 3, 2],
        ["Cy", 2, 1],
        [dee.name, 1, 1],
        [eve.name, 1, 1],
      ]);
    });

    it("reports each person's first and last publication in the period", async () => {
      const { quoteLeaders } = dataOf(await app.execute(LEADERS, { filter: { topic: topic.slug, ...MARCH }, first: 1 }));
      const { node } = quoteLeaders.edges[0];
      expect(node.person.name).toBe("Ben");
      // Dates as the DateTime scalar serializes them.
      expect([node.firstQuotedAt, node.lastQuotedAt].map((date: string) => new Date(date).toISOString())).toEqual([
        "1990-03-05T12:00:00.000Z",
        "1990-03-20T12:00:00.000Z",
      ]);
    });

    it("never counts drafts, unpublished, archived or scheduled work, whatever the filter says", async () => {
      const everything = {
        topic: topic.slug,
        status: [QuoteStatus.CONFIRMED, QuoteStatus.SUGGESTED, QuoteStatus.REJECTED],
        articleStatus: Object.values(ArticleStatus),
      };
      // All of time, all statuses asked: readers still see March's confirmed quotes and April's.
      expect(await ranking(everything)).toEqual([["Cy", 12, 2], ["Ben", 3, 2], ["Ada", 3, 2], expect.anything(), expect.anything()]);
      expect(await ranking({ ...everything, publishedBefore: "2999-01-01T00:00:00Z" })).toHaveLength(5);
    });

    it("counts suggested and rejected quotes for nobody: a reader asking for them gets an empty ranking", async () => {
      expect(await ranking({ topic: topic.slug, ...MARCH, status: [QuoteStatus.SUGGESTED] })).toEqual([]);
      expect(await ranking({ topic: topic.slug, ...MARCH, status: [QuoteStatus.REJECTED] })).toEqual([]);
      expect(await ranking({ topic: topic.slug, ...MARCH, articleStatus: [ArticleStatus.DRAFT] })).toEqual([]);
      expect(await ranking({ topic: topic.slug, ...MARCH, status: [QuoteStatus.CONFIRMED, QuoteStatus.SUGGESTED] })).toEqual(
        await ranking({ topic: topic.slug, ...MARCH }),
      );
    });

    it("answers an empty ranking for an empty period, a reversed period or an unknown topic", async () => {
      const empty = async (filter: Record<string, unknown>) =>
        dataOf(await app.execute(LEADERS, { filter })).quoteLeaders as { totalCount: number; edges: unknown[]; pageInfo: unknown };
      for (const filter of [
        { topic: topic.slug, publishedAfter: "1990-02-01T00:00:00Z", publishedBefore: "1990-03-01T00:00:00Z" },
        { topic: topic.slug, publishedAfter: "1990-04-01T00:00:00Z", publishedBefore: "1990-03-01T00:00:00Z" },
        { topic: "no-such-topic", ...MARCH },
      ]) {
        expect(await empty(filter)).toEqual({
          totalCount: 0,
          edges: [],
          pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
        });
      }
    });

    it("ranks every topic's quotes in a period without a topic", async () => {
      // Ada's 7 quotes in an untagged March article count here; the sample newsroom is later.
      expect((await ranking(MARCH)).slice(0, 3)).toEqual([
        ["Ada", 10, 3],
        ["Ben", 3, 2],
        ["Cy", 2, 1],
      ]);
      expect(await ranking({ publishedAfter: "1990-04-01T00:00:00Z", publishedBefore: "1990-05-01T00:00:00Z" })).toEqual([["Cy", 10, 1]]);
    });

    it("pages through the ranking with stable cursors", async () => {
      const filter = { topic: topic.slug, ...MARCH };
      const whole = await ranking(filter);
      const names: string[] = [];
      let after: string | null = null;
      for (let page = 0; page < 5; page++) {
        const { quoteLeaders }: { quoteLeaders: any } = dataOf(await app.execute(LEADERS, { filter, first: 2, after }));
        expect(quoteLeaders.totalCount).toBe(5);
        expect(quoteLeaders.pageInfo.hasPreviousPage).toBe(after !== null);
        names.push(...quoteLeaders.edges.map((edge: { node: Leader }) => edge.node.person.name));
        expect(quoteLeaders.pageInfo.endCursor).toBe(quoteLeaders.edges.at(-1)?.cursor ?? null);
        after = quoteLeaders.pageInfo.endCursor;
        if (!quoteLeaders.pageInfo.hasNextPage) break;
      }
      expect(names).toEqual(whole.map(([name]) => name));
      // Past the end: an empty page that still knows the ranking's size.
      const past = dataOf(await app.execute(LEADERS, { filter, first: 2, after })).quoteLeaders;
      expect(past.edges).toEqual([]);
      expect(past.totalCount).toBe(5);
    });

    it("refuses a page over 100 and a cursor that is not one with BAD_USER_INPUT", async () => {
      expectErrorCode(await app.execute(LEADERS, { first: 101 }), "BAD_USER_INPUT");
      expectErrorCode(await app.execute(LEADERS, { after: "not-a-cursor" }), "BAD_USER_INPUT");
      const articleCursor = dataOf(await app.execute(`{ articles(first: 1) { pageInfo { endCursor } } }`)).articles.pageInfo.endCursor;
      expectErrorCode(await app.execute(LEADERS, { after: articleCursor }), "BAD_USER_INPUT");
      expectErrorCode(await app.execute(LEADERS, { filter: { topic: "x".repeat(201) } }), "BAD_USER_INPUT");
    });
  });

  describe("as an editor", () => {
    it("counts every article status by default, confirmed quotes only", async () => {
      // The draft that was published on the 12th (Cy 3) and the archived article (Eve 4) count.
      expect((await ranking({ topic: topic.slug, ...MARCH }, EDITOR)).slice(0, 3)).toEqual([
        ["Eve", 5, 2],
        ["Cy", 5, 2],
        ["Ben", 3, 2],
      ]);
    });

    it("narrows by article status and counts the quote statuses asked for", async () => {
      expect(await ranking({ topic: topic.slug, ...MARCH, articleStatus: [ArticleStatus.PUBLISHED] }, EDITOR)).toEqual(
        await ranking({ topic: topic.slug, ...MARCH }),
      );
      expect(await ranking({ topic: topic.slug, ...MARCH, status: [QuoteStatus.SUGGESTED] }, EDITOR)).toEqual([["Ada", 1, 1]]);
      expect(await ranking({ topic: topic.slug, ...MARCH, status: [QuoteStatus.REJECTED] }, EDITOR)).toEqual([["Ben", 1, 1]]);
      expect(
        (
          await ranking(
            { topic: topic.slug, ...MARCH, status: Object.values(QuoteStatus), articleStatus: [ArticleStatus.PUBLISHED] },
            EDITOR,
          )
        ).slice(0, 2),
      ).toEqual([
        ["Ben", 4, 2],
        ["Ada", 4, 2],
      ]);
    });

    it("counts undated drafts and scheduled work when no period is given", async () => {
      const all = await ranking({ topic: topic.slug }, EDITOR);
      expect(all.find(([name]) => name === "Ada")).toEqual(["Ada", 8, 3]);
      expect(all.find(([name]) => name === "Dee")).toEqual(["Dee", 7, 2]);
    });
  });

  describe("after a merge", () => {
    it("counts a merged person once, as the person they were merged into", async () => {
      const window = { publishedAfter: "1991-01-01T00:00:00Z", publishedBefore: "1991-02-01T00:00:00Z" };
      await article({ publishedAt: at("1991-01-05") }, [
        ["Max", 2],
        ["Xan", 3],
      ]);
      await article({ publishedAt: at("1991-01-10") }, [
        ["Mia", 2],
        ["Max", 1],
      ]);
      await article({ publishedAt: at("1991-01-15") }, [["Mia", 1]]);
      expect(await ranking({ topic: topic.slug, ...window })).toEqual([
        ["Mia", 3, 2],
        ["Max", 3, 2],
        ["Xan", 3, 1],
      ]);
      dataOf(await app.execute(operationNamed("person-editing", "MergePeople"), { into: people.Max.id, from: [people.Mia.id] }, ADMIN));
      const { quoteLeaders } = dataOf(await app.execute(LEADERS, { filter: { topic: topic.slug, ...window } }));
      expect(quoteLeaders.totalCount).toBe(2);
      expect(quoteLeaders.edges.map(({ node }: { node: Leader }) => [node.person.name, node.quoteCount, node.articleCount])).toEqual([
        ["Max", 6, 3],
        ["Xan", 3, 1],
      ]);
      const { person } = dataOf(
        await app.execute(`query($id: ID, $filter: QuoteLeadersFilter) { person(id: $id) { quoteCount(filter: $filter) } }`, {
          id: people.Max.id,
          filter: { topic: topic.slug, ...window },
        }),
      );
      expect(person.quoteCount).toBe(6);
    });
  });

  describe("Person.quoteCount and Topic.quoteCount", () => {
    const COUNTS = `query($id: ID, $filter: QuoteLeadersFilter) { person(id: $id) { quoteCount(filter: $filter) } }`;
    const count = async (person: Person, filter: Record<string, unknown> | null, identity = undefined as typeof EDITOR | undefined) =>
      dataOf(await app.execute(COUNTS, { id: person.id, filter }, identity)).person.quoteCount as number;

    it("equals the person's quoteCount in the ranking with the same filter", async () => {
      for (const filter of [{ topic: topic.slug, ...MARCH }, MARCH, { topic: topic.slug }]) {
        for (const [name, quoteCount] of await ranking(filter)) {
          expect(await count(people[name as string], filter)).toBe(quoteCount);
        }
      }
      expect(await count(people.Ada, { topic: topic.slug, ...MARCH, status: [QuoteStatus.SUGGESTED] })).toBe(0);
      expect(await count(people.Ada, { topic: topic.slug, ...MARCH, status: [QuoteStatus.SUGGESTED] }, EDITOR)).toBe(1);
      // Without a filter: every confirmed quote readers may see (Ada: 3 in March in the topic, 7 outside it).
      expect(await count(people.Ada, null)).toBe(10);
      expect(await count(people.Ada, null, EDITOR)).toBe(15);
    });

    it("counts a topic's quotes, attributed or not", async () => {
      const TOPIC = `query($id: ID, $filter: QuoteCountFilter) { topic(id: $id) { quoteCount(filter: $filter) } }`;
      const topicCount = async (filter: Record<string, unknown> | null, identity = undefined as typeof EDITOR | undefined) =>
        dataOf(await app.execute(TOPIC, { id: topic.id, filter }, identity)).topic.quoteCount as number;
      // March, as readers see it: 3 + 1 unattributed, 3, 2, 2.
      expect(await topicCount(MARCH)).toBe(11);
      expect(await topicCount(MARCH, EDITOR)).toBe(11 + 3 + 4);
      expect(await topicCount({ ...MARCH, status: [QuoteStatus.SUGGESTED, QuoteStatus.REJECTED] }, EDITOR)).toBe(2);
      expect(await topicCount({ ...MARCH, status: [QuoteStatus.SUGGESTED, QuoteStatus.REJECTED] })).toBe(0);
    });

    describe("batched", () => {
      const PEOPLE = `query($first: Int) { people(first: $first, filter: { search: "tally person" }) { nodes { name quoteCount } } }`;
      const TOPICS = `query($first: Int) { topics(first: $first, filter: { search: "tally batch" }) { nodes { name quoteCount } } }`;
      const expected = new Map<string, number>();

      beforeAll(async () => {
        const manager = app.dataSource.manager;
        const story = await makeArticle(manager, { publishedAt: at("1992-06-01") });
        for (let i = 0; i < 50; i++) {
          const person = await makePerson(manager, { name: `Tally Person ${String(i).padStart(2, "0")}` });
          for (let q = 0; q < i % 4; q++) await makeQuote(manager, story, person);
          await makeQuote(manager, story, person, { status: QuoteStatus.SUGGESTED });
          expected.set(person.name, i % 4);
          const batchTopic = await makeTopic(manager, { name: `Tally batch ${String(i).padStart(2, "0")}` });
          if (i % 5 === 0) await tag(manager, story, batchTopic);
        }
      });

      it("reads a page of 50 people with their counts in 1 statement (the counts are read with the page)", async () => {
        app.statements.reset();
        // As an editor: readers see only the people in published work, and a quarter of these have no confirmed quote.
        const { people: page } = dataOf(await app.execute(PEOPLE, { first: 50 }, EDITOR));
        expect(app.statements.count).toBe(1);
        expect(page.nodes).toHaveLength(50);
        for (const node of page.nodes as { name: string; quoteCount: number }[]) expect(node.quoteCount).toBe(expected.get(node.name));
        app.statements.reset();
        dataOf(await app.execute(PEOPLE, { first: 5 }, EDITOR));
        expect(app.statements.count).toBe(1);
      });

      it("reads a page of 50 topics with their counts in 1 statement", async () => {
        app.statements.reset();
        const { topics } = dataOf(await app.execute(TOPICS, { first: 50 }));
        expect(app.statements.count).toBe(1);
        expect(topics.nodes).toHaveLength(50);
        // The story's confirmed quotes: 0 + 1 + 2 + 3 for every 4 people.
        const storyQuotes = [...expected.values()].reduce((sum, n) => sum + n, 0);
        for (const node of topics.nodes as { name: string; quoteCount: number }[]) {
          expect(node.quoteCount).toBe(Number(node.name.slice(-2)) % 5 === 0 ? storyQuotes : 0);
        }
      });

      it("reads the ranking with its people in 1 statement, whatever the page size", async () => {
        for (const first of [2, 40]) {
          app.statements.reset();
          const { quoteLeaders } = dataOf(await app.execute(LEADERS, { filter: { publishedAfter: "1992-01-01T00:00:00Z" }, first }));
          expect(app.statements.count).toBe(1);
          expect(quoteLeaders.edges.length).toBe(first);
          for (const { node } of quoteLeaders.edges) expect(node.person.name).toEqual(expect.any(String));
        }
        // People asked for under both nodes and edges, with other fields: still one statement.
        app.statements.reset();
        const both = dataOf(
          await app.execute(`{ quoteLeaders(first: 5) { nodes { person { name } } edges { node { person { slug aliases } } } } }`),
        ).quoteLeaders;
        expect(app.statements.count).toBe(1);
        expect(both.edges.map(({ node }: any) => node.person.slug)).toHaveLength(5);
        expect(both.nodes.every(({ person }: any) => typeof person.name === "string")).toBe(true);
      });
    });
  });

  it("answers the sample operation", async () => {
    const { quoteLeaders } = dataOf(
      await app.execute(operation("quote-leaders"), { topic: topic.slug, after: MARCH.publishedAfter, before: MARCH.publishedBefore }),
    );
    expect(quoteLeaders.nodes[0].person.name).toBe("Ben");
  });
});

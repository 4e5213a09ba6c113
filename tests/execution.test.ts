// src/execution.ts: a query's first sighting runs on graphql-js, its repeats on the query
// graphql-jit compiled; both must answer alike, errors included. (Every other test compiles at
// once, so the rest of the suite runs the compiled path.)
import { operation } from "./helpers/operations";
import { createTestApp, EDITOR, GraphQLResult, TestApp } from "./helpers/test-app";

describe("compiled queries", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp({}, { compileQueriesAfter: 1 });
  });
  afterAll(() => app.close());

  /** Runs the query twice (graphql-js, then compiled if it can be) and returns both answers. */
  async function twice(query: string, variables?: Record<string, unknown>, identity?: typeof EDITOR) {
    const compiledBefore = app.server.compilations.compiled;
    const first = await app.execute(query, variables, identity);
    expect(app.server.compilations.compiled).toBe(compiledBefore);
    const second = await app.execute(query, variables, identity);
    return { first, second, compiled: app.server.compilations.compiled - compiledBefore };
  }

  // Every case names its variables: it.each would pass a shorter row's missing argument as `done`.
  const cases: [string, string, Record<string, unknown>][] = [
    ["the front page", operation("front-page"), {}],
    ["a person's page", operation("person-page"), { slug: "vladimir-putin" }],
    ["a topic's page", operation("topic-page"), { slug: "sanctions" }],
    ["an article's page", operation("article-by-slug"), { slug: "un-refuses-to-close-somali-refugee-camps-in-kenya" }],
    ["a search", operation("search"), { q: "refugee camps" }],
    ["who said what", operation("who-said"), { speaker: "sergei-lavrov", about: "terrorism" }],
    [
      "aliases, fragments, __typename",
      `{
        first: articles(first: 2) { ...Row }
        again: articles(first: 1) { nodes { __typename headline } }
      }
      fragment Row on ArticleConnection {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges { cursor node { headline topics { name } ... on Article { quotes { text } } } }
      }`,
      {},
    ],
    ["a lookup of nothing", `{ person(slug: "nobody-at-all") { name } }`, {}],
    ["a resolver's error", `{ article(id: "00000000-0000-0000-0000-000000000000", slug: "both") { headline } }`, {}],
    ["a page size out of range", `query($n: Int) { articles(first: $n) { nodes { headline } } }`, { n: 1000 }],
  ];

  it.each(cases)("answers %s alike, compiled or not", async (_name, query, variables) => {
    const { first, second, compiled } = await twice(query, variables);
    expect(compiled).toBe(1);
    expect(second).toEqual(first);
  });

  it("reads each request's @skip and @include, however often the query was seen", async () => {
    const query = `query($full: Boolean!, $lean: Boolean!) {
      articles(first: 3) { nodes { headline body @include(if: $full) topics @skip(if: $lean) { name } } }
    }`;
    const lean = { full: false, lean: true };
    const full = { full: true, lean: false };
    const { first, second, compiled } = await twice(query, lean);
    expect(second).toEqual(first);
    expect(compiled).toBe(0);
    // Seen twice now; the same query with the other variables must select what they say.
    const fullFromCompiled = await app.execute(query, full);
    expect(fullFromCompiled.errors).toBeUndefined();
    const [node] = fullFromCompiled.data.articles.nodes;
    expect(typeof node.body).toBe("string");
    expect(Array.isArray(node.topics)).toBe(true);
    const leanAgain = await app.execute(query, lean);
    expect(leanAgain).toEqual(first);
  });

  it("leaves documents with several operations or with @skip/@include on graphql-js", async () => {
    const fragments = `fragment Row on Article { headline topics @include(if: $withTopics) { name } }`;
    const several = `query A($withTopics: Boolean!) { articles(first: 1) { nodes { ...Row } } }
      query B($withTopics: Boolean!) { articles(first: 2) { nodes { ...Row } } } ${fragments}`;
    const before = app.server.compilations.compiled;
    for (let round = 0; round < 3; round++) {
      const a = await app.execute(several, { withTopics: round % 2 === 0 }, undefined, "A");
      const b = await app.execute(several, { withTopics: round % 2 === 1 }, undefined, "B");
      expect(a.errors).toBeUndefined();
      expect(a.data.articles.nodes[0].topics === undefined).toBe(round % 2 === 1);
      expect(b.data.articles.nodes[0].topics === undefined).toBe(round % 2 === 0);
    }
    expect(app.server.compilations.compiled).toBe(before);
  });

  it("answers alike for an editor, who sees drafts", async () => {
    const { first, second } = await twice(operation("front-page"), undefined, EDITOR);
    expect(second).toEqual(first);
  });

  it("reports bad variables of a compiled query as graphql-js does, as BAD_USER_INPUT", async () => {
    const query = `query($slug: String!) { person(slug: $slug) { name } }`;
    await twice(query, { slug: "vladimir-putin" });
    const byCompiled = await app.execute(query, { slug: 42 });
    const fresh = await app.execute(`query($slug: String!) { person(slug: $slug) { slug } }`, { slug: 42 });
    const codes = (result: GraphQLResult<unknown>) => result.errors?.map((error) => error.extensions?.code);
    expect(codes(byCompiled)).toEqual(["BAD_USER_INPUT"]);
    expect(byCompiled.errors?.[0].message).toBe(fresh.errors?.[0].message);
  });

  it("keeps the queries in use compiled while others come and go", async () => {
    const hot = `query Hot { articles(first: 1) { nodes { headline } } }`;
    await twice(hot, {});
    const compiledBefore = app.server.compilations.compiled;
    // More documents than are kept (500), each seen twice, so each is compiled; the hot query
    // is used in between, as a client's usual queries are.
    for (let n = 0; n < 520; n++) {
      const other = `{ n${n}: __typename }`;
      await app.execute(other, {});
      await app.execute(other, {});
      if (n % 50 === 0) await app.execute(hot, {});
    }
    expect(app.server.compilations.compiled - compiledBefore).toBe(520);
    await app.execute(hot, {});
    expect(app.server.compilations.compiled - compiledBefore).toBe(520);
  });

  it("leaves mutations to graphql-js", async () => {
    const mutation = `mutation($input: CreateTopicInput!) { createTopic(input: $input) { name } }`;
    const before = app.server.compilations.compiled;
    for (const name of ["Compiled A", "Compiled B", "Compiled C"]) {
      const result = await app.execute(mutation, { input: { name } }, EDITOR);
      expect(result.errors).toBeUndefined();
    }
    expect(app.server.compilations.compiled).toBe(before);
  });
});

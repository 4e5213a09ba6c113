// Issue 16: adding a relation is one registry entry plus its field. This file's registry holds one
// entry more than the product's (an article's speakers, tests/helpers/extra-relation-entry.ts) and
// its schema one field more (extra-relation-field.ts); nothing else changes. The new relation is
// then prefetched with its parent in one statement, and answers what its loader answers.
import { ArticleStatus, QuoteStatus } from "../src/entities";
import { relationOf } from "../src/read/relations";
import { makeArticle, makePerson, makeQuote } from "./helpers/factories";
import { createTestApp, dataOf, EDITOR, TestApp } from "./helpers/test-app";

jest.mock("../src/read/relations", () => {
  const actual = jest.requireActual("../src/read/relations");
  const { articleSpeakers } = jest.requireActual("./helpers/extra-relation-entry");
  const extra = articleSpeakers(actual.SOURCES);
  return {
    ...actual,
    RELATIONS: [...actual.RELATIONS, extra],
    relationOf: (type: string, field: string) => (type === extra.parent && field === extra.field ? extra : actual.relationOf(type, field)),
  };
});

jest.mock("../src/resolvers", () => {
  const actual = jest.requireActual("../src/resolvers");
  const { ArticleSpeakersResolver } = jest.requireActual("./helpers/extra-relation-field");
  return { ...actual, resolvers: [...actual.resolvers, ArticleSpeakersResolver] };
});

const FIELDS = "headline speakers { name slug }";

describe("a relation added to the registry", () => {
  let app: TestApp;
  let slug: string;
  let id: string;

  beforeAll(async () => {
    app = await createTestApp();
    const manager = app.dataSource.manager;
    const minister = await makePerson(manager, { name: "Registry Minister" });
    const mayor = await makePerson(manager, { name: "Registry Mayor" });
    const unconfirmed = await makePerson(manager, { name: "Registry Suggestion" });
    const article = await makeArticle(manager, { publishedAt: new Date(Date.UTC(2025, 5, 1)) });
    await makeQuote(manager, article, mayor, { position: 2 });
    await makeQuote(manager, article, minister, { position: 1 });
    await makeQuote(manager, article, unconfirmed, { status: QuoteStatus.SUGGESTED, position: 3 });
    await makeQuote(manager, article, null, { position: 4 });
    await makeArticle(manager, { status: ArticleStatus.DRAFT, publishedAt: null });
    slug = article.slug;
    id = article.id;
  });
  afterAll(() => app.close());

  it("is in this file's registry only", () => {
    expect(relationOf("Article", "speakers")).toMatchObject({ kind: "list", target: "Person" });
  });

  it.each([
    ["a reader", undefined],
    ["an editor", EDITOR],
  ])("is read with its parent in one statement, for %s, and answers what its loader answers", async (_who, identity) => {
    app.statements.reset();
    const prefetched = dataOf(
      await app.execute(`query($slug: String!) { article(slug: $slug) { ${FIELDS} } }`, { slug }, identity),
    ).article;
    expect(app.statements.count).toBe(1);
    // The entry's own rows, joined into the article's statement.
    expect(app.statements.statements[0]).toContain("INNER JOIN quote link ON link.speaker_id");

    app.statements.reset();
    const loaded = dataOf(await app.execute(`query($id: ID!) { article(id: $id) { ${FIELDS} } }`, { id }, identity)).article;
    // By id the article is read first and its speakers by their loader: one statement more.
    expect(app.statements.count).toBe(2);

    expect(prefetched.speakers.map((person: { name: string }) => person.name)).toEqual(["Registry Minister", "Registry Mayor"]);
    expect(prefetched).toEqual(loaded);
  });

  it("is prefetched under a list of parents too, in the same one statement", async () => {
    app.statements.reset();
    const page = dataOf(await app.execute(`{ articles(first: 5) { nodes { ${FIELDS} } } }`)).articles;
    expect(app.statements.count).toBe(1);
    const ours = page.nodes.find((node: { speakers: unknown[] }) => node.speakers.length > 0);
    expect(ours.speakers.map((person: { name: string }) => person.name)).toEqual(["Registry Minister", "Registry Mayor"]);
  });
});

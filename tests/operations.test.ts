// The sample operations are what client codegen compiles against src/schema.graphql: they must stay
// valid, and they must work against the sample newsroom.
import fs from "node:fs";
import path from "node:path";
import { buildSchema, parse, validate } from "graphql";
import { operation, operationFiles } from "./helpers/operations";
import { createTestApp, dataOf, TestApp } from "./helpers/test-app";

describe("sample operations", () => {
  const committedSchema = buildSchema(fs.readFileSync(path.join(__dirname, "..", "src", "schema.graphql"), "utf8"));

  it.each(operationFiles())("%s is valid against src/schema.graphql", (file) => {
    const errors = validate(committedSchema, parse(operation(path.basename(file, ".graphql"))));
    expect(errors.map((error) => error.message)).toEqual([]);
  });

  describe("against the sample newsroom", () => {
    let app: TestApp;
    beforeAll(async () => {
      app = await createTestApp();
    });
    afterAll(() => app.close());

    it("FrontPage starts with the seed story", async () => {
      const { articles } = dataOf(await app.execute(operation("front-page")));
      expect(articles.edges[0].node.slug).toBe("trump-and-putin-to-hold-first-official-phone-call");
    });

    it("WhoSaid answers what Lavrov said about terrorism, and where", async () => {
      const { quotes } = dataOf(await app.execute(operation("who-said"), { speaker: "sergei-lavrov", about: "terrorism" }));
      expect(quotes.totalCount).toBe(1);
      expect(quotes.nodes[0].article.headline).toBe("Trump and Putin to hold first official phone call");
    });

    it("PersonPage, TopicPage, ArticleBySlug, Search and PeopleSearch answer without errors", async () => {
      const person = dataOf(await app.execute(operation("person-page"), { slug: "vladimir-putin" }));
      expect(person.person.quotes.totalCount).toBe(2);
      const topic = dataOf(await app.execute(operation("topic-page"), { slug: "sanctions" }));
      expect(topic.topic.parent.slug).toBe("politics");
      const article = dataOf(
        await app.execute(operation("article-by-slug"), { slug: "un-refuses-to-close-somali-refugee-camps-in-kenya" }),
      );
      expect(article.article.quotes.length).toBeGreaterThan(0);
      const search = dataOf(await app.execute(operation("search"), { q: "refugee camps" }));
      expect(search.articles.nodes[0].slug).toBe("un-refuses-to-close-somali-refugee-camps-in-kenya");
      const people = dataOf(await app.execute(operation("people-search"), { q: "kitty" }));
      expect(people.people.nodes.map((p: { name: string }) => p.name)).toEqual(["Kitty McKinsey"]);
    });
  });
});

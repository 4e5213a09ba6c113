// The quote and topic desks through the API: recording, attributing and checking quotes; building,
// reshaping and pruning the topic tree.

import { Topic } from "../src/entities";
import { makeArticle, makePerson, makeQuote, makeTopic, tag } from "./helpers/factories";
import { operationNamed } from "./helpers/operations";
import { ADMIN, createTestApp, dataOf, EDITOR, expectErrorCode, TestApp } from "./helpers/test-app";

const MISSING = "00000000-0000-4000-8000-000000000000";

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app.close());

describe("quote editing", () => {
  const op = (name: string) => operationNamed("quote-editing", name);
  const QUOTE = `query($id: ID!) { quote(id: $id) { id text status version speaker { slug } } }`;
  const quoteAs = async (id: string, identity = EDITOR) => dataOf(await app.execute(QUOTE, { id }, identity)).quote;

  async function record(input: Record<string, unknown>) {
    return dataOf(await app.execute(op("CreateQuote"), { input }, EDITOR)).createQuote;
  }

  /** A published article, a speaker and a SUGGESTED quote of theirs in it, recorded through the API. */
  async function suggestedQuote() {
    const manager = app.dataSource.manager;
    const [article, speaker] = [await makeArticle(manager), await makePerson(manager)];
    const quote = await record({ articleId: article.id, text: "We will not back down.", speakerId: speaker.id });
    return { article, speaker, quote };
  }

  async function update(id: string, expectedVersion: number, input: Record<string, unknown>) {
    return app.execute(op("UpdateQuote"), { id, expectedVersion, input }, EDITOR);
  }

  describe("createQuote", () => {
    it("records a SUGGESTED quote at version 1 in the article, attributed to its speaker", async () => {
      const manager = app.dataSource.manager;
      const [article, speaker] = [await makeArticle(manager), await makePerson(manager)];
      const quote = await record({
        articleId: article.id,
        text: "Prices will fall by spring.",
        speakerId: speaker.id,
        context: "She said: Prices will fall by spring.",
        position: 42,
        isFragment: true,
      });
      expect(quote).toEqual({
        id: expect.any(String),
        text: "Prices will fall by spring.",
        context: "She said: Prices will fall by spring.",
        position: 42,
        status: "SUGGESTED",
        isFragment: true,
        version: 1,
        speaker: { slug: speaker.slug, name: speaker.name },
        article: { id: article.id, slug: article.slug },
      });
    });

    it("records an unattributed quote when no speaker is given", async () => {
      const article = await makeArticle(app.dataSource.manager);
      const quote = await record({ articleId: article.id, text: "Nobody knows who said this." });
      expect(quote).toMatchObject({ speaker: null, isFragment: false, context: null, position: null, status: "SUGGESTED" });
    });

    it("answers an unknown articleId with BAD_USER_INPUT naming the field, and records nothing", async () => {
      const count = () => app.dataSource.query(`SELECT count(*)::int AS n FROM quote`);
      const before = await count();
      const error = expectErrorCode(
        await app.execute(op("CreateQuote"), { input: { articleId: MISSING, text: "Orphaned words." } }, EDITOR),
        "BAD_USER_INPUT",
      );
      expect(error.extensions?.fields).toEqual({ articleId: "no such record" });
      expect(await count()).toEqual(before);
    });

    it("answers an unknown speakerId with BAD_USER_INPUT naming the field", async () => {
      const article = await makeArticle(app.dataSource.manager);
      const error = expectErrorCode(
        await app.execute(op("CreateQuote"), { input: { articleId: article.id, text: "Who?", speakerId: MISSING } }, EDITOR),
        "BAD_USER_INPUT",
      );
      expect(error.extensions?.fields).toEqual({ speakerId: "no such record" });
    });

    it("validates its input with BAD_USER_INPUT and the fields at fault", async () => {
      const error = expectErrorCode(
        await app.execute(op("CreateQuote"), { input: { articleId: "nope", text: "   ", speakerId: "nobody", position: -1 } }, EDITOR),
        "BAD_USER_INPUT",
      );
      expect(Object.keys(error.extensions?.fields as object).sort()).toEqual(["articleId", "position", "speakerId", "text"]);
      expect((error.extensions?.fields as Record<string, string>).text).toBe("must not be blank");
    });

    it("needs a token (UNAUTHENTICATED for readers)", async () => {
      const article = await makeArticle(app.dataSource.manager);
      expectErrorCode(await app.execute(op("CreateQuote"), { input: { articleId: article.id, text: "x" } }), "UNAUTHENTICATED");
    });
  });

  describe("updateQuote", () => {
    it("reattributes a quote to another speaker as the next version", async () => {
      const { quote } = await suggestedQuote();
      const other = await makePerson(app.dataSource.manager);
      const { updateQuote } = dataOf(await update(quote.id, 1, { speakerId: other.id }));
      expect(updateQuote).toEqual({ ...quote, speaker: { slug: other.slug, name: other.name }, version: 2 });
    });

    it("unattributes a quote given `speakerId: null`, keeping the rest", async () => {
      const { quote } = await suggestedQuote();
      const { updateQuote } = dataOf(await update(quote.id, 1, { speakerId: null }));
      expect(updateQuote).toEqual({ ...quote, speaker: null, version: 2 });
    });

    it("leaves the speaker when speakerId is left out", async () => {
      const { quote, speaker } = await suggestedQuote();
      const { updateQuote } = dataOf(await update(quote.id, 1, { text: "We shall not back down." }));
      expect(updateQuote).toMatchObject({ text: "We shall not back down.", speaker: { slug: speaker.slug }, version: 2 });
    });

    it("confirms a SUGGESTED quote", async () => {
      const { quote } = await suggestedQuote();
      const { updateQuote } = dataOf(await update(quote.id, 1, { status: "CONFIRMED" }));
      expect(updateQuote).toMatchObject({ status: "CONFIRMED", version: 2 });
    });

    it("refuses CONFIRMED → SUGGESTED with CONFLICT naming the current status, changing nothing", async () => {
      const { quote } = await suggestedQuote();
      dataOf(await update(quote.id, 1, { status: "CONFIRMED" }));
      const error = expectErrorCode(await update(quote.id, 2, { status: "SUGGESTED" }), "CONFLICT");
      expect(error.extensions?.currentStatus).toBe("CONFIRMED");
      expect(await quoteAs(quote.id)).toMatchObject({ status: "CONFIRMED", version: 2 });
    });

    it("shows readers a quote only once confirmed, and never once rejected; editors see every one", async () => {
      const { quote, article, speaker } = await suggestedQuote();
      const kept = await makeQuote(app.dataSource.manager, article, speaker, { text: "A quote that stays." });
      const articleQuotes = async (identity?: typeof EDITOR) =>
        dataOf(await app.execute(`query($id: ID) { article(id: $id) { quotes { id } } }`, { id: article.id }, identity))
          .article.quotes.map((q: { id: string }) => q.id)
          .sort();
      const speakerQuotes = async () =>
        dataOf(await app.execute(`query($slug: String) { person(slug: $slug) { quotes { nodes { id } } } }`, { slug: speaker.slug }))
          .person.quotes.nodes.map((q: { id: string }) => q.id)
          .sort();
      // A suggestion (say, from ingest) is a guess: not shown.
      expect(await quoteAs(quote.id, { role: "reader" })).toBeNull();
      expect(await articleQuotes()).toEqual([kept.id]);

      dataOf(await update(quote.id, 1, { status: "CONFIRMED" }));
      expect(await quoteAs(quote.id, { role: "reader" })).toMatchObject({ id: quote.id });
      expect(await articleQuotes()).toEqual([quote.id, kept.id].sort());

      dataOf(await update(quote.id, 2, { status: "REJECTED" }));
      expect(await quoteAs(quote.id, { role: "reader" })).toBeNull();
      expect(await articleQuotes()).toEqual([kept.id]);
      expect(await speakerQuotes()).toEqual([kept.id]);
      expect(await quoteAs(quote.id, EDITOR)).toMatchObject({ status: "REJECTED", version: 3 });
      expect(await articleQuotes(EDITOR)).toEqual([quote.id, kept.id].sort());
    });

    it("answers an unknown speakerId with BAD_USER_INPUT naming the field", async () => {
      const { quote, speaker } = await suggestedQuote();
      const error = expectErrorCode(await update(quote.id, 1, { speakerId: MISSING }), "BAD_USER_INPUT");
      expect(error.extensions?.fields).toEqual({ speakerId: "no such record" });
      expect(await quoteAs(quote.id)).toMatchObject({ speaker: { slug: speaker.slug }, version: 1 });
    });

    it("refuses to clear the text (text: null) with BAD_USER_INPUT", async () => {
      const { quote } = await suggestedQuote();
      const error = expectErrorCode(await update(quote.id, 1, { text: null }), "BAD_USER_INPUT");
      expect(Object.keys(error.extensions?.fields as object)).toEqual(["text"]);
    });

    it("rejects a stale expectedVersion with CONFLICT and the current version, changing nothing", async () => {
      const { quote } = await suggestedQuote();
      dataOf(await update(quote.id, 1, { text: "Second wording." }));
      const error = expectErrorCode(await update(quote.id, 1, { text: "Stale wording." }), "CONFLICT");
      expect(error.extensions?.currentVersion).toBe(2);
      expect(await quoteAs(quote.id)).toMatchObject({ text: "Second wording.", version: 2 });
    });

    it("answers an unknown id with NOT_FOUND", async () => {
      expectErrorCode(await update(MISSING, 1, { text: "x" }), "NOT_FOUND");
    });

    it("needs a token (UNAUTHENTICATED for readers)", async () => {
      const { quote } = await suggestedQuote();
      expectErrorCode(
        await app.execute(op("UpdateQuote"), { id: quote.id, expectedVersion: 1, input: { status: "REJECTED" } }),
        "UNAUTHENTICATED",
      );
      expect(await quoteAs(quote.id)).toMatchObject({ status: "SUGGESTED", version: 1 });
    });
  });

  describe("deleteQuote", () => {
    it("is for admins: readers get UNAUTHENTICATED, editors FORBIDDEN; an admin deletes it", async () => {
      const { quote } = await suggestedQuote();
      expectErrorCode(await app.execute(op("DeleteQuote"), { id: quote.id }), "UNAUTHENTICATED");
      expectErrorCode(await app.execute(op("DeleteQuote"), { id: quote.id }, EDITOR), "FORBIDDEN");
      expect(await quoteAs(quote.id)).toMatchObject({ id: quote.id });
      expect(dataOf(await app.execute(op("DeleteQuote"), { id: quote.id }, ADMIN)).deleteQuote).toBe(quote.id);
      expect(await quoteAs(quote.id, ADMIN)).toBeNull();
    });

    it("answers an unknown id with NOT_FOUND", async () => {
      expectErrorCode(await app.execute(op("DeleteQuote"), { id: MISSING }, ADMIN), "NOT_FOUND");
    });
  });
});

describe("topic editing", () => {
  const op = (name: string) => operationNamed("topic-editing", name);
  const TOPIC = `query($id: ID) { topic(id: $id) { id slug name version parent { slug } children { slug } } }`;
  const topicById = async (id: string) => dataOf(await app.execute(TOPIC, { id })).topic;

  async function create(input: Record<string, unknown>) {
    return dataOf(await app.execute(op("CreateTopic"), { input }, EDITOR)).createTopic;
  }

  async function update(id: string, expectedVersion: number, input: Record<string, unknown>) {
    return app.execute(op("UpdateTopic"), { id, expectedVersion, input }, EDITOR);
  }

  /** A fresh tree: root › middle › leaf, and a second root `other`. */
  async function tree() {
    const suffix = Math.random().toString(36).slice(2, 8);
    const root = await create({ name: `Root ${suffix}` });
    const middle = await create({ name: `Middle ${suffix}`, parentId: root.id });
    const leaf = await create({ name: `Leaf ${suffix}`, parentId: middle.id });
    const other = await create({ name: `Other ${suffix}` });
    return { root, middle, leaf, other, suffix };
  }

  describe("createTopic", () => {
    it("adds a topic under a parent at version 1, with a slug derived from its name", async () => {
      const parent = await create({ name: "Energy Policy" });
      const child = await create({ name: "Nuclear Power", description: "Reactors and their politics.", parentId: parent.id });
      expect(parent).toEqual({
        id: expect.any(String),
        slug: "energy-policy",
        name: "Energy Policy",
        description: null,
        version: 1,
        parent: null,
        children: [],
      });
      expect(child).toEqual({
        id: expect.any(String),
        slug: "nuclear-power",
        name: "Nuclear Power",
        description: "Reactors and their politics.",
        version: 1,
        parent: { slug: "energy-policy" },
        children: [],
      });
      expect((await topicById(parent.id)).children).toEqual([{ slug: "nuclear-power" }]);
    });

    it("derives a unique slug with a numeric suffix on collision", async () => {
      const [first, second] = [await create({ name: "Fisheries" }), await create({ name: "Fisheries" })];
      expect([first.slug, second.slug]).toEqual(["fisheries", "fisheries-2"]);
    });

    it("keeps keywords trimmed, lower-cased and once each, and replaces them on update", async () => {
      const keywordsOf = async (mutation: string, variables: Record<string, unknown>) =>
        (await app.execute(mutation, variables, EDITOR)).data as Record<string, { id: string; keywords: string[] }>;
      const { createTopic } = await keywordsOf(`mutation($input: CreateTopicInput!) { createTopic(input: $input) { id keywords } }`, {
        input: { name: "Fisheries policy", keywords: [" Quota ", "quota", "Trawler", "  "] },
      });
      expect(createTopic.keywords).toEqual(["quota", "trawler"]);
      const { updateTopic } = await keywordsOf(
        `mutation($id: ID!, $input: UpdateTopicInput!) { updateTopic(id: $id, expectedVersion: 1, input: $input) { id keywords } }`,
        { id: createTopic.id, input: { keywords: ["Cod war"] } },
      );
      expect(updateTopic.keywords).toEqual(["cod war"]);
    });

    it("gives topics created at the same time with the same name distinct derived slugs", async () => {
      const results = await Promise.all(
        Array.from({ length: 4 }, () => app.execute(op("CreateTopic"), { input: { name: "Parallel Topic" } }, EDITOR)),
      );
      expect(results.map((result) => result.errors)).toEqual([undefined, undefined, undefined, undefined]);
      expect(results.map((result) => result.data!.createTopic.slug).sort()).toEqual([
        "parallel-topic",
        "parallel-topic-2",
        "parallel-topic-3",
        "parallel-topic-4",
      ]);
    });

    it("refuses a slug that is taken with CONFLICT naming the field", async () => {
      const taken = await create({ name: "Taken Topic" });
      const error = expectErrorCode(
        await app.execute(op("CreateTopic"), { input: { name: "Another", slug: taken.slug } }, EDITOR),
        "CONFLICT",
      );
      expect(error.extensions?.fields).toEqual({ slug: "already taken" });
    });

    it("answers an unknown parentId with BAD_USER_INPUT naming the field", async () => {
      const error = expectErrorCode(
        await app.execute(op("CreateTopic"), { input: { name: "Lost Child", parentId: MISSING } }, EDITOR),
        "BAD_USER_INPUT",
      );
      expect(error.extensions?.fields).toEqual({ parentId: "no such record" });
    });

    it("validates its input with BAD_USER_INPUT and the fields at fault", async () => {
      const error = expectErrorCode(
        await app.execute(op("CreateTopic"), { input: { name: " ", slug: "Bad Slug", parentId: "root" } }, EDITOR),
        "BAD_USER_INPUT",
      );
      expect(Object.keys(error.extensions?.fields as object).sort()).toEqual(["name", "parentId", "slug"]);
    });

    it("needs a token (UNAUTHENTICATED for readers)", async () => {
      expectErrorCode(await app.execute(op("CreateTopic"), { input: { name: "Anonymous Topic" } }), "UNAUTHENTICATED");
    });
  });

  describe("updateTopic", () => {
    it("moves a topic with its subtree under another parent as the next version", async () => {
      const { root, middle, leaf, other } = await tree();
      const { updateTopic } = dataOf(await update(middle.id, 1, { parentId: other.id }));
      expect(updateTopic).toMatchObject({ slug: middle.slug, version: 2, parent: { slug: other.slug }, children: [{ slug: leaf.slug }] });
      expect((await topicById(root.id)).children).toEqual([]);
      expect((await topicById(other.id)).children).toEqual([{ slug: middle.slug }]);
    });

    it("renames a topic, keeping its slug and place", async () => {
      const { root, middle } = await tree();
      const { updateTopic } = dataOf(await update(middle.id, 1, { name: "Renamed Middle" }));
      expect(updateTopic).toMatchObject({ name: "Renamed Middle", slug: middle.slug, parent: { slug: root.slug }, version: 2 });
    });

    it("refuses a move under its own descendant with BAD_USER_INPUT naming parentId, changing nothing", async () => {
      const { root, leaf } = await tree();
      const error = expectErrorCode(await update(root.id, 1, { parentId: leaf.id }), "BAD_USER_INPUT");
      expect(error.extensions?.fields).toEqual({ parentId: "would make a cycle" });
      expect(await topicById(root.id)).toMatchObject({ parent: null, version: 1 });
    });

    it("refuses a move under itself with BAD_USER_INPUT naming parentId", async () => {
      const { middle, root } = await tree();
      const error = expectErrorCode(await update(middle.id, 1, { parentId: middle.id }), "BAD_USER_INPUT");
      expect(error.extensions?.fields).toEqual({ parentId: "would make a cycle" });
      expect(await topicById(middle.id)).toMatchObject({ parent: { slug: root.slug }, version: 1 });
    });

    it("makes a topic a root given `parentId: null`", async () => {
      const { middle, leaf } = await tree();
      const { updateTopic } = dataOf(await update(leaf.id, 1, { parentId: null }));
      expect(updateTopic).toMatchObject({ parent: null, version: 2 });
      expect((await topicById(middle.id)).children).toEqual([]);
      const roots = dataOf(await app.execute(`{ topics(first: 100, filter: { root: true }) { nodes { slug } } }`)).topics.nodes;
      expect(roots).toContainEqual({ slug: leaf.slug });
    });

    it("of two concurrent opposite moves, lets one win and refuses the other as a cycle", async () => {
      for (let round = 0; round < 2; round++) {
        const { root: first, other: second } = await tree();
        const results = await Promise.all([update(first.id, 1, { parentId: second.id }), update(second.id, 1, { parentId: first.id })]);
        const codes = results.map((result) => result.errors?.[0]?.extensions?.code ?? "ok").sort();
        expect(codes).toEqual(["BAD_USER_INPUT", "ok"]);
        const parents = [(await topicById(first.id)).parent, (await topicById(second.id)).parent];
        expect(parents.filter((parent) => parent === null)).toHaveLength(1);
      }
    });

    it("answers an unknown parentId with BAD_USER_INPUT naming the field", async () => {
      const { middle } = await tree();
      const error = expectErrorCode(await update(middle.id, 1, { parentId: MISSING }), "BAD_USER_INPUT");
      expect(error.extensions?.fields).toEqual({ parentId: "no such record" });
    });

    it("refuses a slug another topic has with CONFLICT naming the field", async () => {
      const { middle, other } = await tree();
      const error = expectErrorCode(await update(middle.id, 1, { slug: other.slug }), "CONFLICT");
      expect(error.extensions?.fields).toEqual({ slug: "already taken" });
    });

    it("rejects a stale expectedVersion with CONFLICT and the current version, changing nothing", async () => {
      const { middle, other } = await tree();
      dataOf(await update(middle.id, 1, { name: "Second name" }));
      const error = expectErrorCode(await update(middle.id, 1, { parentId: other.id }), "CONFLICT");
      expect(error.extensions?.currentVersion).toBe(2);
      expect((await topicById(other.id)).children).toEqual([]);
    });

    it("answers an unknown id with NOT_FOUND", async () => {
      expectErrorCode(await update(MISSING, 1, { name: "x" }), "NOT_FOUND");
    });

    it("needs a token (UNAUTHENTICATED for readers)", async () => {
      const { middle } = await tree();
      expectErrorCode(
        await app.execute(op("UpdateTopic"), { id: middle.id, expectedVersion: 1, input: { parentId: null } }),
        "UNAUTHENTICATED",
      );
      expect(await topicById(middle.id)).toMatchObject({ version: 1 });
    });
  });

  describe("deleteTopic", () => {
    it("is for admins: readers get UNAUTHENTICATED, editors FORBIDDEN, and the topic stays", async () => {
      const { leaf } = await tree();
      expectErrorCode(await app.execute(op("DeleteTopic"), { id: leaf.id }), "UNAUTHENTICATED");
      expectErrorCode(await app.execute(op("DeleteTopic"), { id: leaf.id }, EDITOR), "FORBIDDEN");
      expect(await topicById(leaf.id)).toMatchObject({ id: leaf.id });
    });

    it("deletes a topic; the articles tagged with it lose the tag and keep their others", async () => {
      const manager = app.dataSource.manager;
      const { leaf } = await tree();
      const [article, kept] = [await makeArticle(manager), await makeTopic(manager)];
      await tag(manager, article, await manager.findOneByOrFail(Topic, { id: leaf.id }));
      await tag(manager, article, kept);
      const topicsOf = async () =>
        dataOf(await app.execute(`query($id: ID) { article(id: $id) { topics { slug } } }`, { id: article.id })).article.topics;
      expect(await topicsOf()).toHaveLength(2);
      expect(dataOf(await app.execute(op("DeleteTopic"), { id: leaf.id }, ADMIN)).deleteTopic).toBe(leaf.id);
      expect(await topicById(leaf.id)).toBeNull();
      expect(await topicsOf()).toEqual([{ slug: kept.slug }]);
    });

    it("is refused with CONFLICT while the topic has children, changing nothing", async () => {
      const { middle, leaf } = await tree();
      const error = expectErrorCode(await app.execute(op("DeleteTopic"), { id: middle.id }, ADMIN), "CONFLICT");
      expect(error.extensions?.childCount).toBe(1);
      expect(await topicById(leaf.id)).toMatchObject({ parent: { slug: middle.slug } });
    });

    it("with reparentChildren moves the children to the deleted topic's parent", async () => {
      const { root, middle, leaf, suffix } = await tree();
      const sibling = await create({ name: `Leaf two ${suffix}`, parentId: middle.id });
      expect(dataOf(await app.execute(op("DeleteTopic"), { id: middle.id, reparentChildren: true }, ADMIN)).deleteTopic).toBe(middle.id);
      expect(await topicById(middle.id)).toBeNull();
      // Children come by name; the names carry a random suffix, so compare as a set.
      const children = (await topicById(root.id)).children.map((child: { slug: string }) => child.slug).sort();
      expect(children).toEqual([leaf.slug, sibling.slug].sort());
      expect(await topicById(leaf.id)).toMatchObject({ parent: { slug: root.slug } });
    });

    it("with reparentChildren makes the children of a deleted root roots themselves", async () => {
      const { root, middle, leaf } = await tree();
      dataOf(await app.execute(op("DeleteTopic"), { id: root.id, reparentChildren: true }, ADMIN));
      expect(await topicById(middle.id)).toMatchObject({ parent: null, children: [{ slug: leaf.slug }] });
    });

    it("answers an unknown id with NOT_FOUND", async () => {
      expectErrorCode(await app.execute(op("DeleteTopic"), { id: MISSING }, ADMIN), "NOT_FOUND");
    });
  });
});

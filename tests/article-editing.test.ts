// The article desk through the API: drafts, versioned edits, the workflow, revisions, deletion.

import { makePerson, makeTopic } from "./helpers/factories";
import { operationNamed } from "./helpers/operations";
import { ADMIN, createTestApp, dataOf, EDITOR, expectErrorCode, TestApp } from "./helpers/test-app";

const op = (name: string) => operationNamed("article-editing", name);

/** A revision as the ArticleHistory operation returns it. */
interface Revision {
  version: number;
  editor: string;
  change: string;
  status: string;
  previousStatus: string | null;
  headline: string;
}

describe("article editing", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());

  async function draft(input: Record<string, unknown> = {}) {
    const { createArticle } = dataOf(
      await app.execute(op("CreateArticle"), { input: { headline: "Ministers meet in Brussels", body: "They met.", ...input } }, EDITOR),
    );
    return createArticle;
  }

  async function publish(id: string, publishedAt?: string) {
    dataOf(await app.execute(op("SubmitArticle"), { id }, EDITOR));
    return dataOf(await app.execute(op("PublishArticle"), { id, publishedAt }, EDITOR)).publishArticle;
  }

  describe("createArticle", () => {
    it("creates a DRAFT at version 1 with its topics, mentions and byline", async () => {
      const manager = app.dataSource.manager;
      const [topic, person, author] = [await makeTopic(manager), await makePerson(manager), await makePerson(manager)];
      const article = await draft({
        standfirst: "A summary.",
        dateline: "BRUSSELS",
        sourceUrl: "https://example.com/story",
        topicIds: [topic.id],
        mentions: [{ personId: person.id, mentionCount: 3 }],
        authorIds: [author.id],
      });
      expect(article).toMatchObject({
        status: "DRAFT",
        version: 1,
        publishedAt: null,
        dateline: "BRUSSELS",
        topics: [{ slug: topic.slug }],
        people: [{ slug: person.slug }],
        authors: [{ slug: author.slug }],
      });
      expect(article.slug).toMatch(/^ministers-meet-in-brussels(-\d+)?$/);
    });

    it("derives a unique slug from the headline, with a suffix on collision", async () => {
      const first = await draft({ headline: "Élection à Paris!" });
      const second = await draft({ headline: "Élection à Paris!" });
      expect(first.slug).toBe("election-a-paris");
      expect(second.slug).toBe("election-a-paris-2");
    });

    it("refuses a slug that is taken with CONFLICT naming the field", async () => {
      const first = await draft();
      const error = expectErrorCode(
        await app.execute(op("CreateArticle"), { input: { headline: "x", body: "y", slug: first.slug } }, EDITOR),
        "CONFLICT",
      );
      expect(error.extensions?.fields).toEqual({ slug: "already taken" });
    });

    it("validates its input with BAD_USER_INPUT and the fields at fault, without echoing them", async () => {
      const result = await app.execute(
        op("CreateArticle"),
        { input: { headline: "   ", body: "ok", slug: "Not A Slug", sourceUrl: "javascript:alert(1)", topicIds: ["nope"] } },
        EDITOR,
      );
      const error = expectErrorCode(result, "BAD_USER_INPUT");
      expect(Object.keys(error.extensions?.fields as object).sort()).toEqual(["headline", "slug", "sourceUrl", "topicIds"]);
      expect(JSON.stringify(error)).not.toContain("javascript:alert");
    });

    it("refuses NUL characters: in a checked text field with the field named, elsewhere still as BAD_USER_INPUT", async () => {
      const headline = expectErrorCode(
        await app.execute(op("CreateArticle"), { input: { headline: "a\u0000b", body: "x" } }, EDITOR),
        "BAD_USER_INPUT",
      );
      expect(Object.keys(headline.extensions?.fields as object)).toEqual(["headline"]);
      expectErrorCode(
        await app.execute(op("CreateArticle"), { input: { headline: "ok", body: "x", standfirst: "a\u0000b" } }, EDITOR),
        "BAD_USER_INPUT",
      );
    });

    it("answers an unknown topic or person id with BAD_USER_INPUT naming the field, and writes nothing", async () => {
      const missing = "00000000-0000-4000-8000-000000000000";
      const before = await app.dataSource.query("SELECT count(*)::int AS n FROM article");
      const error = expectErrorCode(
        await app.execute(op("CreateArticle"), { input: { headline: "Orphan links", body: "x", authorIds: [missing] } }, EDITOR),
        "BAD_USER_INPUT",
      );
      expect(error.extensions?.fields).toEqual({ authorIds: "no such record" });
      expect(await app.dataSource.query("SELECT count(*)::int AS n FROM article")).toEqual(before);
    });

    it("needs a token (UNAUTHENTICATED for readers)", async () => {
      expectErrorCode(await app.execute(op("CreateArticle"), { input: { headline: "x", body: "y" } }), "UNAUTHENTICATED");
    });
  });

  describe("updateArticle", () => {
    it("applies an edit as the next version and replaces the relations it names", async () => {
      const manager = app.dataSource.manager;
      const [oldTopic, newTopic] = [await makeTopic(manager), await makeTopic(manager)];
      const article = await draft({ topicIds: [oldTopic.id] });
      const { updateArticle } = dataOf(
        await app.execute(
          op("UpdateArticle"),
          { id: article.id, expectedVersion: 1, input: { headline: "New headline", topicIds: [newTopic.id] } },
          EDITOR,
        ),
      );
      expect(updateArticle).toMatchObject({ headline: "New headline", body: "They met.", version: 2, topics: [{ slug: newTopic.slug }] });
    });

    it("rejects a stale expectedVersion with CONFLICT and the current version, changing nothing", async () => {
      const article = await draft();
      dataOf(await app.execute(op("UpdateArticle"), { id: article.id, expectedVersion: 1, input: { body: "Second." } }, EDITOR));
      const error = expectErrorCode(
        await app.execute(op("UpdateArticle"), { id: article.id, expectedVersion: 1, input: { body: "Stale." } }, EDITOR),
        "CONFLICT",
      );
      expect(error.extensions?.currentVersion).toBe(2);
      const { article: stored } = dataOf(
        await app.execute(`query($id: ID) { article(id: $id) { body version } }`, { id: article.id }, EDITOR),
      );
      expect(stored).toEqual({ body: "Second.", version: 2 });
    });

    it("refuses to clear a required field", async () => {
      const article = await draft();
      const error = expectErrorCode(
        await app.execute(op("UpdateArticle"), { id: article.id, expectedVersion: 1, input: { headline: null } }, EDITOR),
        "BAD_USER_INPUT",
      );
      expect(Object.keys(error.extensions?.fields as object)).toEqual(["headline"]);
    });

    it("answers an unknown id with NOT_FOUND", async () => {
      expectErrorCode(
        await app.execute(
          op("UpdateArticle"),
          { id: "00000000-0000-4000-8000-000000000000", expectedVersion: 1, input: { body: "x" } },
          EDITOR,
        ),
        "NOT_FOUND",
      );
    });

    it("keeps the old slug resolving after a slug change", async () => {
      const article = await publish((await draft({ headline: "Slug story" })).id);
      const before = (await app.execute(`query($id: ID) { article(id: $id) { slug version } }`, { id: article.id }, EDITOR)).data!.article;
      dataOf(
        await app.execute(
          op("UpdateArticle"),
          { id: article.id, expectedVersion: before.version, input: { slug: "slug-story-renamed" } },
          EDITOR,
        ),
      );
      const bySlug = (slug: string) => app.execute(`query($slug: String) { article(slug: $slug) { id slug } }`, { slug });
      expect(dataOf(await bySlug(before.slug)).article).toEqual({ id: article.id, slug: "slug-story-renamed" });
      expect(dataOf(await bySlug("slug-story-renamed")).article.id).toBe(article.id);
    });

    it("lets exactly one of 20 concurrent edits of the same version win", async () => {
      const article = await draft();
      const results = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          app.execute(op("UpdateArticle"), { id: article.id, expectedVersion: 1, input: { body: `Edit number ${i}.` } }, EDITOR),
        ),
      );
      const winners = results.filter((result) => !result.errors);
      const losers = results.filter((result) => result.errors);
      expect(winners).toHaveLength(1);
      expect(losers).toHaveLength(19);
      for (const loser of losers) {
        expect(loser.errors![0].extensions).toMatchObject({ code: "CONFLICT", currentVersion: 2 });
      }
      const { article: stored } = dataOf(
        await app.execute(`query($id: ID) { article(id: $id) { body version } }`, { id: article.id }, EDITOR),
      );
      expect(stored).toEqual({ body: winners[0].data!.updateArticle.body, version: 2 });
    });
  });

  describe("an edit held up by another", () => {
    it("answers CONFLICT once it has waited NEWSDESK_LOCK_TIMEOUT_MS for the row, and writes nothing", async () => {
      const impatient = await createTestApp({ NEWSDESK_LOCK_TIMEOUT_MS: "300" });
      const blocker = impatient.dataSource.createQueryRunner();
      try {
        const { createArticle } = dataOf(await impatient.execute(op("CreateArticle"), { input: { headline: "Held", body: "x" } }, EDITOR));
        await blocker.connect();
        await blocker.startTransaction();
        await blocker.query("SELECT id FROM article WHERE id = $1 FOR UPDATE", [createArticle.id]);
        const error = expectErrorCode(
          await impatient.execute(op("UpdateArticle"), { id: createArticle.id, expectedVersion: 1, input: { body: "y" } }, EDITOR),
          "CONFLICT",
        );
        expect(error.extensions?.retryable).toBe(true);
        await blocker.rollbackTransaction();
        const { article } = dataOf(
          await impatient.execute(`query($id: ID) { article(id: $id) { body version } }`, { id: createArticle.id }, EDITOR),
        );
        expect(article).toEqual({ body: "x", version: 1 });
      } finally {
        await blocker.release();
        await impatient.close();
      }
    });
  });

  describe("workflow", () => {
    it("goes DRAFT → IN_REVIEW → PUBLISHED → ARCHIVED → DRAFT, setting publishedAt on first publication", async () => {
      const { id } = await draft();
      const step = async (name: string) => dataOf(await app.execute(op(name), { id }, EDITOR));
      expect((await step("SubmitArticle")).submitArticle).toMatchObject({ status: "IN_REVIEW", version: 2 });
      const published = (await step("PublishArticle")).publishArticle;
      expect(published).toMatchObject({ status: "PUBLISHED", version: 3 });
      expect(Date.now() - new Date(published.publishedAt).getTime()).toBeLessThan(60_000);
      expect((await step("ArchiveArticle")).archiveArticle).toMatchObject({ status: "ARCHIVED", version: 4 });
      expect((await step("UnpublishArticle")).unpublishArticle).toMatchObject({ status: "DRAFT", version: 5 });
      await step("SubmitArticle");
      const republished = (await step("PublishArticle")).publishArticle;
      expect(republished.publishedAt).toEqual(published.publishedAt);
    });

    it.each([
      ["PublishArticle", "DRAFT"],
      ["ArchiveArticle", "DRAFT"],
      ["UnpublishArticle", "DRAFT"],
    ])("refuses %s from %s with CONFLICT naming the current status", async (name, status) => {
      const { id } = await draft();
      const error = expectErrorCode(await app.execute(op(name), { id }, EDITOR), "CONFLICT");
      expect(error.extensions?.currentStatus).toBe(status);
      expect(error.message).toContain(status);
    });

    it("refuses to submit or publish a published article", async () => {
      const { id } = await draft();
      await publish(id);
      expectErrorCode(await app.execute(op("SubmitArticle"), { id }, EDITOR), "CONFLICT");
      const error = expectErrorCode(await app.execute(op("PublishArticle"), { id }, EDITOR), "CONFLICT");
      expect(error.extensions?.currentStatus).toBe("PUBLISHED");
    });

    it("honours expectedVersion on a workflow step", async () => {
      const { id } = await draft();
      const error = expectErrorCode(await app.execute(op("SubmitArticle"), { id, expectedVersion: 7 }, EDITOR), "CONFLICT");
      expect(error.extensions?.currentVersion).toBe(1);
    });

    it("schedules: readers see an article published in the future only once its time has come", async () => {
      const { id } = await draft({ headline: "Embargoed until tomorrow" });
      const tomorrow = new Date(Date.now() + 86_400_000).toISOString();
      const published = await publish(id, tomorrow);
      expect(published).toMatchObject({ status: "PUBLISHED", publishedAt: new Date(tomorrow) });
      const asReader = () => app.execute(`query($id: ID) { article(id: $id) { id } }`, { id });
      expect(dataOf(await asReader()).article).toBeNull();
      // Its moment passes (moved into the past directly: the test cannot wait a day).
      await app.dataSource.query("UPDATE article SET published_at = now() - interval '1 minute' WHERE id = $1", [id]);
      expect(dataOf(await asReader()).article).toEqual({ id });
    });
  });

  describe("revisions", () => {
    it("records every change, newest first, with editor, change and status moves", async () => {
      const { id } = await draft({ headline: "Version one" });
      dataOf(await app.execute(op("UpdateArticle"), { id, expectedVersion: 1, input: { headline: "Version two" } }, EDITOR));
      dataOf(await app.execute(op("SubmitArticle"), { id }, { role: "editor", name: "Second Editor" }));
      const { article } = dataOf(await app.execute(op("ArticleHistory"), { id }, EDITOR));
      expect(article.revisions.map((r: Revision) => [r.version, r.editor, r.change, r.status, r.previousStatus, r.headline])).toEqual([
        [3, "Second Editor", "submitted for review", "IN_REVIEW", "DRAFT", "Version two"],
        [2, "Test Editor", "edited", "DRAFT", null, "Version two"],
        [1, "Test Editor", "created", "DRAFT", null, "Version one"],
      ]);
    });

    it("are for editors only: readers get an empty list, and the rest of their answer", async () => {
      const { id } = await publish((await draft()).id);
      const query = `query($id: ID) { article(id: $id) { id revisions { version } } }`;
      expect(dataOf(await app.execute(query, { id }))).toEqual({ article: { id, revisions: [] } });
      expect(dataOf(await app.execute(query, { id }, EDITOR)).article.revisions.map((r: { version: number }) => r.version)).toEqual([
        3, 2, 1,
      ]);
    });

    it("restoreArticleRevision makes a new version from an old one's text and relations", async () => {
      const manager = app.dataSource.manager;
      const [first, second] = [await makeTopic(manager), await makeTopic(manager)];
      const { id } = await draft({ headline: "Original", topicIds: [first.id] });
      dataOf(
        await app.execute(
          op("UpdateArticle"),
          { id, expectedVersion: 1, input: { headline: "Rewritten", slug: "rewritten", topicIds: [second.id] } },
          EDITOR,
        ),
      );
      const { restoreArticleRevision } = dataOf(
        await app.execute(op("RestoreArticleRevision"), { id, version: 1, expectedVersion: 2 }, EDITOR),
      );
      expect(restoreArticleRevision).toMatchObject({ headline: "Original", version: 3, status: "DRAFT", topics: [{ slug: first.slug }] });
      const { article } = dataOf(await app.execute(op("ArticleHistory"), { id }, EDITOR));
      expect(article.revisions[0]).toMatchObject({ version: 3, change: "restored version 1" });
      expectErrorCode(await app.execute(op("RestoreArticleRevision"), { id, version: 1, expectedVersion: 2 }, EDITOR), "CONFLICT");
      expectErrorCode(await app.execute(op("RestoreArticleRevision"), { id, version: 99, expectedVersion: 3 }, EDITOR), "NOT_FOUND");
    });

    it("starts the history of an article loaded outside the API before its first edit", async () => {
      const { article: sample } = dataOf(
        await app.execute(`{ article(slug: "un-refuses-to-close-somali-refugee-camps-in-kenya") { id version headline } }`, {}, EDITOR),
      );
      dataOf(
        await app.execute(
          op("UpdateArticle"),
          { id: sample.id, expectedVersion: sample.version, input: { headline: "Corrected" } },
          EDITOR,
        ),
      );
      const { article } = dataOf(await app.execute(op("ArticleHistory"), { id: sample.id }, EDITOR));
      expect(article.revisions.map((r: Revision) => [r.version, r.change, r.headline])).toEqual([
        [sample.version + 1, "edited", "Corrected"],
        [sample.version, "imported", sample.headline],
      ]);
    });
  });

  describe("deleteArticle", () => {
    it("is for admins: editors get FORBIDDEN, readers UNAUTHENTICATED", async () => {
      const { id } = await draft();
      expectErrorCode(await app.execute(op("DeleteArticle"), { id }), "UNAUTHENTICATED");
      expectErrorCode(await app.execute(op("DeleteArticle"), { id }, EDITOR), "FORBIDDEN");
      expect(dataOf(await app.execute(op("DeleteArticle"), { id }, ADMIN)).deleteArticle).toBe(id);
      expect(dataOf(await app.execute(`query($id: ID) { article(id: $id) { id } }`, { id }, ADMIN)).article).toBeNull();
      expectErrorCode(await app.execute(op("DeleteArticle"), { id }, ADMIN), "NOT_FOUND");
    });
  });

  it("a mutation's own response reads what it wrote, even after the operation loaded the record", async () => {
    const { id } = await draft({ headline: "Before" });
    const result = await app.execute(
      `mutation($id: ID!) {
        first: updateArticle(id: $id, expectedVersion: 1, input: { headline: "After one" }) { headline version }
        second: updateArticle(id: $id, expectedVersion: 2, input: { headline: "After two" }) { headline version }
      }`,
      { id },
      EDITOR,
    );
    expect(dataOf(result)).toEqual({ first: { headline: "After one", version: 2 }, second: { headline: "After two", version: 3 } });
  });
});

// The people desk through the API: adding, correcting, deleting and merging duplicate people.

import { Person } from "../src/entities";
import { byline, makeArticle, makePerson, makeQuote, mention } from "./helpers/factories";
import { operationNamed } from "./helpers/operations";
import { ADMIN, createTestApp, dataOf, EDITOR, expectErrorCode, TestApp } from "./helpers/test-app";

const op = (name: string) => operationNamed("person-editing", name);
const MISSING = "00000000-0000-4000-8000-000000000000";

const PERSON_BY_ID = `query($id: ID) { person(id: $id) { id slug name aliases title version quotes(first: 50) { totalCount nodes { text } } } }`;
const PERSON_BY_SLUG = `query($slug: String) { person(slug: $slug) { id slug } }`;

describe("person editing", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());

  async function create(input: Record<string, unknown>) {
    return dataOf(await app.execute(op("CreatePerson"), { input }, EDITOR)).createPerson;
  }

  async function personById(id: string) {
    return dataOf(await app.execute(PERSON_BY_ID, { id }, ADMIN)).person;
  }

  // As an editor: readers only meet people through published work (see visibility.test.ts).
  async function personBySlug(slug: string) {
    return dataOf(await app.execute(PERSON_BY_SLUG, { slug }, EDITOR)).person;
  }

  /** The stored row of a person created through the API, for the factories. */
  const row = (id: string) => app.dataSource.manager.findOneByOrFail(Person, { id });

  const quoteTexts = (person: { quotes: { nodes: { text: string }[] } }) => person.quotes.nodes.map((q) => q.text).sort();

  describe("createPerson", () => {
    it("adds a person at version 1 with the fields given", async () => {
      const person = await create({
        name: "Ada Quillfeather",
        title: "Chief Engineer",
        description: "Builds bridges.",
        wikidataId: "Q4242421",
      });
      expect(person).toEqual({
        id: expect.any(String),
        slug: "ada-quillfeather",
        name: "Ada Quillfeather",
        aliases: [],
        title: "Chief Engineer",
        description: "Builds bridges.",
        wikidataId: "Q4242421",
        version: 1,
      });
      expect((await personBySlug("ada-quillfeather")).id).toBe(person.id);
    });

    it("derives the slug from the name, with a numeric suffix on collision", async () => {
      const slugs = [];
      for (let i = 0; i < 3; i++) slugs.push((await create({ name: "Renée Fauchard" })).slug);
      expect(slugs).toEqual(["renee-fauchard", "renee-fauchard-2", "renee-fauchard-3"]);
    });

    it("gives people created at the same time with the same name distinct derived slugs", async () => {
      const results = await Promise.all(
        Array.from({ length: 4 }, () => app.execute(op("CreatePerson"), { input: { name: "Simultaneous Sam" } }, EDITOR)),
      );
      expect(results.map((result) => result.errors)).toEqual([undefined, undefined, undefined, undefined]);
      expect(results.map((result) => result.data!.createPerson.slug).sort()).toEqual([
        "simultaneous-sam",
        "simultaneous-sam-2",
        "simultaneous-sam-3",
        "simultaneous-sam-4",
      ]);
    });

    it("refuses a slug that is taken with CONFLICT naming the field, and adds nobody", async () => {
      const first = await create({ name: "Otto Brennwald" });
      const count = () => app.dataSource.query(`SELECT count(*)::int AS n FROM person WHERE name = 'Someone Else'`);
      const error = expectErrorCode(
        await app.execute(op("CreatePerson"), { input: { name: "Someone Else", slug: first.slug } }, EDITOR),
        "CONFLICT",
      );
      expect(error.extensions?.fields).toEqual({ slug: "already taken" });
      expect(await count()).toEqual([{ n: 0 }]);
    });

    it("refuses a wikidataId another person has with CONFLICT naming the field", async () => {
      await create({ name: "Wiki One", wikidataId: "Q98765431" });
      const error = expectErrorCode(
        await app.execute(op("CreatePerson"), { input: { name: "Wiki Two", wikidataId: "Q98765431" } }, EDITOR),
        "CONFLICT",
      );
      expect(error.extensions?.fields).toEqual({ wikidataId: "already taken" });
    });

    it.each([
      ["a blank name", { name: "   " }, { name: "must not be blank" }],
      [
        "a wikidataId without the Q",
        { name: "Valid Name", wikidataId: "7747" },
        { wikidataId: "must be a Wikidata item id such as Q7747" },
      ],
      [
        "a wikidataId with a leading zero",
        { name: "Valid Name", wikidataId: "Q0123" },
        { wikidataId: "must be a Wikidata item id such as Q7747" },
      ],
    ])("refuses %s with BAD_USER_INPUT naming the field", async (_what, input, fields) => {
      const error = expectErrorCode(await app.execute(op("CreatePerson"), { input }, EDITOR), "BAD_USER_INPUT");
      expect(error.extensions?.fields).toEqual(fields);
    });

    it("reports every invalid field at once without echoing the input", async () => {
      const error = expectErrorCode(
        await app.execute(op("CreatePerson"), { input: { name: "", slug: "Not A Slug", wikidataId: "wd:<script>" } }, EDITOR),
        "BAD_USER_INPUT",
      );
      expect(Object.keys(error.extensions?.fields as object).sort()).toEqual(["name", "slug", "wikidataId"]);
      expect(JSON.stringify(error)).not.toContain("<script>");
    });

    it("cleans the aliases: trimmed, without blanks, repeats (any case) or the name itself", async () => {
      const person = await create({
        name: "Boris Quellmann",
        aliases: [" Quellmann ", "quellmann", "", "   ", "BORIS QUELLMANN", " boris quellmann", "Bo", "bo "],
      });
      expect(person.aliases).toEqual(["Quellmann", "Bo"]);
    });

    it("needs a token (UNAUTHENTICATED for readers)", async () => {
      expectErrorCode(await app.execute(op("CreatePerson"), { input: { name: "Anonymous Addition" } }), "UNAUTHENTICATED");
      expect(await personBySlug("anonymous-addition")).toBeNull();
    });
  });

  describe("updatePerson", () => {
    it("applies an edit as the next version, leaving the fields not named", async () => {
      const person = await create({ name: "Clara Vintner", title: "Mayor", aliases: ["Vintner"] });
      const { updatePerson } = dataOf(
        await app.execute(op("UpdatePerson"), { id: person.id, expectedVersion: 1, input: { title: "Former Mayor" } }, EDITOR),
      );
      expect(updatePerson).toEqual({ ...person, title: "Former Mayor", version: 2 });
    });

    it("replaces the aliases, cleaned against the new name", async () => {
      const person = await create({ name: "Dieter Sommerfeld", aliases: ["Sommerfeld"] });
      const { updatePerson } = dataOf(
        await app.execute(
          op("UpdatePerson"),
          {
            id: person.id,
            expectedVersion: 1,
            input: { name: "Dieter K. Sommerfeld", aliases: ["dieter k. sommerfeld", " D.K.S. ", "d.k.s."] },
          },
          EDITOR,
        ),
      );
      expect(updatePerson).toMatchObject({ name: "Dieter K. Sommerfeld", aliases: ["D.K.S."], version: 2 });
    });

    it("drops an alias that becomes the name when a person is renamed to it", async () => {
      const person = await create({ name: "Pia Lindqvist-Berg", aliases: ["Pia Lindqvist", "Lindqvist"] });
      const { updatePerson } = dataOf(
        await app.execute(op("UpdatePerson"), { id: person.id, expectedVersion: 1, input: { name: "Pia Lindqvist" } }, EDITOR),
      );
      expect(updatePerson).toMatchObject({ name: "Pia Lindqvist", aliases: ["Lindqvist"], version: 2 });
    });

    it("keeps the old slug resolving via person(slug:) after a slug change", async () => {
      const person = await create({ name: "Elif Karaman" });
      const { updatePerson } = dataOf(
        await app.execute(op("UpdatePerson"), { id: person.id, expectedVersion: 1, input: { slug: "elif-karaman-mp" } }, EDITOR),
      );
      expect(updatePerson).toMatchObject({ slug: "elif-karaman-mp", version: 2 });
      expect(await personBySlug("elif-karaman")).toEqual({ id: person.id, slug: "elif-karaman-mp" });
      expect(await personBySlug("elif-karaman-mp")).toEqual({ id: person.id, slug: "elif-karaman-mp" });
      // A newcomer with the same name does not take over the old link.
      expect((await create({ name: "Elif Karaman" })).slug).toBe("elif-karaman-2");
      expect((await personBySlug("elif-karaman")).id).toBe(person.id);
    });

    it("refuses a slug another person has with CONFLICT naming the field, changing nothing", async () => {
      const [taken, person] = [await create({ name: "Fritz Taken" }), await create({ name: "Gerda Wants" })];
      const error = expectErrorCode(
        await app.execute(op("UpdatePerson"), { id: person.id, expectedVersion: 1, input: { slug: taken.slug } }, EDITOR),
        "CONFLICT",
      );
      expect(error.extensions?.fields).toEqual({ slug: "already taken" });
      expect(await personById(person.id)).toMatchObject({ slug: "gerda-wants", version: 1 });
    });

    it("refuses to clear the name (name: null) with BAD_USER_INPUT, changing nothing", async () => {
      const person = await create({ name: "Hana Nulltest" });
      const error = expectErrorCode(
        await app.execute(op("UpdatePerson"), { id: person.id, expectedVersion: 1, input: { name: null } }, EDITOR),
        "BAD_USER_INPUT",
      );
      expect(Object.keys(error.extensions?.fields as object)).toEqual(["name"]);
      expect(await personById(person.id)).toMatchObject({ name: "Hana Nulltest", version: 1 });
    });

    it("refuses a malformed wikidataId with BAD_USER_INPUT naming the field", async () => {
      const person = await create({ name: "Ivo Wikiless" });
      const error = expectErrorCode(
        await app.execute(op("UpdatePerson"), { id: person.id, expectedVersion: 1, input: { wikidataId: "Q" } }, EDITOR),
        "BAD_USER_INPUT",
      );
      expect(error.extensions?.fields).toEqual({ wikidataId: "must be a Wikidata item id such as Q7747" });
    });

    it("rejects a stale expectedVersion with CONFLICT and the current version, changing nothing", async () => {
      const person = await create({ name: "Jana Stale" });
      dataOf(await app.execute(op("UpdatePerson"), { id: person.id, expectedVersion: 1, input: { title: "Second" } }, EDITOR));
      const error = expectErrorCode(
        await app.execute(op("UpdatePerson"), { id: person.id, expectedVersion: 1, input: { title: "Stale" } }, EDITOR),
        "CONFLICT",
      );
      expect(error.extensions?.currentVersion).toBe(2);
      expect(await personById(person.id)).toMatchObject({ title: "Second", version: 2 });
    });

    it("answers an unknown id with NOT_FOUND", async () => {
      expectErrorCode(
        await app.execute(op("UpdatePerson"), { id: MISSING, expectedVersion: 1, input: { title: "x" } }, EDITOR),
        "NOT_FOUND",
      );
    });

    it("needs a token (UNAUTHENTICATED for readers)", async () => {
      const person = await create({ name: "Kai Unchanged" });
      expectErrorCode(
        await app.execute(op("UpdatePerson"), { id: person.id, expectedVersion: 1, input: { title: "x" } }),
        "UNAUTHENTICATED",
      );
      expect(await personById(person.id)).toMatchObject({ title: null, version: 1 });
    });
  });

  describe("deletePerson", () => {
    it("is for admins: readers get UNAUTHENTICATED, editors FORBIDDEN, and the person stays", async () => {
      const person = await create({ name: "Lena Keeper" });
      expectErrorCode(await app.execute(op("DeletePerson"), { id: person.id }), "UNAUTHENTICATED");
      expectErrorCode(await app.execute(op("DeletePerson"), { id: person.id }, EDITOR), "FORBIDDEN");
      expect((await personById(person.id)).id).toBe(person.id);
    });

    it("deletes a person; their quotes stay, unattributed", async () => {
      const person = await create({ name: "Mira Gone" });
      const article = await makeArticle(app.dataSource.manager);
      const quote = await makeQuote(app.dataSource.manager, article, await row(person.id), { text: "I was here." });
      expect(dataOf(await app.execute(op("DeletePerson"), { id: person.id }, ADMIN)).deletePerson).toBe(person.id);
      expect(await personById(person.id)).toBeNull();
      expect(await personBySlug("mira-gone")).toBeNull();
      const { quote: stored } = dataOf(
        await app.execute(`query($id: ID!) { quote(id: $id) { text speaker { id } } }`, { id: quote.id }, EDITOR),
      );
      expect(stored).toEqual({ text: "I was here.", speaker: null });
    });

    it("is refused with CONFLICT while the person is on a byline, and the person stays", async () => {
      const person = await create({ name: "Nils Byline" });
      const article = await makeArticle(app.dataSource.manager);
      await byline(app.dataSource.manager, article, [await row(person.id)]);
      const error = expectErrorCode(await app.execute(op("DeletePerson"), { id: person.id }, ADMIN), "CONFLICT");
      expect(error.extensions?.bylineCount).toBe(1);
      expect((await personById(person.id)).id).toBe(person.id);
    });

    it("answers an unknown id with NOT_FOUND", async () => {
      expectErrorCode(await app.execute(op("DeletePerson"), { id: MISSING }, ADMIN), "NOT_FOUND");
    });
  });

  describe("mergePeople", () => {
    it("keeps article history pointing at the person who remains, so restoring an old version loses no one", async () => {
      const manager = app.dataSource.manager;
      const [kept, duplicate] = [await makePerson(manager), await makePerson(manager)];
      const articles = (name: string) => operationNamed("article-editing", name);
      const { createArticle } = dataOf(
        await app.execute(
          articles("CreateArticle"),
          {
            input: {
              headline: "Merged history",
              body: "x",
              authorIds: [duplicate.id],
              mentions: [
                { personId: duplicate.id, mentionCount: 2 },
                { personId: kept.id, mentionCount: 1 },
              ],
            },
          },
          EDITOR,
        ),
      );
      dataOf(await app.execute(op("MergePeople"), { into: kept.id, from: [duplicate.id] }, ADMIN));

      const history = `query($id: ID) { article(id: $id) { version revisions { version change editor authors { id } people { id } } } }`;
      const { article } = dataOf(await app.execute(history, { id: createArticle.id }, EDITOR));
      // The merge is a change to the article (its byline and mentions): a version of its own.
      expect(article.version).toBe(2);
      expect(article.revisions).toEqual([
        {
          version: 2,
          change: `merged ${duplicate.name} into ${kept.name}`,
          editor: "Test Admin",
          authors: [{ id: kept.id }],
          people: [{ id: kept.id }],
        },
        { version: 1, change: "created", editor: "Test Editor", authors: [{ id: kept.id }], people: [{ id: kept.id }] },
      ]);

      const { restoreArticleRevision } = dataOf(
        await app.execute(
          articles("RestoreArticleRevision"),
          { id: createArticle.id, version: 1, expectedVersion: article.version },
          EDITOR,
        ),
      );
      expect(restoreArticleRevision.authors).toEqual([{ slug: kept.slug, name: kept.name }]);
      expect(restoreArticleRevision.people).toEqual([{ slug: kept.slug, name: kept.name }]);
      const [{ mention_count }] = await app.dataSource.query(
        "SELECT mention_count FROM article_person WHERE article_id = $1 AND person_id = $2",
        [createArticle.id, kept.id],
      );
      expect(mention_count).toBe(3);
    });

    /**
     * Two records of one person who share an article: both mentioned in it, both quoted in it, the
     * duplicate on its byline. The duplicate also has an article and a quote of its own, a second
     * byline next to the target, and an old slug from an earlier rename.
     */
    async function duplicates() {
      const manager = app.dataSource.manager;
      const suffix = Math.random().toString(36).slice(2, 8);
      const target = await create({ name: `Olga Target ${suffix}`, aliases: ["Olga T"] });
      const created = await create({ name: `Olga Source ${suffix}`, aliases: ["O. Source", "olga t"], title: "Minister" });
      const source = dataOf(
        await app.execute(op("UpdatePerson"), { id: created.id, expectedVersion: 1, input: { slug: `olga-renamed-${suffix}` } }, EDITOR),
      ).updatePerson;
      const other = await makePerson(manager);
      const [shared, sourceOnly, coAuthored] = [await makeArticle(manager), await makeArticle(manager), await makeArticle(manager)];
      await mention(manager, shared, await row(target.id), 2);
      await mention(manager, shared, await row(source.id), 3);
      await mention(manager, sourceOnly, await row(source.id), 4);
      await byline(manager, shared, [await row(source.id), other]);
      // Both on one byline: the source earlier (position 1) than the target (position 2).
      await byline(manager, coAuthored, [other, await row(source.id), await row(target.id)]);
      const quotes = {
        target: await makeQuote(manager, shared, await row(target.id), { text: `Target speaks ${suffix}` }),
        sourceShared: await makeQuote(manager, shared, await row(source.id), { text: `Source speaks ${suffix}` }),
        sourceOwn: await makeQuote(manager, sourceOnly, await row(source.id), { text: `Source speaks again ${suffix}` }),
      };
      return { target, source, created, other, shared, sourceOnly, coAuthored, quotes, suffix };
    }

    const authorsOf = async (articleId: string) =>
      dataOf(await app.execute(`query($id: ID) { article(id: $id) { authors { id } } }`, { id: articleId }, ADMIN)).article.authors.map(
        (a: { id: string }) => a.id,
      );

    const mentionRows = (articleIds: string[]) =>
      app.dataSource.query(
        `SELECT article_id AS "articleId", person_id AS "personId", mention_count AS "mentionCount"
           FROM article_person WHERE article_id = ANY($1) ORDER BY mention_count`,
        [articleIds],
      );

    it("moves quotes, mentions (counts summed), bylines, names and slugs to the target and deletes the duplicate", async () => {
      const { target, source, created, other, shared, sourceOnly, coAuthored, quotes, suffix } = await duplicates();
      const { mergePeople } = dataOf(
        await app.execute(op("MergePeople"), { into: target.id, from: [source.id], expectedVersion: 1 }, ADMIN),
      );

      expect(mergePeople).toMatchObject({
        id: target.id,
        slug: target.slug,
        name: target.name,
        aliases: ["Olga T", source.name, "O. Source"],
        title: "Minister",
        version: 2,
      });
      expect(mergePeople.quotes.totalCount).toBe(3);
      expect(quoteTexts(mergePeople)).toEqual([quotes.sourceOwn.text, quotes.sourceShared.text, quotes.target.text].sort());
      expect(mergePeople.articles.totalCount).toBe(2);
      expect(mergePeople.articles.nodes.map((a: { slug: string }) => a.slug).sort()).toEqual([shared.slug, sourceOnly.slug].sort());

      // One mention row per article, with the counts of both records summed where both were mentioned.
      expect(await mentionRows([shared.id, sourceOnly.id])).toEqual([
        { articleId: sourceOnly.id, personId: target.id, mentionCount: 4 },
        { articleId: shared.id, personId: target.id, mentionCount: 5 },
      ]);
      const { article } = dataOf(await app.execute(`query($id: ID) { article(id: $id) { people { id } } }`, { id: shared.id }, ADMIN));
      expect(article.people).toEqual([{ id: target.id }]);

      // The byline keeps its order: the target takes the duplicate's place, once, at the earliest position.
      expect(await authorsOf(shared.id)).toEqual([target.id, other.id]);
      expect(await authorsOf(coAuthored.id)).toEqual([other.id, target.id]);
      expect(
        await app.dataSource.query(`SELECT person_id AS "personId", position FROM article_author WHERE article_id = $1 ORDER BY position`, [
          coAuthored.id,
        ]),
      ).toEqual([
        { personId: other.id, position: 0 },
        { personId: target.id, position: 1 },
      ]);

      // The duplicate's current and earlier slugs lead to the target; the duplicate is gone.
      expect(await personBySlug(source.slug)).toEqual({ id: target.id, slug: target.slug });
      expect(await personBySlug(created.slug)).toEqual({ id: target.id, slug: target.slug });
      expect(source.slug).toBe(`olga-renamed-${suffix}`);
      expect(await personById(source.id)).toBeNull();
      const { quote } = dataOf(
        await app.execute(`query($id: ID!) { quote(id: $id) { speaker { id } } }`, { id: quotes.sourceShared.id }, ADMIN),
      );
      expect(quote.speaker).toEqual({ id: target.id });
    });

    it("completes a merge racing an edit of an article that mentions the duplicate, without an internal error", async () => {
      const manager = app.dataSource.manager;
      for (let round = 0; round < 2; round++) {
        const { target, source, shared } = await duplicates();
        const newcomer = await makePerson(manager);
        const { article } = dataOf(await app.execute(`query($id: ID) { article(id: $id) { version } }`, { id: shared.id }, ADMIN));
        const [edit, merge] = await Promise.all([
          app.execute(
            operationNamed("article-editing", "UpdateArticle"),
            {
              id: shared.id,
              expectedVersion: article.version,
              input: { mentions: [{ personId: source.id, mentionCount: 7 }, { personId: newcomer.id }] },
            },
            EDITOR,
          ),
          app.execute(op("MergePeople"), { into: target.id, from: [source.id] }, ADMIN),
        ]);
        expect(merge.errors).toBeUndefined();
        // The edit may lose (its duplicate is gone), but as a client error, not a masked deadlock.
        expect(edit.errors?.map((error) => error.extensions?.code) ?? []).not.toContain("INTERNAL_SERVER_ERROR");
        expect(await personById(source.id)).toBeNull();
      }
    });

    it("refuses to merge a person into themselves with BAD_USER_INPUT naming `from`", async () => {
      const { target } = await duplicates();
      const error = expectErrorCode(await app.execute(op("MergePeople"), { into: target.id, from: [target.id] }, ADMIN), "BAD_USER_INPUT");
      expect(Object.keys(error.extensions?.fields as object)).toEqual(["from"]);
      expect(await personById(target.id)).toMatchObject({ version: 1 });
    });

    it("refuses an empty `from` with BAD_USER_INPUT naming it", async () => {
      const { target } = await duplicates();
      const error = expectErrorCode(await app.execute(op("MergePeople"), { into: target.id, from: [] }, ADMIN), "BAD_USER_INPUT");
      expect(Object.keys(error.extensions?.fields as object)).toEqual(["from"]);
    });

    it("is for admins: readers get UNAUTHENTICATED, editors FORBIDDEN, and nothing changes", async () => {
      const { target, source } = await duplicates();
      expectErrorCode(await app.execute(op("MergePeople"), { into: target.id, from: [source.id] }), "UNAUTHENTICATED");
      expectErrorCode(await app.execute(op("MergePeople"), { into: target.id, from: [source.id] }, EDITOR), "FORBIDDEN");
      expect((await personById(source.id)).quotes.totalCount).toBe(2);
      expect((await personById(target.id)).quotes.totalCount).toBe(1);
    });

    it("rejects a stale expectedVersion of the target with CONFLICT and its current version, changing nothing", async () => {
      const { target, source } = await duplicates();
      const error = expectErrorCode(
        await app.execute(op("MergePeople"), { into: target.id, from: [source.id], expectedVersion: 5 }, ADMIN),
        "CONFLICT",
      );
      expect(error.extensions?.currentVersion).toBe(1);
      expect((await personById(source.id)).quotes.totalCount).toBe(2);
    });

    it("answers an unknown `from` id with NOT_FOUND and changes nothing", async () => {
      const { target, source, shared, quotes } = await duplicates();
      expectErrorCode(await app.execute(op("MergePeople"), { into: target.id, from: [source.id, MISSING] }, ADMIN), "NOT_FOUND");
      const [storedTarget, storedSource] = [await personById(target.id), await personById(source.id)];
      expect(storedTarget).toMatchObject({ aliases: ["Olga T"], version: 1 });
      expect(quoteTexts(storedTarget)).toEqual([quotes.target.text]);
      expect(quoteTexts(storedSource)).toEqual([quotes.sourceOwn.text, quotes.sourceShared.text].sort());
      expect(await mentionRows([shared.id])).toEqual([
        { articleId: shared.id, personId: target.id, mentionCount: 2 },
        { articleId: shared.id, personId: source.id, mentionCount: 3 },
      ]);
      expect(await authorsOf(shared.id)).toContain(source.id);
    });

    it("answers an unknown `into` id with NOT_FOUND", async () => {
      const { source } = await duplicates();
      expectErrorCode(await app.execute(op("MergePeople"), { into: MISSING, from: [source.id] }, ADMIN), "NOT_FOUND");
      expect((await personById(source.id)).id).toBe(source.id);
    });
  });
});

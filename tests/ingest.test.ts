// ingestArticle: raw wire text into a draft with matched or created people, suggested quotes and
// topics, atomically, and refreshed rather than duplicated when the same source comes again.
import fs from "node:fs";
import path from "node:path";
import { createTestApp, dataOf, EDITOR, expectErrorCode, TestApp } from "./helpers/test-app";
import { operationNamed } from "./helpers/operations";

const SEED_TEXT = fs.readFileSync(path.join(__dirname, "..", "samples", "articles", "seed-trump-putin-call.txt"), "utf8");
const SOURCE = "https://wire.example.com/trump-putin-call";
const ingest = operationNamed("ingest", "IngestArticle");

interface Ingested {
  created: boolean;
  article: { id: string; status: string; headline: string; dateline: string; body: string; version: number; topics: { slug: string }[] };
  people: { extractedName: string; matched: boolean; person: { id: string; name: string; slug: string; aliases: string[] } }[];
  quotes: { id: string; text: string; status: string; isFragment: boolean; version: number; speaker: { name: string } | null }[];
  topics: { slug: string }[];
  droppedLines: string[];
}

describe("ingestArticle", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());

  const run = async (input: Record<string, unknown>): Promise<Ingested> =>
    dataOf(await app.execute(ingest, { input }, EDITOR)).ingestArticle;
  const count = async (table: string): Promise<number> => (await app.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n;

  it("turns the seed wire text into a DRAFT with its people matched, quotes suggested and topics tagged", async () => {
    const result = await run({ text: SEED_TEXT, sourceUrl: SOURCE, headline: "Trump and Putin to talk" });
    expect(result.created).toBe(true);
    expect(result.article).toMatchObject({ status: "DRAFT", headline: "Trump and Putin to talk", dateline: "MOSCOW", version: 1 });
    expect(result.article.body).not.toMatch(/password/i);
    expect(result.droppedLines).toHaveLength(2);

    // The sample newsroom already knows these people: matched, not duplicated.
    const byName = new Map(result.people.map((entry) => [entry.extractedName, entry]));
    for (const name of ["Donald Trump", "Vladimir Putin", "Sergei Lavrov"]) {
      expect(byName.get(name)).toMatchObject({ matched: true, person: { name } });
    }
    // The text only says "Obama": the one person with that alias.
    expect(byName.get("Obama")).toMatchObject({ matched: true, person: { name: "Barack Obama" } });
    expect(result.quotes).toHaveLength(10);
    expect(result.quotes.every((quote) => quote.status === "SUGGESTED")).toBe(true);
    expect(result.quotes.map((quote) => quote.speaker?.name ?? null)).toContain("Donald Trump");
    expect(result.quotes.find((quote) => quote.text.startsWith("total nonsense"))).toMatchObject({ isFragment: true });
    expect(result.topics.map((topic) => topic.slug)).toContain("us-russia-relations");
    expect(result.article.topics.map((topic) => topic.slug).sort()).toEqual(result.topics.map((topic) => topic.slug).sort());
  });

  it("treats spellings of one source URL as one source: scheme and host case, default port, trailing slash, fragment", async () => {
    const first = await run({ text: SEED_TEXT, sourceUrl: "https://wire.example.com/spellings/story" });
    const articles = await count("article");
    for (const spelling of [
      "HTTPS://wire.example.com/spellings/story",
      "https://WIRE.Example.COM/spellings/story",
      "https://wire.example.com:443/spellings/story",
      "https://wire.example.com/spellings/story/",
      "https://wire.example.com/spellings/story#comments",
      "https://wire.example.com/spellings/./story",
    ]) {
      const again = await run({ text: SEED_TEXT, sourceUrl: spelling });
      expect({ spelling, created: again.created, id: again.article.id }).toEqual({ spelling, created: false, id: first.article.id });
    }
    expect(await count("article")).toBe(articles);
    // The query string names a different page.
    expect((await run({ text: SEED_TEXT, sourceUrl: "https://wire.example.com/spellings/story?page=2" })).created).toBe(true);
    const [{ source_url }] = await app.dataSource.query(`SELECT source_url FROM article WHERE id = $1`, [first.article.id]);
    expect(source_url).toBe("https://wire.example.com/spellings/story");
  });

  it("refreshes the draft of a source ingested before, keeping quotes an editor checked", async () => {
    const first = await run({ text: SEED_TEXT, sourceUrl: `${SOURCE}/again` });
    const checked = first.quotes[4];
    dataOf(
      await app.execute(
        operationNamed("quote-editing", "UpdateQuote"),
        { id: checked.id, expectedVersion: checked.version, input: { status: "CONFIRMED" } },
        EDITOR,
      ),
    );
    const [articles, people, quotes] = [await count("article"), await count("person"), await count("quote")];

    const second = await run({ text: SEED_TEXT, sourceUrl: `${SOURCE}/again` });
    expect(second.created).toBe(false);
    expect(second.article.id).toBe(first.article.id);
    expect(second.article.version).toBe(first.article.version + 1);
    expect(second.quotes).toHaveLength(9); // the confirmed one is kept, not suggested again
    expect(second.article.topics.map((t) => t.slug).sort()).toEqual(second.topics.map((t) => t.slug).sort());
    expect([await count("article"), await count("person"), await count("quote")]).toEqual([articles, people, quotes]);
    const stored = dataOf(
      await app.execute(`query($id: ID) { article(id: $id) { quotes { id status } } }`, { id: first.article.id }, EDITOR),
    );
    expect(stored.article.quotes).toHaveLength(10);
    expect(stored.article.quotes.find((quote: { id: string }) => quote.id === checked.id)).toEqual({ id: checked.id, status: "CONFIRMED" });
  });

  it("refuses to refresh a draft an editor has changed since, rather than overwrite their work", async () => {
    const { article } = await run({ text: SEED_TEXT, sourceUrl: `${SOURCE}/edited` });
    dataOf(
      await app.execute(
        operationNamed("article-editing", "UpdateArticle"),
        { id: article.id, expectedVersion: article.version, input: { headline: "An editor's headline" } },
        EDITOR,
      ),
    );
    const error = expectErrorCode(
      await app.execute(ingest, { input: { text: SEED_TEXT, sourceUrl: `${SOURCE}/edited` } }, EDITOR),
      "CONFLICT",
    );
    expect(error.extensions).toMatchObject({ articleId: article.id, currentVersion: article.version + 1 });
    const { article: stored } = dataOf(await app.execute(`query($id: ID) { article(id: $id) { headline } }`, { id: article.id }, EDITOR));
    expect(stored.headline).toBe("An editor's headline");
  });

  it("refuses to refresh a source whose article has left DRAFT, with CONFLICT naming its status", async () => {
    const { article } = await run({ text: SEED_TEXT, sourceUrl: `${SOURCE}/published` });
    const step = (name: string) => app.execute(operationNamed("article-editing", name), { id: article.id }, EDITOR);
    dataOf(await step("SubmitArticle"));
    const error = expectErrorCode(
      await app.execute(ingest, { input: { text: SEED_TEXT, sourceUrl: `${SOURCE}/published` } }, EDITOR),
      "CONFLICT",
    );
    expect(error.extensions).toMatchObject({ currentStatus: "IN_REVIEW", articleId: article.id });
  });

  it("creates the people the newsroom does not know yet, with the forms the text used", async () => {
    const text =
      "GENEVA — Swiss Foreign Minister Ignazio Cassis met envoys on Tuesday.\n\n" +
      '"We are ready to host the talks," Cassis told reporters. "Switzerland has done this before."\n';
    const result = await run({ text, headline: "Swiss offer to host talks" });
    const cassis = result.people.find((entry) => entry.extractedName === "Ignazio Cassis");
    expect(cassis).toMatchObject({ matched: false, person: { name: "Ignazio Cassis", slug: "ignazio-cassis" } });
    expect(cassis!.person.aliases).toContain("Cassis");
    expect(result.quotes.map((quote) => [quote.text, quote.speaker?.name])).toEqual([
      ["We are ready to host the talks,", "Ignazio Cassis"],
      ["Switzerland has done this before.", "Ignazio Cassis"],
    ]);
    // Ingested again without a source: a second draft, but the person is matched this time.
    const again = await run({ text, headline: "Swiss offer to host talks" });
    expect(again.people.find((entry) => entry.extractedName === "Ignazio Cassis")).toMatchObject({
      matched: true,
      person: { id: cassis!.person.id },
    });
  });

  it("never matches a surname that two people share, and creates a newcomer once when ingests race", async () => {
    const story = (first: string) =>
      `LONDON — Culture Minister ${first} Vantwest opened the gallery on Monday.\n\n"It took ten years," Vantwest said.\n`;
    const gerald = (await run({ text: story("Gerald"), headline: "Gallery opens" })).people.find(
      (p) => p.extractedName === "Gerald Vantwest",
    )!;
    const priya = (await run({ text: story("Priya"), headline: "Gallery opens again" })).people.find(
      (p) => p.extractedName === "Priya Vantwest",
    )!;
    expect(gerald.person.aliases).toContain("Vantwest");
    expect(priya.person.aliases).toContain("Vantwest");
    const onlySurname = await run({
      text: 'PARIS — Culture Minister Vantwest spoke on Monday.\n\n"We walked away," Vantwest said.\n',
      headline: "Walked away",
    });
    const vantwest = onlySurname.people.find((p) => p.extractedName.endsWith("Vantwest"));
    expect(vantwest).toMatchObject({ matched: false });
    expect([gerald.person.id, priya.person.id]).not.toContain(vantwest!.person.id);

    const newcomer = 'ROME — Finance Minister Horatio Quillfeather resigned on Monday.\n\n"I am done," Quillfeather said.\n';
    const results = await Promise.all([1, 2, 3].map((i) => run({ text: newcomer, headline: `Resignation ${i}` })));
    const ids = new Set(results.map((result) => result.people.find((p) => p.extractedName === "Horatio Quillfeather")!.person.id));
    expect(ids.size).toBe(1);
  });

  it("writes nothing when it fails half-way", async () => {
    const [articles, people, quotes, revisions] = [
      await count("article"),
      await count("person"),
      await count("quote"),
      await count("article_revision"),
    ];
    // The article and its people are written before the quotes; make the quotes' insert fail.
    await app.dataSource.query(`CREATE FUNCTION refuse_quotes() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'quotes refused by the test'; END $$`);
    await app.dataSource.query("CREATE TRIGGER refuse_quotes BEFORE INSERT ON quote FOR EACH ROW EXECUTE FUNCTION refuse_quotes()");
    try {
      const text = 'BERLIN — Chancellor Olaf Scholz spoke.\n\n"We will not waver," Scholz said.\n';
      const error = expectErrorCode(
        await app.execute(ingest, { input: { text, sourceUrl: `${SOURCE}/half-way` } }, EDITOR),
        "INTERNAL_SERVER_ERROR",
      );
      expect(error.message).toBe("Internal server error");
    } finally {
      await app.dataSource.query("DROP TRIGGER refuse_quotes ON quote; DROP FUNCTION refuse_quotes()");
    }
    expect([await count("article"), await count("person"), await count("quote"), await count("article_revision")]).toEqual([
      articles,
      people,
      quotes,
      revisions,
    ]);
  });

  it("validates its input and needs an editor", async () => {
    const blank = expectErrorCode(await app.execute(ingest, { input: { text: "   ", sourceUrl: "ftp://x" } }, EDITOR), "BAD_USER_INPUT");
    expect(Object.keys(blank.extensions?.fields as object).sort()).toEqual(["sourceUrl", "text"]);
    expectErrorCode(await app.execute(ingest, { input: { text: SEED_TEXT } }), "UNAUTHENTICATED");
  });
});

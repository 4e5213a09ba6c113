// A person's page of quotes, read keys first (pagination.keysFirstPage, migration
// SpeakerQuotePages): the newest quotes a reader may see, with hidden ones interleaved, in one
// statement, and the pages after it from the loaders, which read whole rows.
import { ArticleStatus, QuoteStatus } from "../src/entities";
import { makeArticle, makePerson, makeQuote, mention } from "./helpers/factories";
import { createTestApp, dataOf, EDITOR, TestApp } from "./helpers/test-app";

const PAGE = `query($slug: String, $after: String) {
  person(slug: $slug) { quotes(first: 5, after: $after) { pageInfo { hasNextPage endCursor } nodes { text article { slug } } } }
}`;

describe("a busy speaker's quotes", () => {
  let app: TestApp;
  let slug: string;
  const visible: string[] = [];
  const all: string[] = [];

  beforeAll(async () => {
    app = await createTestApp();
    const manager = app.dataSource.manager;
    const speaker = await makePerson(manager);
    slug = speaker.slug;
    const published = await makeArticle(manager);
    const draft = await makeArticle(manager, { status: ArticleStatus.DRAFT });
    await mention(manager, published, speaker);
    // Newest first: every third quote rejected, every fourth in the draft.
    for (let i = 0; i < 24; i++) {
      const inDraft = i % 4 === 3;
      const status = i % 3 === 2 ? QuoteStatus.REJECTED : QuoteStatus.CONFIRMED;
      const text = `Quote ${String(i).padStart(2, "0")} ${inDraft ? "draft" : "published"} ${status}`;
      await makeQuote(manager, inDraft ? draft : published, speaker, {
        text,
        status,
        createdAt: new Date(Date.UTC(2026, 0, 1, 0, 0, 100 - i)),
      });
      all.push(text);
      if (!inDraft && status === QuoteStatus.CONFIRMED) visible.push(text);
    }
  });
  afterAll(() => app.close());

  const readAll = async (identity?: typeof EDITOR): Promise<{ texts: string[]; statements: number[] }> => {
    const texts: string[] = [];
    const statements: number[] = [];
    let after: string | null = null;
    do {
      app.statements.reset();
      const result: any = dataOf(await app.execute(PAGE, { slug, after }, identity));
      statements.push(app.statements.count);
      const quotes = result.person.quotes;
      texts.push(...quotes.nodes.map((node: { text: string }) => node.text));
      after = quotes.pageInfo.hasNextPage ? quotes.pageInfo.endCursor : null;
    } while (after);
    return { texts, statements };
  };

  it("shows readers the newest confirmed quotes of published work, page by page, the first in one statement", async () => {
    const { texts, statements } = await readAll();
    expect(texts).toEqual(visible);
    expect(statements[0]).toBe(1);
  });

  it("reads the first page's keys before its rows", async () => {
    app.statements.reset();
    dataOf(await app.execute(PAGE, { slug, after: null }));
    expect(app.statements.withNumbers.join("\n")).toContain("page_keys");
  });

  it("shows editors every quote, rejected and unpublished ones too", async () => {
    const { texts } = await readAll(EDITOR);
    expect(texts).toEqual(all);
  });
});

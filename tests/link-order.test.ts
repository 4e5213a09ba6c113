// The links' copy of published_at (migration LinkPublicationOrder), which orders a topic's and a
// person's articles: kept equal to the article's by triggers, and paged through without gaps.
import { Article, ArticlePerson, ArticleStatus, ArticleTopic } from "../src/entities";
import { makeArticle, makePerson, makeTopic, mention, tag } from "./helpers/factories";
import { createTestApp, dataOf, EDITOR, TestApp } from "./helpers/test-app";

describe("publication order of links", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());

  async function linkDates(article: Article): Promise<(Date | null)[]> {
    const rows: { published_at: Date | null }[] = await app.dataSource.query(
      `SELECT published_at FROM article_topic WHERE article_id = $1 UNION ALL SELECT published_at FROM article_person WHERE article_id = $1`,
      [article.id],
    );
    return rows.map((row) => row.published_at);
  }

  it("copies the article's published_at into its links, when linked and whenever it changes", async () => {
    const manager = app.dataSource.manager;
    const published = new Date(Date.UTC(2025, 5, 1, 12));
    const article = await makeArticle(manager, { publishedAt: published });
    await tag(manager, article, await makeTopic(manager));
    await mention(manager, article, await makePerson(manager));
    expect(await linkDates(article)).toEqual([published, published]);

    const moved = new Date(Date.UTC(2025, 6, 1, 12));
    await manager.update(Article, { id: article.id }, { publishedAt: moved });
    expect(await linkDates(article)).toEqual([moved, moved]);

    await manager.update(Article, { id: article.id }, { status: ArticleStatus.DRAFT, publishedAt: null });
    expect(await linkDates(article)).toEqual([null, null]);
    // Not a column TypeORM reads back: entities know nothing of it.
    expect(Object.keys((await manager.findOneByOrFail(ArticleTopic, { articleId: article.id })) as object)).not.toContain("publishedAt");
    expect(Object.keys((await manager.findOneByOrFail(ArticlePerson, { articleId: article.id })) as object)).not.toContain("publishedAt");
  });

  it("pages through a topic's articles newest first, unpublished work last for editors, without gaps", async () => {
    const manager = app.dataSource.manager;
    const topic = await makeTopic(manager);
    const expected: string[] = [];
    for (let day = 1; day <= 7; day++) {
      const article = await makeArticle(manager, { publishedAt: new Date(Date.UTC(2025, 0, day)) });
      await tag(manager, article, topic);
      expected.unshift(article.headline);
    }
    const draft = await makeArticle(manager, { status: ArticleStatus.DRAFT, publishedAt: null });
    await tag(manager, draft, topic);

    const walk = async (identity?: typeof EDITOR) => {
      const seen: string[] = [];
      let after: string | null = null;
      for (;;) {
        const {
          topic: page,
        }: { topic: { articles: { pageInfo: { hasNextPage: boolean; endCursor: string }; nodes: { headline: string }[] } } } = dataOf(
          await app.execute(
            `query($id: ID!, $after: String) { topic(id: $id) { articles(first: 3, after: $after) { pageInfo { hasNextPage endCursor } nodes { headline } } } }`,
            { id: topic.id, after },
            identity,
          ),
        );
        seen.push(...page.articles.nodes.map((node) => node.headline));
        if (!page.articles.pageInfo.hasNextPage) return seen;
        after = page.articles.pageInfo.endCursor;
      }
    };
    expect(await walk()).toEqual(expected);
    expect(await walk(EDITOR)).toEqual([...expected, draft.headline]);
  });
});

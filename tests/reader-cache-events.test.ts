// The readers' response cache follows the writes: emptied by what changes readers' pages (a
// publication, a correction of published work, a scheduled publication when its time comes), left
// alone by what does not (drafts). Across processes: tests/subscriptions-cluster.test.ts.
import { createTestApp, dataOf, EDITOR, TestApp } from "./helpers/test-app";
import { settle } from "./helpers/subscriptions";
import { ArticleStatus } from "../src/entities";
import { DeskEvent, DeskEventKind } from "../src/events/desk-event";
import { DeskEventBus } from "../src/events/event-bus";
import { PublicationClock } from "../src/events/publication-clock";
import { followWrites, ReaderResponseCache } from "../src/events/reader-cache";

const TOTAL = `{ articles { totalCount } }`;
const CREATE = `mutation($h: String!) { createArticle(input: { headline: $h, body: "Text." }) { id } }`;

let app: TestApp;

/** Readers' article count, and whether it was read from the database (false: from the cache). */
async function readersTotal(): Promise<{ total: number; fromDatabase: boolean }> {
  app.statements.reset();
  const total = dataOf(await app.execute(TOTAL)).articles.totalCount as number;
  return { total, fromDatabase: app.statements.count > 0 };
}

async function eventually(condition: () => Promise<boolean>, timeoutMs = 1000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error("timed out");
    await settle(20);
  }
}

async function reviewed(headline: string): Promise<string> {
  const { id } = dataOf(await app.execute(CREATE, { h: headline }, EDITOR)).createArticle;
  dataOf(await app.execute(`mutation($id: ID!) { submitArticle(id: $id) { version } }`, { id }, EDITOR));
  return id as string;
}

beforeAll(async () => {
  app = await createTestApp({ NEWSDESK_CACHE_MAX_AGE: "600" });
});
afterAll(() => app.close());

describe("readers' cache and writes", () => {
  it("is left alone by drafts and emptied by a publication", async () => {
    const before = (await readersTotal()).total;
    expect((await readersTotal()).fromDatabase).toBe(false);
    const evictions = app.server.readerCache!.evictions;
    const id = await reviewed("Cache: a draft, then published");
    await settle(200);
    expect(await readersTotal()).toEqual({ total: before, fromDatabase: false });
    expect(app.server.readerCache!.evictions).toBe(evictions);
    dataOf(await app.execute(`mutation($id: ID!) { publishArticle(id: $id) { version } }`, { id }, EDITOR));
    await eventually(async () => (await readersTotal()).total === before + 1);
  });

  it("is emptied when a scheduled publication's time comes, not before", async () => {
    const before = (await readersTotal()).total;
    const id = await reviewed("Cache: scheduled");
    const at = new Date(Date.now() + 1500);
    dataOf(
      await app.execute(`mutation($id: ID!, $at: DateTime) { publishArticle(id: $id, publishedAt: $at) { version } }`, { id, at }, EDITOR),
    );
    await settle(200);
    // Read (and cached) before its time: not there.
    expect((await readersTotal()).total).toBe(before);
    await settle(at.getTime() - Date.now());
    await eventually(async () => (await readersTotal()).total === before + 1);
  });

  it("is emptied by a correction of a published article", async () => {
    const id = await reviewed("Cache: corrected");
    const { version } = dataOf(
      await app.execute(`mutation($id: ID!) { publishArticle(id: $id) { version } }`, { id }, EDITOR),
    ).publishArticle;
    const headline = async () =>
      dataOf(await app.execute(`query($id: ID!) { article(id: $id) { headline } }`, { id })).article.headline as string;
    await eventually(async () => (await headline()) === "Cache: corrected");
    dataOf(
      await app.execute(
        `mutation($id: ID!, $v: Int!) { updateArticle(id: $id, expectedVersion: $v, input: { headline: "Cache: corrected, again" }) { version } }`,
        { id, v: version },
        EDITOR,
      ),
    );
    await eventually(async () => (await headline()) === "Cache: corrected, again");
  });
});

describe("followWrites with read replicas", () => {
  it("empties the cache again once replicas must have replayed the write, once for a burst", async () => {
    const bus = new DeskEventBus({ connection: {} });
    const clock = new PublicationClock(bus, app.dataSource.manager);
    const cache = new ReaderResponseCache(1000);
    const stop = followWrites(cache, bus, clock, { againAfterMs: 300 });
    const published: DeskEvent = { kind: DeskEventKind.ARTICLE_PUBLISHED, articleId: "a", version: 3, status: ArticleStatus.PUBLISHED };
    bus.dispatch(published);
    bus.dispatch({ ...published, version: 4 });
    bus.dispatch({ kind: DeskEventKind.ARTICLE_UPDATED, articleId: "b", version: 2, status: ArticleStatus.DRAFT });
    expect(cache.evictions).toBe(2);
    await cache.set("page", "stale, read from a replica that was behind");
    await settle(450);
    expect(cache.evictions).toBe(3);
    expect(await cache.get("page")).toBeUndefined();
    stop();
  });
});

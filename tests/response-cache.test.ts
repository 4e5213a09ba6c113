import { operation } from "./helpers/operations";
import { createTestApp, dataOf, EDITOR, TestApp } from "./helpers/test-app";

describe("reader response cache (NEWSDESK_CACHE_MAX_AGE)", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp({ NEWSDESK_CACHE_MAX_AGE: "30" });
  });
  afterAll(() => app.close());

  it("answers a repeated anonymous query from the cache, marked public for CDNs", async () => {
    const first = dataOf(await app.execute(operation("front-page")));
    expect(app.lastCacheControl()).toBe("max-age=30, public");
    app.statements.reset();
    const second = dataOf(await app.execute(operation("front-page")));
    expect(app.statements.count).toBe(0);
    expect(second).toEqual(JSON.parse(JSON.stringify(first)));
  });

  it("keys the cache by variables", async () => {
    const putin = dataOf(await app.execute(operation("person-page"), { slug: "vladimir-putin" }));
    app.statements.reset();
    const lavrov = dataOf(await app.execute(operation("person-page"), { slug: "sergei-lavrov" }));
    expect(app.statements.count).toBeGreaterThan(0);
    expect(lavrov.person.name).not.toBe(putin.person.name);
  });

  it("never serves editors from the cache, nor caches what they see", async () => {
    dataOf(await app.execute(`{ articles { totalCount } }`));
    app.statements.reset();
    const editor = dataOf(await app.execute(`{ articles { totalCount } }`, {}, EDITOR));
    expect(app.statements.count).toBeGreaterThan(0);
    expect(app.lastCacheControl()).toBe("no-store");
    const reader = dataOf(await app.execute(`{ articles { totalCount } }`));
    expect(editor.articles.totalCount).toBeGreaterThan(reader.articles.totalCount);
  });

  it("does not cache errors", async () => {
    await app.execute(`{ articles(first: 500) { totalCount } }`);
    expect(app.lastCacheControl()).toBe("no-store");
  });
});

describe("without NEWSDESK_CACHE_MAX_AGE", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());

  it("reads the database every time and tells caches not to store", async () => {
    dataOf(await app.execute(`{ articles { totalCount } }`));
    expect(app.lastCacheControl()).toBe("no-store");
    app.statements.reset();
    dataOf(await app.execute(`{ articles { totalCount } }`));
    expect(app.statements.count).toBeGreaterThan(0);
  });
});

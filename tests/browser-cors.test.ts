// An editorial front end on another origin, in a real browser (the system's Chromium, driven by
// playwright-core): its page queries the API as a reader and mutates it with an editor's token,
// and a page from an origin that is not allowed is refused by the browser.
import http from "node:http";
import { AddressInfo } from "node:net";
import { Browser } from "playwright-core";
import { signToken } from "../src/auth/tokens";
import { haveChromium, launchChromium } from "./helpers/browser";
import { Running, startHttp, stopHttp } from "./helpers/http";

/** The front end: a page that calls the API with fetch, as any browser client does, and reports. */
function frontEndPage(apiUrl: string, token: string): string {
  return `<!doctype html><meta charset="utf-8"><title>desk</title><script>
  async function call(query, variables, headers) {
    try {
      const response = await fetch(${JSON.stringify(`${apiUrl}/graphql`)}, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, requestId: response.headers.get("x-request-id"), body: await response.json() };
    } catch (error) {
      return { failed: String(error) };
    }
  }
  window.results = (async () => ({
    read: await call("{ articles(first: 3) { nodes { headline } } }", {}, {}),
    write: await call("mutation($input: CreateTopicInput!) { createTopic(input: $input) { slug } }",
      { input: { name: "From the browser" } }, { authorization: "Bearer ${token}" }),
  }))();
  </script>`;
}

/** A page server whose page is set once the API it calls is running. */
async function pageServer(): Promise<{ origin: string; setPage(html: string): void; close(): Promise<void> }> {
  let page = "";
  const server = http.createServer((_req, res) => {
    res.setHeader("content-type", "text/html; charset=utf-8");
    res.end(page);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    setPage: (html) => (page = html),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

(haveChromium ? describe : describe.skip)("a front end on another origin, in Chromium", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser?.close());

  /** Serves the front end from its own origin, starts the API allowing `corsOrigins`, and runs the page. */
  async function runPage(corsOrigins: (pageOrigin: string) => string): Promise<any> {
    const pages = await pageServer();
    const running: Running = await startHttp({ NODE_ENV: "production", NEWSDESK_CORS_ORIGINS: corsOrigins(pages.origin) });
    try {
      pages.setPage(frontEndPage(running.url, signToken(running.jwtSecret, { role: "editor", name: "Browser Editor" })));
      const tab = await browser.newPage();
      await tab.goto(`${pages.origin}/`);
      const results = await tab.evaluate(() => (globalThis as unknown as { results: Promise<unknown> }).results);
      await tab.close();
      return results;
    } finally {
      await stopHttp(running);
      await pages.close();
    }
  }

  it("queries as a reader and mutates with an editor's token from an allowed origin", async () => {
    const results = await runPage((origin) => `https://desk.example.com,${origin}`);
    expect(results.read.status).toBe(200);
    expect(results.read.body.data.articles.nodes.length).toBeGreaterThan(0);
    // The request id is exposed to scripts, so a front end can quote it in a bug report.
    expect(results.read.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(results.write.status).toBe(200);
    expect(results.write.body.errors).toBeUndefined();
    expect(results.write.body.data.createTopic.slug).toBe("from-the-browser");
  });

  it("is refused by the browser from an origin that is not allowed", async () => {
    const results = await runPage(() => "https://desk.example.com");
    expect(results.read.failed).toMatch(/Failed to fetch/);
    expect(results.write.failed).toMatch(/Failed to fetch/);
  });
});

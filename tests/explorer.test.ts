// The explorers a developer opens first: Apollo Sandbox on /graphql, opening with the front-page
// operation and (in development) an editor's token; and GraphiQL on /graphiql, served from npm
// packages, working in Chromium with every request outside this machine refused (a laptop on a
// train).
import { randomBytes } from "node:crypto";
import { signToken } from "../src/auth/tokens";
import { haveChromium, launchChromium } from "./helpers/browser";
import { Running, startHttp, stopHttp } from "./helpers/http";

const SECRET = randomBytes(32).toString("hex");
const TOKEN = signToken(SECRET, { role: "editor", name: "Development Editor" });

describe("explorers in development", () => {
  let running: Running;
  beforeAll(async () => {
    running = await startHttp({ NODE_ENV: "development" }, { explorerHeaders: { Authorization: `Bearer ${TOKEN}` }, jwtSecret: SECRET });
  });
  afterAll(() => stopHttp(running));

  it("opens Sandbox with the front-page operation and the development token", async () => {
    const response = await fetch(`${running.url}/graphql`, { headers: { accept: "text/html" } });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toMatch(/query FrontPage/);
    expect(html).toContain(TOKEN);
  });

  it("serves GraphiQL and its assets from the API itself", async () => {
    const page = await fetch(`${running.url}/graphiql`);
    expect(page.headers.get("content-type")).toMatch(/text\/html/);
    const html = await page.text();
    for (const asset of html.match(/\/graphiql\/[\w.-]+/g)!) {
      const response = await fetch(`${running.url}${asset}`);
      expect({ asset, status: response.status }).toEqual({ asset, status: 200 });
      expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(1000);
    }
    expect((await fetch(`${running.url}/graphiql/nope.js`)).status).toBe(404);
  });

  (haveChromium ? it : it.skip)("runs the front-page query in GraphiQL in Chromium with no network beyond this machine", async () => {
    const browser = await launchChromium();
    const outside: string[] = [];
    try {
      const tab = await browser.newPage();
      await tab.route("**/*", (route) => {
        const url = new URL(route.request().url());
        if (url.hostname === "127.0.0.1") return route.continue();
        outside.push(url.href);
        return route.abort();
      });
      await tab.goto(`${running.url}/graphiql`);
      await tab.waitForSelector(".graphiql-execute-button", { timeout: 20_000 });
      const answered = tab.waitForResponse(
        (response) => response.url().endsWith("/graphql") && response.request().postData()?.includes("FrontPage") === true,
      );
      await tab.click(".graphiql-execute-button");
      const body = await (await answered).json();
      expect(body.data.articles.edges.length).toBeGreaterThan(0);
      expect(outside).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});

describe("explorers in production", () => {
  it("serves neither GraphiQL nor a token", async () => {
    const running = await startHttp({ NODE_ENV: "production" });
    try {
      expect((await fetch(`${running.url}/graphiql`)).status).toBe(404);
      const html = await (await fetch(`${running.url}/graphql`, { headers: { accept: "text/html" } })).text();
      expect(html).not.toMatch(/Bearer/);
    } finally {
      await stopHttp(running);
    }
  });
});

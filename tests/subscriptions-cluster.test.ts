// Two API processes on one database, as deployed: a subscriber on one hears, within a second and
// in commit order, what is written through the other; readers hear publications only; a reader's
// cached page is emptied in both by a publication made through one; and subscriptions carry on
// through a real restart of PostgreSQL (the embedded server killed and restarted under them).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { signToken } from "../src/auth/tokens";
import { isAlive } from "../src/db/embedded";
import {
  ApiProcess,
  postGraphQL,
  postmasterPid as postmasterPidIn,
  startApiProcess,
  stopApisAndDatabase,
  waitFor,
} from "./helpers/api-process";
import { freePort } from "./helpers/ports";
import { connectWs, settle, Subscription, WsClient } from "./helpers/subscriptions";

const SECRET = "s".repeat(40);
const EDITOR_TOKEN = signToken(SECRET, { role: "editor", name: "Cluster Editor" });
/** Generous for a loaded test machine, and the point of the feature. */
const DELIVERY_MS = 1000;

const DESK = `subscription { deskEvents { kind articleId version } }`;
const PUBLISHED = `subscription { articlePublished { articleId version } }`;
const FRONT_PAGE = `{ articles(first: 100) { nodes { id } } }`;

function post<T = any>(api: ApiProcess, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  return postGraphQL<T>(api.url, query, variables, token);
}

async function draft(api: ApiProcess, headline: string): Promise<string> {
  const data = await post(
    api,
    `mutation($h: String!) { createArticle(input: { headline: $h, body: "Text." }) { id } }`,
    { h: headline },
    EDITOR_TOKEN,
  );
  return data.createArticle.id as string;
}

async function move(api: ApiProcess, step: "submitArticle" | "publishArticle", id: string): Promise<number> {
  const data = await post(api, `mutation($id: ID!) { ${step}(id: $id) { version } }`, { id }, EDITOR_TOKEN);
  return data[step].version as number;
}

/**
 * The publication of `id` among a reader's next events. A publication an earlier test made may
 * reach a process up to the delivery budget after its commit, so after this reader subscribed:
 * it is a publication too, and is passed over.
 */
async function publicationOf(reader: Subscription, id: string): Promise<{ articleId: string; version: number }> {
  const deadline = Date.now() + DELIVERY_MS;
  for (;;) {
    const published = (await reader.next(Math.max(1, deadline - Date.now()))).data.articlePublished;
    if (published.articleId === id) return published;
  }
}

async function frontPageIds(api: ApiProcess): Promise<string[]> {
  const data = await post(api, FRONT_PAGE);
  return data.articles.nodes.map((node: { id: string }) => node.id);
}

describe("two API processes on one database", () => {
  let dataDir: string;
  let a: ApiProcess;
  let b: ApiProcess;
  const clients: WsClient[] = [];

  const postmasterPid = () => postmasterPidIn(dataDir);

  beforeAll(async () => {
    // A owns an embedded cluster it supervises (restarts it when it dies); B uses it by URL.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "newsdesk-live-"));
    fs.chmodSync(dir, 0o755);
    dataDir = path.join(dir, "data");
    const pgPort = await freePort();
    const common = { NEWSDESK_JWT_SECRET: SECRET, NEWSDESK_SHUTDOWN_GRACE_MS: "0", NEWSDESK_CACHE_MAX_AGE: "600" };
    a = await startApiProcess({ ...common, NEWSDESK_DATA_DIR: dataDir, NEWSDESK_PG_PORT: String(pgPort) }, 120_000);
    b = await startApiProcess({
      ...common,
      DATABASE_URL: `postgres://newsdesk:newsdesk@127.0.0.1:${pgPort}/newsdesk`,
      NEWSDESK_SAMPLE_DATA: "false",
    });
  }, 150_000);

  afterEach(async () => {
    await Promise.all(clients.splice(0).map((client) => client.close()));
  });

  afterAll(() => stopApisAndDatabase([b, a], dataDir), 60_000);

  it("delivers what is written through one process to a subscriber of the other, within a second, in commit order", async () => {
    const editor = await connectWs(a.url, EDITOR_TOKEN);
    clients.push(editor);
    const events = editor.subscribe(DESK);
    await settle(200);
    const id = await draft(b, "Written through B");
    const created = await events.next(DELIVERY_MS);
    const submittedVersion = await move(b, "submitArticle", id);
    const submitted = await events.next(DELIVERY_MS);
    const publishedVersion = await move(b, "publishArticle", id);
    const published = await events.next(DELIVERY_MS);
    expect([created, submitted, published].map((result) => result.data.deskEvents)).toEqual([
      { kind: "ARTICLE_CREATED", articleId: id, version: 1 },
      { kind: "ARTICLE_SUBMITTED", articleId: id, version: submittedVersion },
      { kind: "ARTICLE_PUBLISHED", articleId: id, version: publishedVersion },
    ]);
  });

  it("tells readers of both processes about publications only", async () => {
    const readerOfA = await connectWs(a.url);
    const readerOfB = await connectWs(b.url);
    clients.push(readerOfA, readerOfB);
    const onA = readerOfA.subscribe(PUBLISHED);
    const onB = readerOfB.subscribe(PUBLISHED);
    await settle(200);
    const hidden = await draft(a, "Never published");
    await move(a, "submitArticle", hidden);
    const id = await draft(a, "Published through A");
    await move(a, "submitArticle", id);
    const version = await move(a, "publishArticle", id);
    expect(await publicationOf(onA, id)).toEqual({ articleId: id, version });
    expect(await publicationOf(onB, id)).toEqual({ articleId: id, version });
    await settle(300);
    expect(JSON.stringify([onA.results, onB.results])).not.toContain(hidden);
  });

  it("empties the readers' cache of both processes on a publication made through one", async () => {
    const cachedOnA = await frontPageIds(a);
    const cachedOnB = await frontPageIds(b);
    const id = await draft(b, "Fresh news");
    await move(b, "submitArticle", id);
    // A draft changes nothing readers see: both still serve their cached pages.
    expect(await frontPageIds(a)).toEqual(cachedOnA);
    await move(b, "publishArticle", id);
    // The eviction travels as an event: a second at most, as for subscribers.
    await waitFor("A's page to show the publication", async () => (await frontPageIds(a)).includes(id), DELIVERY_MS);
    await waitFor("B's page to show the publication", async () => (await frontPageIds(b)).includes(id), DELIVERY_MS);
    expect(cachedOnB).not.toContain(id);
  });

  it("keeps subscriptions through a PostgreSQL restart: RESYNC, then the events after it", async () => {
    const editor = await connectWs(a.url, EDITOR_TOKEN);
    const reader = await connectWs(b.url);
    clients.push(editor, reader);
    const events = editor.subscribe(DESK);
    const publications = reader.subscribe(PUBLISHED);
    await settle(200);

    const killed = postmasterPid();
    process.kill(killed, "SIGKILL");
    await waitFor("the postmaster to die", () => !isAlive(killed));
    // A's supervisor restarts the cluster; both processes' LISTEN connections come back.
    // (As an editor: readers' pages may come from the cache.)
    const answers = async () => (await post(a, "{ articles { totalCount } }", {}, EDITOR_TOKEN).catch(() => undefined)) !== undefined;
    await waitFor("A to answer again", answers, 60_000);
    expect(postmasterPid()).not.toBe(killed);
    const resync = await events.next(30_000);
    expect(resync.data.deskEvents.kind).toBe("RESYNC");

    // B's listener may come back a moment after A's: write through B until A's subscriber hears it.
    let id = "";
    await waitFor("B to write", async () => {
      id = await draft(b, "After the restart").catch(() => "");
      return id !== "";
    });
    const after = await events.next(DELIVERY_MS);
    expect(after.data.deskEvents).toMatchObject({ kind: "ARTICLE_CREATED", articleId: id });
    await move(b, "submitArticle", id);
    await events.next(DELIVERY_MS);
    await waitFor("B's listener to be back", () => b.logs.some((line) => line.message === "desk events: listening again"), 30_000);
    const version = await move(a, "publishArticle", id);
    // Publications from just before the outage may come again first (re-read after the gap).
    let published = await publications.next(DELIVERY_MS * 3);
    while (published.data.articlePublished.articleId !== id) published = await publications.next(DELIVERY_MS * 3);
    expect(published.data.articlePublished).toEqual({ articleId: id, version });
  }, 120_000);
});

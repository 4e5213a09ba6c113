// Subscriptions over real WebSockets with a real graphql-ws client, on one API server: the desk's
// events for editors in commit order and nothing for a rolled-back write, readers' publications
// (published work only, scheduled ones when their time comes), the token in connection_init, and
// what an attacker can send: all answered with codes, none taking the process down.
import WebSocket from "ws";
import { ADMIN, createTestApp, dataOf, EDITOR, TestApp } from "./helpers/test-app";
import { connectWs, settle, WsClient } from "./helpers/subscriptions";
import { inTransaction } from "../src/services/transaction";
import { createArticle } from "../src/services/article-editing.service";
import { makePerson, makeTopic, mention, tag } from "./helpers/factories";

const DESK = `subscription Desk($filter: DeskEventFilter) {
  deskEvents(filter: $filter) { kind articleId version status previousStatus publishedAt article { headline version } }
}`;
const PUBLISHED = `subscription Published($topic: String, $person: String) {
  articlePublished(topic: $topic, person: $person) { articleId version publishedAt article { headline } }
}`;
const CREATE = `mutation Create($input: CreateArticleInput!) { createArticle(input: $input) { id version } }`;
const UPDATE = `mutation Update($id: ID!, $v: Int!, $input: UpdateArticleInput!) { updateArticle(id: $id, expectedVersion: $v, input: $input) { version } }`;
const SUBMIT = `mutation Submit($id: ID!) { submitArticle(id: $id) { version } }`;
const PUBLISH = `mutation Publish($id: ID!, $at: DateTime) { publishArticle(id: $id, publishedAt: $at) { version publishedAt } }`;

let app: TestApp;
let url: string;
const clients: WsClient[] = [];

async function editorClient(): Promise<WsClient> {
  const client = await connectWs(url, app.tokenFor(EDITOR));
  clients.push(client);
  return client;
}

async function readerClient(): Promise<WsClient> {
  const client = await connectWs(url);
  clients.push(client);
  return client;
}

async function draft(headline: string): Promise<{ id: string; version: number }> {
  return dataOf(await app.execute(CREATE, { input: { headline, body: "Text." } }, EDITOR)).createArticle;
}

/** A reviewed article published at `at` (now when not given). */
async function publish(headline: string, at?: Date): Promise<string> {
  const { id } = await draft(headline);
  dataOf(await app.execute(SUBMIT, { id }, EDITOR));
  dataOf(await app.execute(PUBLISH, { id, at: at?.toISOString() }, EDITOR));
  return id;
}

/** Opens a raw socket speaking graphql-transport-ws, for what a real client would never send. */
function rawSocket(protocol = "graphql-transport-ws"): Promise<{ socket: WebSocket; closed: Promise<number>; messages: unknown[] }> {
  const socket = new WebSocket(`${url.replace(/^http/, "ws")}/graphql`, protocol);
  const messages: unknown[] = [];
  socket.on("message", (data) => messages.push(JSON.parse((data as Buffer).toString("utf8"))));
  const closed = new Promise<number>((resolve) => socket.on("close", (code) => resolve(code)));
  socket.on("error", () => undefined);
  return new Promise((resolve, reject) => {
    socket.once("open", () => resolve({ socket, closed, messages }));
    socket.once("unexpected-response", (_req, res) =>
      reject(Object.assign(new Error(`HTTP ${res.statusCode}`), { status: res.statusCode })),
    );
    socket.once("error", (error) => reject(error));
  });
}

async function waitFor(condition: () => boolean, timeoutMs = 2000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error("timed out");
    await settle(20);
  }
}

beforeAll(async () => {
  app = await createTestApp({ NEWSDESK_WS_MAX_SUBSCRIPTIONS: "3", NEWSDESK_WS_MAX_CONNECTIONS: "20", NEWSDESK_WS_MAX_PAYLOAD: "4096" });
  url = await app.listen();
});

afterEach(async () => {
  await Promise.all(clients.splice(0).map((client) => client.close()));
});

afterAll(async () => {
  await app.close();
});

describe("deskEvents", () => {
  it("sends editors every write, in commit order, with the new version", async () => {
    const ws = await editorClient();
    const events = ws.subscribe(DESK);
    await settle(100);
    const { id } = await draft("Desk events, first draft");
    dataOf(await app.execute(UPDATE, { id, v: 1, input: { headline: "Desk events, edited" } }, EDITOR));
    dataOf(await app.execute(SUBMIT, { id }, EDITOR));
    const received = [await events.next(), await events.next(), await events.next()].map((result) => result.data.deskEvents);
    expect(received.map(({ kind, articleId, version }) => [kind, articleId, version])).toEqual([
      ["ARTICLE_CREATED", id, 1],
      ["ARTICLE_UPDATED", id, 2],
      ["ARTICLE_SUBMITTED", id, 3],
    ]);
    expect(received[2]).toMatchObject({
      status: "IN_REVIEW",
      previousStatus: "DRAFT",
      article: { headline: "Desk events, edited", version: 3 },
    });
  });

  it("sends nothing for a write that was rolled back", async () => {
    const ws = await editorClient();
    const events = ws.subscribe(DESK, { filter: { kinds: ["ARTICLE_CREATED"] } });
    await settle(100);
    await expect(
      inTransaction(app.dataSource.manager, async (manager) => {
        await createArticle(manager, "Test Editor", { headline: "Never committed", body: "Text." });
        throw new Error("rolled back on purpose");
      }),
    ).rejects.toThrow("rolled back on purpose");
    const { id } = await draft("Committed after the rollback");
    const first = await events.next();
    expect(first.data.deskEvents.articleId).toBe(id);
    await settle(200);
    expect(events.results).toHaveLength(1);
  });

  it("filters by kind and article, and follows one article with articleChanged", async () => {
    const ws = await editorClient();
    const { id } = await draft("Followed");
    const other = await draft("Not followed");
    const changes = ws.subscribe(`subscription($id: ID!) { articleChanged(id: $id) { kind version } }`, { id });
    await settle(100);
    dataOf(await app.execute(UPDATE, { id: other.id, v: 1, input: { headline: "Not followed, edited" } }, EDITOR));
    dataOf(await app.execute(UPDATE, { id, v: 1, input: { headline: "Followed, edited" } }, EDITOR));
    expect((await changes.next()).data.articleChanged).toEqual({ kind: "ARTICLE_UPDATED", version: 2 });
    await settle(200);
    expect(changes.results).toHaveLength(1);
  });

  it("lets go of a subscription when its client completes it or leaves", async () => {
    const { bus, clock } = app.server.live;
    // The earlier tests' connections are gone first (closed after each test, released here).
    await waitFor(() => app.server.subscriptions.connections() === 0);
    await settle(100);
    const [busBefore, clockBefore] = [bus.listenerCount, clock.listenerCount];
    const ws = await editorClient();
    const subscribed = [ws.subscribe(DESK), ws.subscribe(DESK), ws.subscribe(PUBLISHED)];
    await waitFor(() => bus.listenerCount === busBefore + 2 && clock.listenerCount === clockBefore + 1);
    await ws.close();
    await waitFor(() => bus.listenerCount === busBefore && clock.listenerCount === clockBefore);
    expect(subscribed.every((subscription) => subscription.results.length === 0)).toBe(true);
  });

  it("is refused to readers, and a bad id is BAD_USER_INPUT", async () => {
    const reader = await readerClient();
    const refused = reader.subscribe(DESK);
    await expect(refused.done).resolves.toBeUndefined();
    expect(refused.results[0].errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    const editor = await editorClient();
    const bad = editor.subscribe(`subscription { articleChanged(id: "nope") { kind } }`);
    await bad.done;
    expect(bad.results[0].errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  });
});

describe("the LISTEN connection", () => {
  it("comes back when its backend is terminated, telling subscribers RESYNC before the next events", async () => {
    const ws = await editorClient();
    const events = ws.subscribe(DESK);
    await settle(100);
    const before = app.server.live.bus.connections;
    await app.dataSource.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'newsdesk-events' AND datname = current_database()`,
    );
    expect((await events.next(5000)).data.deskEvents.kind).toBe("RESYNC");
    expect(app.server.live.bus.connections).toBe(before + 1);
    const { id } = await draft("After the reconnect");
    expect((await events.next()).data.deskEvents).toMatchObject({ kind: "ARTICLE_CREATED", articleId: id });
  });
});

describe("articlePublished", () => {
  it("sends readers published work only, filtered by topic and person", async () => {
    const topic = await makeTopic(app.dataSource.manager);
    const person = await makePerson(app.dataSource.manager);
    const reader = await readerClient();
    const all = reader.subscribe(PUBLISHED);
    const byTopic = reader.subscribe(PUBLISHED, { topic: topic.slug });
    const byPerson = reader.subscribe(PUBLISHED, { person: person.slug });
    await settle(100);
    const { id: draftId } = await draft("Only a draft");
    dataOf(await app.execute(SUBMIT, { id: draftId }, EDITOR));
    const { id } = await draft("Tagged and published");
    await tag(app.dataSource.manager, { id } as never, topic);
    await mention(app.dataSource.manager, { id } as never, person);
    dataOf(await app.execute(SUBMIT, { id }, EDITOR));
    dataOf(await app.execute(PUBLISH, { id }, EDITOR));
    const plain = await publish("Published, untagged");
    expect((await all.next()).data.articlePublished).toMatchObject({ articleId: id, article: { headline: "Tagged and published" } });
    expect((await all.next()).data.articlePublished.articleId).toBe(plain);
    expect((await byTopic.next()).data.articlePublished.articleId).toBe(id);
    expect((await byPerson.next()).data.articlePublished.articleId).toBe(id);
    await settle(200);
    expect([all.results.length, byTopic.results.length, byPerson.results.length]).toEqual([2, 1, 1]);
    expect(JSON.stringify(all.results)).not.toContain(draftId);
  });

  it("delivers a scheduled publication when its time comes, not at the mutation", async () => {
    const reader = await readerClient();
    const events = reader.subscribe(PUBLISHED);
    await settle(100);
    const at = new Date(Date.now() + 1500);
    const id = await publish("Scheduled", at);
    await settle(300);
    expect(events.results).toHaveLength(0);
    const received = (await events.next(3000)).data.articlePublished;
    expect(received).toMatchObject({ articleId: id, article: { headline: "Scheduled" } });
    expect(Date.now()).toBeGreaterThanOrEqual(at.getTime());
  });

  it("sends nothing for a scheduled article withdrawn before its time", async () => {
    const reader = await readerClient();
    const events = reader.subscribe(PUBLISHED);
    await settle(100);
    const id = await publish("Scheduled, then withdrawn", new Date(Date.now() + 1000));
    dataOf(await app.execute(`mutation($id: ID!) { unpublishArticle(id: $id) { version } }`, { id }, EDITOR));
    await settle(1500);
    expect(events.results).toHaveLength(0);
  });
});

describe("connection_init", () => {
  it("closes with 4401 for a forged or expired token", async () => {
    await expect(connectWs(url, app.tokenFor(EDITOR, { secret: "x".repeat(40) }))).rejects.toMatchObject({ code: 4401 });
    await expect(connectWs(url, app.tokenFor(EDITOR, { expiresIn: -10 }))).rejects.toMatchObject({ code: 4401 });
    const { socket, closed } = await rawSocket();
    socket.send(JSON.stringify({ type: "connection_init", payload: { authorization: "Basic abc" } }));
    expect(await closed).toBe(4401);
  });

  it("closes the connection with 4401 when its token expires", async () => {
    const ws = await connectWs(url, app.tokenFor(ADMIN, { expiresIn: 2 }));
    clients.push(ws);
    ws.subscribe(DESK);
    expect(await ws.closed).toBe(4401);
  });
});

describe("hostile input", () => {
  it("answers malformed messages, unknown operations and queries with codes, and the server lives on", async () => {
    const { socket, closed } = await rawSocket();
    socket.send("{ not json");
    expect(await closed).toBe(4400);

    const second = await rawSocket();
    second.socket.send(JSON.stringify({ type: "subscribe", id: "1", payload: { query: "subscription { deskEvents { kind } }" } }));
    expect(await second.closed).toBe(4401);

    const editor = await editorClient();
    const cases: [string, string, Record<string, unknown>?][] = [
      ["subscription { nope }", "GRAPHQL_VALIDATION_FAILED"],
      ["subscription {", "GRAPHQL_PARSE_FAILED"],
      ["{ articles { totalCount } }", "BAD_REQUEST"],
      ["subscription A { deskEvents { kind } } subscription B { deskEvents { kind } }", "OPERATION_RESOLUTION_FAILURE"],
      [
        `subscription { articlePublished { article { ${"people { articles { nodes { ".repeat(6)}id${" } } }".repeat(6)} } } }`,
        "QUERY_TOO_COMPLEX",
      ],
    ];
    for (const [query, code] of cases) {
      const result = editor.subscribe(query);
      await result.done.catch(() => undefined);
      expect([query, result.results[0]?.errors?.[0]?.extensions?.code]).toEqual([query, code]);
    }
    expect(JSON.stringify(dataOf(await app.execute("{ articles(first: 1) { totalCount } }")))).toContain("totalCount");
  });

  it("caps subscriptions per connection and connections per process", async () => {
    const editor = await editorClient();
    const held = [editor.subscribe(DESK), editor.subscribe(DESK), editor.subscribe(DESK)];
    const over = editor.subscribe(DESK);
    await over.done.catch(() => undefined);
    expect(over.results[0].errors?.[0].extensions?.code).toBe("BAD_REQUEST");
    expect(held.every((subscription) => subscription.results.length === 0)).toBe(true);

    const flood = await rawSocket();
    flood.socket.send(JSON.stringify({ type: "connection_init", payload: {} }));
    await waitFor(() => flood.messages.length > 0);
    expect(flood.messages[0]).toEqual({ type: "connection_ack" });
    for (let i = 0; i < 200; i += 1) {
      flood.socket.send(JSON.stringify({ type: "subscribe", id: String(i), payload: { query: PUBLISHED } }));
    }
    await waitFor(() => flood.messages.filter((message) => (message as { type: string }).type === "error").length >= 197);
    flood.socket.close();
    await waitFor(() => app.server.subscriptions.connections() === 1);

    const open = await Promise.all(Array.from({ length: 20 - app.server.subscriptions.connections() }, () => rawSocket()));
    await expect(rawSocket()).rejects.toMatchObject({ status: 503 });
    for (const { socket } of open) socket.close();
    await waitFor(() => app.server.subscriptions.connections() === 1);
  });

  it("closes a connection that sends an oversize message (1009) or a wrong subprotocol", async () => {
    const { socket, closed } = await rawSocket();
    socket.send(JSON.stringify({ type: "connection_init", payload: { pad: "x".repeat(10_000) } }));
    expect(await closed).toBe(1009);
    // The deprecated subscriptions-transport-ws protocol: no subprotocol is agreed, and the
    // connection is closed (by the client, which asked for one; else by the server with 4406).
    const wrong = new WebSocket(`${url.replace(/^http/, "ws")}/graphql`, "graphql-ws");
    wrong.on("error", () => undefined);
    expect([1006, 4406]).toContain(await new Promise<number>((resolve) => wrong.on("close", (code) => resolve(code))));
    expect(dataOf(await app.execute("{ articles(first: 1) { totalCount } }"))).toBeDefined();
  });

  it("answers other paths' upgrades 404", async () => {
    const socket = new WebSocket(`${url.replace(/^http/, "ws")}/elsewhere`, "graphql-transport-ws");
    const status = await new Promise<number>((resolve) => {
      socket.on("unexpected-response", (_req, res) => resolve(res.statusCode ?? 0));
      socket.on("error", () => undefined);
    });
    expect(status).toBe(404);
  });
});

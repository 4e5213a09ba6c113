// Read replicas, against a real streaming replica of a real primary (tests/helpers/replica-pair.ts):
// readers are served from the replica and editors from the primary (shown by pausing the replica's
// replay: a publication is then on the primary only), a publication reaches readers once
// replicated, a replica that lags or stops is left out until it is back, and /readyz says which
// databases are up.
import { Client } from "pg";
import { signToken } from "../src/auth/tokens";
import { ConfigError, loadConfig } from "../src/config";
import { ReplicaSet } from "../src/db/replicas";
import { ApiProcess, postGraphQL, startApiProcess } from "./helpers/api-process";
import { eventually, ReplicaPair, startReplicaPair } from "./helpers/replica-pair";

const DATABASE = "newsdesk_replica_test";
const SECRET = "r".repeat(40);
const EDITOR_TOKEN = signToken(SECRET, { role: "editor", name: "Replica Editor" });

interface Readiness {
  status: string;
  databases: { primary: string; replicas: { name: string; state: string; behindBytes?: number; error?: string }[] };
}

describe("DATABASE_REPLICA_URLS", () => {
  it("takes postgres:// URLs, comma-separated, and none by default", () => {
    expect(loadConfig({}).databaseReplicaUrls).toEqual([]);
    const urls = "postgres://a:b@replica-1:5432/newsdesk, postgresql://a:b@replica-2/newsdesk";
    expect(loadConfig({ DATABASE_REPLICA_URLS: urls }).databaseReplicaUrls).toEqual([
      "postgres://a:b@replica-1:5432/newsdesk",
      "postgresql://a:b@replica-2/newsdesk",
    ]);
  });

  it("refuses a URL that is not postgres://, naming its place but not its password", () => {
    const load = () => loadConfig({ DATABASE_REPLICA_URLS: "postgres://a:b@replica-1/newsdesk,mysql://a:s3cret@replica-2/newsdesk" });
    expect(load).toThrow(ConfigError);
    expect(load).toThrow("DATABASE_REPLICA_URLS entry 2 must be a postgres:// or postgresql:// URL");
    expect(load).not.toThrow(/s3cret/);
    expect(() => loadConfig({ DATABASE_REPLICA_URLS: "replica-1:5432" })).toThrow(ConfigError);
  });
});

describe("read replicas", () => {
  let pair: ReplicaPair;
  let api: ApiProcess;
  let primary: Client;
  let replica: Client;

  function graphql<T = any>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
    return postGraphQL<T>(api.url, query, variables, token);
  }

  const readerSees = async (slug: string) =>
    (await graphql<{ article: { headline: string } | null }>("query ($slug: String!) { article(slug: $slug) { headline } }", { slug }))
      .article;
  const editorSees = async (slug: string) =>
    (
      await graphql<{ article: { status: string } | null }>(
        "query ($slug: String!) { article(slug: $slug) { status } }",
        { slug },
        EDITOR_TOKEN,
      )
    ).article;
  /** A relevance search: how many match, and the first page's slugs. */
  const search = async (q: string, token?: string) => {
    const { articles } = await graphql<{ articles: { totalCount: number; nodes: { slug: string }[] } }>(
      "query ($q: String!) { articles(first: 5, filter: { search: $q }, orderBy: { field: RELEVANCE, direction: DESC }) { totalCount nodes { slug } } }",
      { q },
      token,
    );
    return { totalCount: articles.totalCount, slugs: articles.nodes.map((node) => node.slug) };
  };
  const readiness = async () => {
    const response = await fetch(`${api.url}/readyz`);
    return { status: response.status, body: (await response.json()) as Readiness };
  };

  /** An editor drafts, submits and publishes an article; its slug. */
  async function publish(headline: string): Promise<string> {
    const created = await graphql<{ createArticle: { id: string; slug: string } }>(
      "mutation ($input: CreateArticleInput!) { createArticle(input: $input) { id slug } }",
      { input: { headline, body: `${headline}.\n\nA second paragraph.` } },
      EDITOR_TOKEN,
    );
    const { id, slug } = created.createArticle;
    await graphql("mutation ($id: ID!) { submitArticle(id: $id) { id } }", { id }, EDITOR_TOKEN);
    const published = await graphql<{ publishArticle: { status: string } }>(
      "mutation ($id: ID!) { publishArticle(id: $id) { status } }",
      { id },
      EDITOR_TOKEN,
    );
    expect(published.publishArticle.status).toBe("PUBLISHED");
    return slug;
  }

  /** Waits until the API sends readers to the replica (after start-up, it first replays what the primary holds). */
  const replicaServing = () =>
    eventually("/readyz to report the replica up", async () => {
      const state = await readiness();
      return state.body.databases.replicas[0].state === "up" ? state : undefined;
    });

  /** A session on the replica, for its own checks; stopping the replica ends it, which is expected. */
  async function connectReplica(url: string): Promise<Client> {
    const client = new Client({ connectionString: url });
    client.on("error", () => undefined);
    await client.connect();
    return client;
  }

  /** Stops the replica's replay: what the primary commits from now on is not on the replica. */
  const pauseReplay = () => replica.query("SELECT pg_wal_replay_pause()");
  const resumeReplay = () => replica.query("SELECT pg_wal_replay_resume()");

  beforeAll(async () => {
    pair = await startReplicaPair();
    primary = new Client({ connectionString: pair.primary.urlFor("postgres") });
    await primary.connect();
    await primary.query(`CREATE DATABASE ${DATABASE}`);
    // CREATE DATABASE reaches the replica a moment later.
    replica = await eventually("the database on the replica", () => connectReplica(pair.replica.urlFor(DATABASE)));
    api = await startApiProcess(
      {
        DATABASE_URL: pair.primary.urlFor(DATABASE),
        DATABASE_REPLICA_URLS: pair.replica.urlFor(DATABASE),
        // Lag is tested on its own (below): here a paused replica must stay in use.
        NEWSDESK_REPLICA_MAX_LAG_MS: "600000",
        NEWSDESK_JWT_SECRET: SECRET,
        NEWSDESK_SHUTDOWN_GRACE_MS: "0",
      },
      120_000,
    );
  }, 180_000);

  afterAll(async () => {
    if (api && api.child.exitCode === null) {
      api.child.kill("SIGTERM");
      await api.exited;
    }
    await replica?.end().catch(() => undefined);
    await primary?.end();
    await pair?.close();
  }, 60_000);

  it("starts with the replica serving readers once it has caught up, as /readyz says", async () => {
    const { status, body } = await replicaServing();
    expect(status).toBe(200);
    expect(body.databases).toEqual({
      primary: "up",
      replicas: [{ name: `127.0.0.1:${pair.replica.port}/${DATABASE}`, state: "up", behindBytes: expect.any(Number) }],
    });
    expect(api.logs.find((line) => line.message === "Newsdesk is ready")).toMatchObject({
      replicas: [{ name: `127.0.0.1:${pair.replica.port}/${DATABASE}`, state: expect.stringMatching(/^(up|lagging)$/) }],
    });
  });

  it("serves readers from the replica and editors from the primary; a publication reaches readers once replicated", async () => {
    // The sample data the API loaded at start-up was replicated: readers see the front page.
    await replicaServing();
    expect((await graphql<{ articles: { totalCount: number } }>("{ articles { totalCount } }")).articles.totalCount).toBeGreaterThan(0);
    await pauseReplay();
    try {
      const slug = await publish("Replica holds the quillwort presses");
      // The editor reads the primary, where the publication is; readers read the paused replica:
      // the prepared reads (a lookup by slug) and the data source's (a search, planned for its terms).
      expect(await editorSees(slug)).toEqual({ status: "PUBLISHED" });
      expect(await readerSees(slug)).toBeNull();
      expect(await search("quillwort", EDITOR_TOKEN)).toEqual({ totalCount: 1, slugs: [slug] });
      expect(await search("quillwort")).toEqual({ totalCount: 0, slugs: [] });
      // Writes went to the primary: the replica has not replayed them.
      expect((await replica.query("SELECT count(*)::int AS n FROM article WHERE slug = $1", [slug])).rows[0].n).toBe(0);
      await resumeReplay();
      expect(await eventually("the publication to reach readers", () => readerSees(slug).then((article) => article ?? undefined))).toEqual({
        headline: "Replica holds the quillwort presses",
      });
      expect(await search("quillwort")).toEqual({ totalCount: 1, slugs: [slug] });
    } finally {
      await resumeReplay();
    }
  });

  it("sends readers to the primary while the replica is down, and back to the replica once it is up", async () => {
    await pair.replica.stop();
    await replica.end().catch(() => undefined);
    const down = await eventually("/readyz to report the replica down", async () => {
      const state = await readiness();
      return state.body.databases.replicas[0].state === "down" ? state : undefined;
    });
    // Readers are served (from the primary); the API is ready (the primary is what it needs).
    expect(down.status).toBe(200);
    expect(down.body.databases.primary).toBe("up");
    const slug = await publish("Replica down, readers served");
    expect(await readerSees(slug)).toEqual({ headline: "Replica down, readers served" });
    expect((await graphql<{ articles: { totalCount: number } }>("{ articles { totalCount } }")).articles.totalCount).toBeGreaterThan(0);

    await pair.replica.start();
    await replicaServing();
    replica = await connectReplica(pair.replica.urlFor(DATABASE));
    // Readers are back on the replica (a paused one hides the next publication from them); its
    // read pool reconnected and prepared its statements afresh.
    await pauseReplay();
    try {
      const hidden = await publish("Replica back, replay paused");
      expect(await readerSees(hidden)).toBeNull();
      expect(await editorSees(hidden)).toEqual({ status: "PUBLISHED" });
      expect(await readerSees(slug)).toEqual({ headline: "Replica down, readers served" });
    } finally {
      await resumeReplay();
    }
  });

  it("leaves out a replica that falls further behind than allowed, until it catches up", async () => {
    const lines: string[] = [];
    const replicas = new ReplicaSet({
      primaryUrl: pair.primary.urlFor(DATABASE),
      replicaUrls: [pair.replica.urlFor(DATABASE)],
      poolSize: 1,
      maxLagMs: 300,
      log: { info: (message) => lines.push(message), warn: (message) => lines.push(message) },
    });
    try {
      await replicas.start();
      await eventually("the replica to serve readers", async () => replicas.status()[0].state === "up");
      expect(replicas.forReaders()).toBeDefined();
      await pauseReplay();
      await primary.query("SELECT pg_logical_emit_message(false, 'newsdesk-test', 'WAL the paused replica has not replayed', true)");
      await eventually("the replica to count as lagging", async () => replicas.status()[0].state === "lagging");
      expect(replicas.status()[0].behindBytes).toBeGreaterThan(0);
      // No healthy replica: readers read the primary.
      expect(replicas.forReaders()).toBeUndefined();
      await resumeReplay();
      await eventually("the replica to be used again", async () => replicas.status()[0].state === "up");
      expect(replicas.forReaders()).toBeDefined();
      expect(lines).toEqual(expect.arrayContaining(["read replica serves readers", expect.stringMatching(/^read replica lagging/)]));
    } finally {
      await resumeReplay();
      await replicas.close();
    }
  });
});

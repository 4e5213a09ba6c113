// Faults heal without a person: the API's embedded PostgreSQL killed under it is restarted and
// the API answers again with no restart of its own; an API killed with SIGKILL leaves a cluster
// running that the next start deals with; scripts run beside a running API use its cluster; and
// an external database that is not up yet at boot is waited for.
import { execFile } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { Client } from "pg";
import { ApiProcess, postmasterPid as postmasterPidIn, startApiProcess, stopApisAndDatabase, waitFor } from "./helpers/api-process";
import { isAlive } from "../src/db/embedded";
import { freePort } from "./helpers/ports";
import { createTestDatabase } from "./helpers/test-app";

const run = promisify(execFile);
const ROOT = path.join(__dirname, "..");

async function articleCount(url: string): Promise<number | undefined> {
  try {
    const response = await fetch(`${url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ articles { totalCount } }" }),
    });
    const body = (await response.json()) as { data?: { articles?: { totalCount: number } } };
    return body.data?.articles?.totalCount;
  } catch {
    return undefined;
  }
}

describe("embedded PostgreSQL, supervised", () => {
  let dataDir: string;
  let env: Record<string, string>;
  let api: ApiProcess | undefined;

  const postmasterPid = () => postmasterPidIn(dataDir);

  beforeAll(async () => {
    // The cluster runs as the `postgres` user when tests run as root, so its folder must be reachable.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "newsdesk-faults-"));
    fs.chmodSync(dir, 0o755);
    dataDir = path.join(dir, "data");
    env = {
      NEWSDESK_DATA_DIR: dataDir,
      NEWSDESK_PG_PORT: String(await freePort()),
      NEWSDESK_JWT_SECRET: "f".repeat(40),
      NEWSDESK_SHUTDOWN_GRACE_MS: "0",
    };
    api = await startApiProcess(env, 120_000);
  }, 130_000);

  afterAll(() => stopApisAndDatabase([api], dataDir), 60_000);

  it("restarts PostgreSQL killed under a live API, which answers again without restarting", async () => {
    const apiPid = api!.child.pid;
    expect(await articleCount(api!.url)).toBeGreaterThan(0);
    const killed = postmasterPid();
    process.kill(killed, "SIGKILL");
    await waitFor("the postmaster to die", () => !isAlive(killed));
    const healedMs = await waitFor("the API to answer again", async () => (await articleCount(api!.url)) !== undefined);
    expect(postmasterPid()).not.toBe(killed);
    expect((await fetch(`${api!.url}/readyz`)).status).toBe(200);
    expect(api!.child.pid).toBe(apiPid);
    expect(api!.child.exitCode).toBeNull();
    expect(api!.logs.map((line) => line.message)).toContain("embedded PostgreSQL restarted");
    expect(healedMs).toBeLessThan(20_000);
  }, 60_000);

  it("lets npm run migrate and npm run ingest run beside the API, on its cluster", async () => {
    const scriptEnv = { ...process.env, ...env, LOG_LEVEL: "warn" };
    const cluster = postmasterPid();
    const articlesInDatabase = async () => {
      const client = new Client(`postgres://newsdesk:newsdesk@127.0.0.1:${env.NEWSDESK_PG_PORT}/newsdesk`);
      await client.connect();
      try {
        return (await client.query("SELECT count(*)::int AS n FROM article")).rows[0].n as number;
      } finally {
        await client.end();
      }
    };
    const before = await articlesInDatabase();
    const migrate = await run(process.execPath, [path.join(ROOT, "dist", "scripts", "migrate.js")], { env: scriptEnv, cwd: ROOT });
    expect(migrate.stdout).toMatch(/up to date/);
    const story = path.join(ROOT, "samples", "articles", "seed-trump-putin-call.txt");
    await run(process.execPath, [path.join(ROOT, "dist", "scripts", "ingest.js"), story], { env: scriptEnv, cwd: ROOT });
    // The API's cluster is still the one running, with the ingested draft in it, and the API answers.
    expect(postmasterPid()).toBe(cluster);
    expect(await articlesInDatabase()).toBe(before + 1);
    expect(await articleCount(api!.url)).toBeGreaterThan(0);
  }, 60_000);

  it("starts after the API was killed with SIGKILL, dealing with the cluster it left running", async () => {
    const left = postmasterPid();
    api!.child.kill("SIGKILL");
    await api!.exited;
    expect(isAlive(left)).toBe(true);
    api = await startApiProcess(env, 120_000);
    expect(await articleCount(api.url)).toBeGreaterThan(0);
    expect(api.logs.map((line) => line.message)).toContain(
      "stopping an embedded PostgreSQL left running by a Newsdesk process that is gone",
    );
  }, 130_000);
});

describe("an external database that is not up yet", () => {
  it("is waited for at boot", async () => {
    // The test holds the database's port from the start and shuts every connection until the API
    // has logged a failed attempt; then it lets connections through to the real server.
    const database = await createTestDatabase();
    const target = new URL(database.url);
    let open = false;
    const door = net.createServer((client) => {
      if (!open) return client.destroy();
      const upstream = net.connect(Number(target.port), target.hostname);
      client.pipe(upstream).pipe(client);
      client.on("error", () => upstream.destroy());
      upstream.on("error", () => client.destroy());
    });
    await new Promise<void>((resolve) => door.listen(0, "127.0.0.1", resolve));
    const external = new URL(database.url);
    external.port = String((door.address() as net.AddressInfo).port);
    const api = await startApiProcess(
      { DATABASE_URL: external.toString(), NEWSDESK_SAMPLE_DATA: "false", NEWSDESK_JWT_SECRET: "e".repeat(40) },
      60_000,
      (entry) => {
        if (entry.message === "database not reachable yet; retrying") open = true;
      },
    );
    try {
      expect(api.logs.map((line) => line.message)).toContain("database not reachable yet; retrying");
      expect(await articleCount(api.url)).toBeGreaterThan(0);
    } finally {
      api.child.kill("SIGTERM");
      await api.exited;
      door.close();
      await database.drop();
    }
  }, 60_000);
});

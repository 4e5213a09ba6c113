// npm run bench:subscriptions: the fan-out of live events. Two API processes on one (embedded,
// small) database; N editors subscribed to deskEvents, split between them; M mutations a second
// (updateArticle on drafts) sent to the two in turn. Every subscriber must receive every write's
// event: reports delivery latency (from the mutation's request to the event at the subscriber)
// and events lost, which must be 0.
//
//   node dist/bench/subscriptions.js [--subscribers 200] [--rate 20] [--seconds 10]
import { ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import "reflect-metadata";
import { Client as WsClient, createClient } from "graphql-ws";
import WebSocket from "ws";
import { signToken } from "../src/auth/tokens";
import { createDataSource } from "../src/db/data-source";
import { startEmbeddedPostgres } from "../src/db/embedded";
import { loadSampleData } from "../src/seed/sample-data";
import { startProcess, stopProcess } from "./systems/spawn";

const ROOT = path.join(__dirname, "..", "..");
const SECRET = "newsdesk-benchmark-only-secret-guarding-nothing";
const DRAFTS = 40;

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  const value = index >= 0 ? Number(process.argv[index + 1]) : fallback;
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} must be a positive number`);
  return value;
}

interface Api {
  child: ChildProcess;
  url: string;
}

// The APIs' ports: a random base, then the next one for each, so two never collide.
let nextPort = 4900 + Math.floor(Math.random() * 900);

/** An API process on 127.0.0.1, once it answers /healthz (bench/systems/spawn.ts). */
async function startApi(env: Record<string, string>): Promise<Api> {
  // BENCH_API_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof": Node options of the API processes.
  const nodeArgs = process.env.BENCH_API_NODE_ARGS?.split(" ").filter(Boolean) ?? [];
  const port = nextPort++;
  const url = `http://127.0.0.1:${port}`;
  const child = await startProcess(process.execPath, [...nodeArgs, path.join(ROOT, "dist", "src", "index.js")], {
    name: "newsdesk",
    cwd: ROOT,
    env: { NODE_ENV: "production", PORT: String(port), LOG_LEVEL: "info", NEWSDESK_JWT_SECRET: SECRET, ...env },
    readyUrl: `${url}/healthz`,
  });
  return { child, url };
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function main(): Promise<void> {
  const subscribers = option("subscribers", 200);
  const rate = option("rate", 20);
  const seconds = option("seconds", 10);
  const token = signToken(SECRET, { role: "editor", name: "Benchmark Editor" }, { expiresInSeconds: 3600 });

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "newsdesk-bench-live-"));
  fs.chmodSync(dir, 0o755);
  const port = 20000 + Math.floor(Math.random() * 20000);
  const cluster = await startEmbeddedPostgres({ dataDir: path.join(dir, "postgres"), port, persistent: false });
  const apis: Api[] = [];
  const clients: WsClient[] = [];
  try {
    const database = "newsdesk_live_bench";
    const admin = createDataSource({ url: cluster.url, poolSize: 1 });
    await admin.initialize();
    await admin.query(`CREATE DATABASE ${database}`);
    await admin.destroy();
    const dataSource = createDataSource({ url: cluster.urlFor(database), poolSize: 2 });
    await dataSource.initialize();
    await dataSource.runMigrations({ transaction: "each" });
    await loadSampleData(dataSource.manager);
    await dataSource.destroy();

    const env = {
      DATABASE_URL: cluster.urlFor(database),
      NEWSDESK_SAMPLE_DATA: "false",
      NEWSDESK_WS_MAX_CONNECTIONS: String(subscribers + 10),
    };
    apis.push(await startApi(env), await startApi(env));

    const post = async (api: Api, query: string, variables: Record<string, unknown>) => {
      const response = await fetch(`${api.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { data?: Record<string, { id: string; version: number }>; errors?: unknown };
      if (body.errors || !body.data) throw new Error(JSON.stringify(body.errors));
      return Object.values(body.data)[0];
    };

    const drafts: { id: string; version: number; busy: boolean }[] = [];
    for (let i = 0; i < DRAFTS; i += 1) {
      const created = await post(
        apis[0],
        `mutation($h: String!) { createArticle(input: { headline: $h, body: "Text." }) { id version } }`,
        {
          h: `Fan-out draft ${i}`,
        },
      );
      drafts.push({ ...created, busy: false });
    }

    // Subscribers, half on each process; each keeps when it received each (article, version).
    const received: Map<string, number>[] = [];
    let resyncs = 0;
    for (let i = 0; i < subscribers; i += 1) {
      const seen = new Map<string, number>();
      received.push(seen);
      const client = createClient({
        url: `${apis[i % 2].url.replace(/^http/, "ws")}/graphql`,
        webSocketImpl: WebSocket,
        connectionParams: { authorization: `Bearer ${token}` },
        lazy: false,
        retryAttempts: 0,
        onNonLazyError: () => undefined,
      });
      clients.push(client);
      client.subscribe<{ deskEvents: { kind: string; articleId: string | null; version: number | null } }>(
        { query: "subscription { deskEvents(filter: { kinds: [ARTICLE_UPDATED] }) { kind articleId version } }" },
        {
          next: ({ data }) => {
            const event = data?.deskEvents;
            if (!event) return;
            if (event.kind === "RESYNC") resyncs += 1;
            else seen.set(`${event.articleId}@${event.version}`, performance.now());
          },
          error: () => undefined,
          complete: () => undefined,
        },
      );
    }
    // Let every connection be acknowledged and subscribed.
    await new Promise((resolve) => setTimeout(resolve, 2000 + subscribers * 5));

    const sent = new Map<string, number>();
    /** When each mutation's response arrived: the commit happened before. */
    const answered = new Map<string, number>();
    const mutationMs: number[] = [];
    let failures = 0;
    let skipped = 0;
    let turn = 0;
    const inFlight = new Set<Promise<void>>();
    const started = performance.now();
    const total = Math.round(rate * seconds);
    for (let n = 0; n < total; n += 1) {
      const due = started + (n * 1000) / rate;
      const wait = due - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      const draft = drafts.find((candidate) => !candidate.busy);
      if (!draft) {
        skipped += 1;
        continue;
      }
      draft.busy = true;
      const api = apis[turn++ % 2];
      const at = performance.now();
      const request = post(
        api,
        `mutation($id: ID!, $v: Int!, $b: String!) { updateArticle(id: $id, expectedVersion: $v, input: { body: $b }) { id version } }`,
        {
          id: draft.id,
          v: draft.version,
          b: `Text, edit ${n}.`,
        },
      )
        .then((updated) => {
          draft.version = updated.version;
          sent.set(`${draft.id}@${updated.version}`, at);
          answered.set(`${draft.id}@${updated.version}`, performance.now());
          mutationMs.push(performance.now() - at);
        })
        .catch(() => {
          failures += 1;
        })
        .finally(() => {
          draft.busy = false;
          inFlight.delete(request);
        });
      inFlight.add(request);
    }
    await Promise.all(inFlight);
    const elapsed = (performance.now() - started) / 1000;
    // Stragglers: a generous drain before anything counts as lost.
    await new Promise((resolve) => setTimeout(resolve, 3000));

    const latencies: number[] = [];
    const afterResponse: number[] = [];
    let lost = 0;
    for (const seen of received) {
      for (const [key, at] of sent) {
        const arrived = seen.get(key);
        if (arrived === undefined) lost += 1;
        else {
          latencies.push(arrived - at);
          afterResponse.push(arrived - answered.get(key)!);
        }
      }
    }
    latencies.sort((x, y) => x - y);
    afterResponse.sort((x, y) => x - y);
    mutationMs.sort((x, y) => x - y);
    const round = (value: number) => Math.round(value * 10) / 10;
    const result = {
      subscribers,
      processes: 2,
      mutationsPerSecondAsked: rate,
      mutationsPerSecondDone: round(sent.size / elapsed),
      mutations: sent.size,
      mutationFailures: failures,
      mutationsSkippedNoFreeDraft: skipped,
      mutationP50Ms: round(percentile(mutationMs, 50)),
      deliveries: latencies.length,
      deliveryP50Ms: round(percentile(latencies, 50)),
      deliveryP99Ms: round(percentile(latencies, 99)),
      deliveryMaxMs: round(latencies[latencies.length - 1] ?? NaN),
      // Negative: the event reached the subscriber before the mutation's response reached its client.
      afterResponseP50Ms: round(percentile(afterResponse, 50)),
      afterResponseP99Ms: round(percentile(afterResponse, 99)),
      eventsLost: lost,
      resyncs,
    };
    console.log(JSON.stringify(result, null, 2));
    if (lost > 0 || failures > 0) process.exitCode = 1;
  } finally {
    for (const client of clients) void client.dispose();
    for (const api of apis) await stopProcess(api.child);
    await cluster.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

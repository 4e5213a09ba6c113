// npm run soak -- [--seconds 180] [--connections 8] [--articles 20000]
//
// A bounded mixed soak of the built API (production mode) on a copy of a benchmark database:
// readers' pages, editors' writes and ingests, and hostile requests (fragment bombs, oversized
// documents, broken bodies, bad tokens, unknown operations, NUL in filters), all at once, while a
// probe asks /healthz. It prints what came back per kind, read latency, the slowest probe and the
// server's RSS at start and end, and exits non-zero on any 5xx or internal error. It stops by
// itself; every request goes to 127.0.0.1.
import fs from "node:fs";
import path from "node:path";
import { Client } from "pg";
import { signToken } from "../src/auth/tokens";
import { benchDatabaseName, openBenchServer } from "./lib/bench-db";
import { fragmentFan } from "./lib/hostile";
import { startProcess, stopProcess } from "./systems/spawn";
import { BENCH_JWT_SECRET } from "./writes";

const ROOT = path.join(__dirname, "..", "..");

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? fallback : Number(process.argv[index + 1]);
}

function query(name: string): string {
  return fs.readFileSync(path.join(ROOT, "bench", "queries", `${name}.graphql`), "utf8");
}

function rssMb(pid: number): number {
  const line = fs
    .readFileSync(`/proc/${pid}/status`, "utf8")
    .split("\n")
    .find((entry) => entry.startsWith("VmRSS:"));
  return Math.round(Number(line?.split(/\s+/)[1] ?? 0) / 1024);
}

function percentile(sorted: number[], p: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] : 0;
}

const pick = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)];

interface Request {
  kind: string;
  body: string;
  headers?: Record<string, string>;
}

async function main(): Promise<void> {
  const seconds = option("seconds", 180);
  const connections = option("connections", 8);
  const articles = option("articles", 20_000);
  const server = await openBenchServer();
  const database = `newsdesk_soak_${Date.now()}`;
  await server.query(`CREATE DATABASE ${database} TEMPLATE ${benchDatabaseName(articles)}`);
  const port = 4600 + Math.floor(Math.random() * 300);
  const url = `http://127.0.0.1:${port}`;
  const child = await startProcess(process.execPath, [path.join(ROOT, "dist", "src", "index.js")], {
    name: "newsdesk",
    env: {
      NODE_ENV: "production",
      DATABASE_URL: server.urlFor(database),
      PORT: String(port),
      NEWSDESK_SAMPLE_DATA: "false",
      NEWSDESK_JWT_SECRET: BENCH_JWT_SECRET,
      LOG_LEVEL: "warn",
    },
    readyUrl: `${url}/readyz`,
  });
  const editor = `Bearer ${signToken(BENCH_JWT_SECRET, { role: "editor", name: "Soak Editor" })}`;
  // Slugs to read, from the copy itself.
  const db = new Client({ connectionString: server.urlFor(database) });
  await db.connect();
  const sample = async (table: string) =>
    ((await db.query(`SELECT slug FROM ${table} ORDER BY random() LIMIT 200`)).rows as { slug: string }[]).map((row) => row.slug);
  const people = await sample("person");
  const topics = await sample("topic");
  const stories = await sample("article WHERE status = 'PUBLISHED'");
  await db.end();
  const wire = fs.readFileSync(path.join(ROOT, "samples", "articles", "seed-trump-putin-call.txt"), "utf8");
  const words = ["sanctions", "nato", "putin", "minister", "election", '"foreign minister" -iran'];

  const requests: [number, () => Request][] = [
    [15, () => ({ kind: "read", body: JSON.stringify({ query: query("FrontPage") }) })],
    [15, () => ({ kind: "read", body: JSON.stringify({ query: query("PersonPage"), variables: { slug: pick(people) } }) })],
    [10, () => ({ kind: "read", body: JSON.stringify({ query: query("TopicPage"), variables: { slug: pick(topics) } }) })],
    [10, () => ({ kind: "read", body: JSON.stringify({ query: query("ArticleBySlug"), variables: { slug: pick(stories) } }) })],
    [10, () => ({ kind: "read", body: JSON.stringify({ query: query("Search"), variables: { q: pick(words) } }) })],
    [
      5,
      () => ({
        kind: "write",
        headers: { authorization: editor },
        body: JSON.stringify({
          query: "mutation($input: CreateTopicInput!) { createTopic(input: $input) { id } }",
          variables: { input: { name: `Soak ${Math.random().toString(36).slice(2)}` } },
        }),
      }),
    ],
    [
      2,
      () => ({
        kind: "ingest",
        headers: { authorization: editor },
        body: JSON.stringify({
          query: "mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { article { id } } }",
          variables: { input: { text: wire.repeat(1 + Math.floor(Math.random() * 20)), headline: "Soak ingest" } },
        }),
      }),
    ],
    [5, () => ({ kind: "hostile", body: JSON.stringify({ query: fragmentFan(20 + Math.floor(Math.random() * 50)) }) })],
    [5, () => ({ kind: "hostile", body: JSON.stringify({ query: `{ ${"__typename ".repeat(2000)}}` }) })],
    [5, () => ({ kind: "hostile", body: '{"query": "{ articles { totalCount ' })],
    [
      5,
      () => ({ kind: "hostile", headers: { authorization: "Bearer nope.nope.nope" }, body: JSON.stringify({ query: "{ __typename }" }) }),
    ],
    [4, () => ({ kind: "hostile", body: JSON.stringify({ query: "query A { __typename } query B { __typename }", operationName: "C" }) })],
    [
      4,
      () => ({
        kind: "hostile",
        body: JSON.stringify({
          query: "query($s: String) { quotes(filter: { search: $s }) { totalCount } }",
          variables: { s: "a\u0000b" },
        }),
      }),
    ],
    [5, () => ({ kind: "hostile", body: JSON.stringify({ query: "{ articles(first: 1000) { totalCount } }" }) })],
  ];
  const totalWeight = requests.reduce((sum, [weight]) => sum + weight, 0);
  const nextRequest = (): Request => {
    let roll = Math.random() * totalWeight;
    for (const [weight, make] of requests) {
      roll -= weight;
      if (roll < 0) return make();
    }
    return requests[0][1]();
  };

  const outcomes: Record<string, Record<string, number>> = {};
  const readLatencies: number[] = [];
  let serverErrors = 0;
  let internalErrors = 0;
  const count = (kind: string, outcome: string) => {
    outcomes[kind] ??= {};
    outcomes[kind][outcome] = (outcomes[kind][outcome] ?? 0) + 1;
  };
  const rssStart = rssMb(child.pid!);
  const deadline = Date.now() + seconds * 1000;
  let slowestProbeMs = 0;
  const probe = (async () => {
    while (Date.now() < deadline) {
      const started = performance.now();
      await (await fetch(`${url}/healthz`)).arrayBuffer();
      slowestProbeMs = Math.max(slowestProbeMs, performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  })();
  const workers = Array.from({ length: connections }, async () => {
    while (Date.now() < deadline) {
      const request = nextRequest();
      const started = performance.now();
      try {
        const response = await fetch(`${url}/graphql`, {
          method: "POST",
          headers: { "content-type": "application/json", ...request.headers },
          body: request.body,
        });
        const text = await response.text();
        const codes = [...text.matchAll(/"code":"([A-Z_]+)"/g)].map((match) => match[1]);
        if (response.status >= 500) serverErrors += 1;
        if (codes.includes("INTERNAL_SERVER_ERROR")) internalErrors += 1;
        count(request.kind, codes.length ? `${response.status} ${[...new Set(codes)].join("+")}` : String(response.status));
        if (request.kind === "read" && response.status === 200 && !codes.length) readLatencies.push(performance.now() - started);
      } catch (error) {
        serverErrors += 1;
        count(request.kind, `failed: ${(error as Error).message}`);
      }
    }
  });
  await Promise.all([...workers, probe]);
  const rssEnd = rssMb(child.pid!);
  await stopProcess(child);
  await server.query(`DROP DATABASE ${database} WITH (FORCE)`);
  await server.stop();

  readLatencies.sort((a, b) => a - b);
  const requestsSent = Object.values(outcomes).reduce((sum, byOutcome) => sum + Object.values(byOutcome).reduce((a, b) => a + b, 0), 0);
  console.log(`soak: ${seconds} s, ${connections} connections, ${articles} articles, ${requestsSent} requests`);
  for (const [kind, byOutcome] of Object.entries(outcomes)) console.log(`  ${kind.padEnd(8)} ${JSON.stringify(byOutcome)}`);
  console.log(
    `  reads: ${readLatencies.length} ok, p50 ${percentile(readLatencies, 50).toFixed(1)} ms, p99 ${percentile(readLatencies, 99).toFixed(1)} ms`,
  );
  console.log(
    `  5xx or failed: ${serverErrors}; INTERNAL_SERVER_ERROR: ${internalErrors}; slowest /healthz: ${slowestProbeMs.toFixed(1)} ms`,
  );
  console.log(`  RSS: ${rssStart} MB at start, ${rssEnd} MB at end`);
  if (serverErrors || internalErrors) process.exitCode = 1;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

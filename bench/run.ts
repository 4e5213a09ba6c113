// npm run bench -- [--articles 20000] [--duration 15] [--connections 8] [--systems a,b] [--smoke]
// Starts each system on the seeded database, checks they return the same data, then loads each
// operation with autocannon (a separate process), and prints req/s, p50, p99, errors, SQL
// statements per request and server memory, with the ratios to PostGraphile and to the floor.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { isDeepStrictEqual } from "node:util";
import { Client } from "pg";
import { benchDatabaseName, BenchServer, openBenchServer } from "./lib/bench-db";
import type { LoadConfig, LoadResult } from "./load";
import { BenchParams, paramsFile, seedBenchDatabase } from "./seed";
import { floor } from "./systems/floor";
import { newsdesk, newsdeskCached } from "./systems/newsdesk";
import { postgraphile } from "./systems/postgraphile";
import { BenchSystem, OPERATIONS, OperationName, RunningSystem } from "./systems/types";

const ROOT = path.join(__dirname, "..", "..");
const SYSTEMS: BenchSystem[] = [newsdesk, newsdeskCached, postgraphile, floor];

interface Options {
  articles: number;
  durationSeconds: number;
  warmupSeconds: number;
  connections: number;
  poolSize: number;
  systems: string[];
  operations: OperationName[];
  smoke: boolean;
  reseed: boolean;
}

interface Measurement extends LoadResult {
  system: string;
  operation: OperationName;
  statementsPerRequest: number;
  rssMb: number;
  /** Statements of the run whose generic plan scans a large table sequentially. */
  seqScans: number;
}

const LARGE_TABLES = /Seq Scan on (article|quote|article_topic|article_person)\b/;

/** How many of the run's statements would scan a large table sequentially (EXPLAIN GENERIC_PLAN). */
async function sequentialScans(client: Client): Promise<number> {
  const { rows } = await client.query(
    `SELECT query FROM pg_stat_statements
     WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
       AND query NOT ILIKE '%pg_stat_statements%' AND query ~* '^\\s*(SELECT|WITH)'`,
  );
  let scans = 0;
  for (const { query } of rows as { query: string }[]) {
    try {
      const plan = await client.query(`EXPLAIN (GENERIC_PLAN) ${query}`);
      if (plan.rows.some((row) => LARGE_TABLES.test(row["QUERY PLAN"]))) scans += 1;
    } catch {
      // A statement PostgreSQL cannot plan generically (rare) is left out.
    }
  }
  return scans;
}

function parseOptions(argv: string[]): Options {
  const value = (name: string) => {
    const index = argv.indexOf(`--${name}`);
    return index === -1 ? undefined : argv[index + 1];
  };
  const smoke = argv.includes("--smoke");
  return {
    articles: Number(value("articles") ?? (smoke ? 300 : 20000)),
    durationSeconds: Number(value("duration") ?? (smoke ? 1 : 15)),
    warmupSeconds: Number(value("warmup") ?? (smoke ? 0.5 : 4)),
    connections: Number(value("connections") ?? 8),
    poolSize: Number(value("pool") ?? 16),
    systems: (value("systems") ?? SYSTEMS.map((system) => system.name).join(",")).split(","),
    operations: (value("operations")?.split(",") as OperationName[] | undefined) ?? [...OPERATIONS],
    smoke,
    reseed: argv.includes("--reseed"),
  };
}

function variablesFor(operation: OperationName, params: BenchParams): Record<string, unknown>[] {
  switch (operation) {
    case "FrontPage":
      return [{}];
    case "PersonPage":
      return params.personSlugs.map((slug) => ({ slug }));
    case "TopicPage":
      return params.topicSlugs.map((slug) => ({ slug }));
    case "ArticleBySlug":
      return params.articleSlugs.map((slug) => ({ slug }));
    case "Search":
      return params.searches.map((q) => ({ q }));
  }
}

async function send(system: RunningSystem, operation: OperationName, variables: Record<string, unknown>): Promise<unknown> {
  const request = system.request(operation, variables);
  const response = await fetch(system.url + request.path, { method: request.method, headers: request.headers, body: request.body });
  const body = await response.json();
  if (!response.ok || (body as { errors?: unknown }).errors) {
    throw new Error(`${operation} ${JSON.stringify(variables)}: HTTP ${response.status} ${JSON.stringify(body).slice(0, 500)}`);
  }
  return system.normalize(operation, body);
}

/** Every system must return what Newsdesk returns, for the first parameter sets of each operation. */
async function checkSameData(running: Map<string, RunningSystem>, options: Options, params: BenchParams): Promise<void> {
  const reference = running.get("newsdesk")!;
  for (const operation of options.operations) {
    for (const variables of variablesFor(operation, params).slice(0, options.smoke ? 3 : 10)) {
      const expected = await send(reference, operation, variables);
      for (const [name, system] of running) {
        if (name === "newsdesk") continue;
        const actual = await send(system, operation, variables);
        if (!isDeepStrictEqual(actual, expected)) {
          const dump = (value: unknown) => JSON.stringify(value, null, 1).slice(0, 3000);
          throw new Error(`${name} ${operation} ${JSON.stringify(variables)} differs from newsdesk:\n${dump(actual)}\n--- newsdesk:\n${dump(expected)}`);
        }
      }
    }
    console.log(`  ${operation}: same data from ${[...running.keys()].join(", ")}`);
  }
}

function runLoad(config: LoadConfig): LoadResult {
  const file = path.join(os.tmpdir(), `newsdesk-load-${process.pid}.json`);
  fs.writeFileSync(file, JSON.stringify(config));
  const output = execFileSync(process.execPath, [path.join(__dirname, "load.js"), file], { encoding: "utf8", maxBuffer: 1 << 20 });
  fs.rmSync(file, { force: true });
  return JSON.parse(output.trim().split("\n").pop()!) as LoadResult;
}

function rssMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

async function statementCount(client: Client): Promise<number> {
  const rows = await client.query(
    `SELECT coalesce(sum(calls), 0)::bigint AS calls FROM pg_stat_statements
     WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
       AND query NOT ILIKE '%pg_stat_statements%'`,
  );
  return Number(rows.rows[0].calls);
}

async function measure(
  system: RunningSystem,
  name: string,
  operation: OperationName,
  params: BenchParams,
  options: Options,
  stats: Client,
): Promise<Measurement> {
  const requests = variablesFor(operation, params).map((variables) => system.request(operation, variables));
  const base = { url: system.url, requests, connections: options.connections };
  // Requests still in flight when a run ends are completed by the server: let them finish before
  // counting starts, and count those of the measured run against the requests sent.
  const settle = (result: LoadResult) => new Promise((resolve) => setTimeout(resolve, 500 + 2 * result.p99));
  if (options.warmupSeconds > 0) await settle(runLoad({ ...base, durationSeconds: options.warmupSeconds }));
  await stats.query("SELECT pg_stat_statements_reset()");
  const result = runLoad({ ...base, durationSeconds: options.durationSeconds });
  await settle(result);
  const statements = await statementCount(stats);
  const seqScans = await sequentialScans(stats);
  return {
    ...result,
    system: name,
    operation,
    statementsPerRequest: result.sent ? statements / result.sent : 0,
    rssMb: rssMb(system.pid),
    seqScans,
  };
}

function environmentLines(options: Options, server: BenchServer, postgresVersion: string): string[] {
  const cpu = os.cpus();
  const version = (pkg: string) => {
    try {
      return JSON.parse(fs.readFileSync(path.join(ROOT, "node_modules", pkg, "package.json"), "utf8")).version;
    } catch {
      return "?";
    }
  };
  void server;
  return [
    `- Machine: ${cpu[0]?.model ?? "?"}, ${cpu.length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB; load generator, servers and PostgreSQL on the same machine.`,
    `- Versions: Node ${process.version} (Newsdesk, floor), ${postgresVersion}, @apollo/server ${version("@apollo/server")}, type-graphql ${version("type-graphql")}, typeorm ${version("typeorm")}, graphql ${version("graphql")}; PostGraphile per bench/postgraphile/package-lock.json.`,
    `- Settings: ${options.connections} connections, ${options.warmupSeconds} s warm-up (not counted) then ${options.durationSeconds} s per operation and system, database pool ${options.poolSize} per server, parameters cycled from the seeded lists.`,
  ];
}

function table(measurements: Measurement[], options: Options): string[] {
  const lines = [
    "| operation | system | req/s | p50 ms | p99 ms | errors | non-2xx | bad bodies | SQL/req | seq scans | RSS MB |",
    "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
  ];
  for (const operation of options.operations) {
    for (const m of measurements.filter((m) => m.operation === operation)) {
      lines.push(
        `| ${operation} | ${m.system} | ${m.requestsPerSecond.toFixed(0)} | ${m.p50} | ${m.p99} | ${m.errors} | ${m.non2xx} | ${m.badBodies} | ${m.statementsPerRequest.toFixed(2)} | ${m.seqScans} | ${m.rssMb.toFixed(0)} |`,
      );
    }
  }
  lines.push(
    "",
    "| operation | ours / PostGraphile (req/s) | ours / floor | p99 ours vs PostGraphile | cached / PostGraphile | p99 cached |",
    "|---|---:|---:|---:|---:|---:|",
  );
  for (const operation of options.operations) {
    const get = (system: string) => measurements.find((m) => m.operation === operation && m.system === system);
    const ratio = (ours?: Measurement, other?: Measurement) =>
      ours && other ? (ours.requestsPerSecond / other.requestsPerSecond).toFixed(2) + "×" : "–";
    const [ours, cached, pg] = [get("newsdesk"), get("newsdesk-cached"), get("postgraphile")];
    lines.push(
      `| ${operation} | ${ratio(ours, pg)} | ${ratio(ours, get("floor"))} | ${ours && pg ? `${ours.p99} vs ${pg.p99} ms` : "–"} ` +
        `| ${ratio(cached, pg)} | ${cached ? `${cached.p99} ms` : "–"} |`,
    );
  }
  return lines;
}

function writeResults(articles: number, lines: string[]): void {
  const file = path.join(ROOT, "bench", "RESULTS.md");
  const header = "# Benchmark results\n\nProduced by `npm run bench` (see bench/README.md). One section per scale; each run replaces its own.\n\n";
  const existing = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "";
  const title = `## ${articles.toLocaleString("en-US")} articles`;
  const scaleOf = (section: string) => Number(/^## ([\d,]+) articles/.exec(section)?.[1].replace(/,/g, "") ?? 0);
  const sections = existing
    .split(/^(?=## )/m)
    .filter((section) => section.startsWith("## ") && !section.startsWith(title + "\n"))
    .concat(`${title}\n\n${lines.join("\n")}\n\n`)
    .sort((a, b) => scaleOf(a) - scaleOf(b));
  fs.writeFileSync(file, header + sections.join(""));
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const database = benchDatabaseName(options.articles);
  const server = await openBenchServer();
  const running = new Map<string, RunningSystem>();
  try {
    const exists = (await server.query("SELECT 1 FROM pg_database WHERE datname = $1", [database])).length > 0;
    if (!exists || options.reseed || !fs.existsSync(paramsFile(database))) {
      console.log(`seeding ${database} (${options.articles} articles)`);
      await server.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
      await server.query(`CREATE DATABASE ${database}`);
      await seedBenchDatabase(server.urlFor, database, { articles: options.articles, seed: 42, log: console.log });
    }
    const params = JSON.parse(fs.readFileSync(paramsFile(database), "utf8")) as BenchParams;
    const databaseUrl = server.urlFor(database);

    let port = 4301;
    for (const system of SYSTEMS.filter((system) => options.systems.includes(system.name))) {
      try {
        running.set(system.name, await system.start({ databaseUrl, port: port++, poolSize: options.poolSize }));
        console.log(`started ${system.name}`);
      } catch (error) {
        if (system.name === "newsdesk") throw error;
        console.warn(`skipping ${system.name}: ${error instanceof Error ? error.message : error}`);
      }
    }
    console.log("checking that every system returns the same data");
    await checkSameData(running, options, params);

    const stats = new Client({ connectionString: databaseUrl });
    await stats.connect();
    const postgresVersion = (await stats.query("SELECT version()")).rows[0].version.split(" on ")[0];
    const measurements: Measurement[] = [];
    try {
      for (const operation of options.operations) {
        for (const [name, system] of running) {
          const m = await measure(system, name, operation, params, options, stats);
          measurements.push(m);
          console.log(
            `  ${operation.padEnd(14)} ${name.padEnd(13)} ${m.requestsPerSecond.toFixed(0).padStart(6)} req/s  p50 ${m.p50} ms  p99 ${m.p99} ms  errors ${m.errors + m.non2xx + m.badBodies}  SQL/req ${m.statementsPerRequest.toFixed(2)}  seq scans ${m.seqScans}  RSS ${m.rssMb.toFixed(0)} MB`,
          );
        }
      }
    } finally {
      await stats.end();
    }
    const lines = [...environmentLines(options, server, postgresVersion), "", ...table(measurements, options)];
    console.log("\n" + lines.join("\n"));
    const failures = measurements.filter((m) => m.errors || m.non2xx || m.badBodies);
    if (!options.smoke) writeResults(options.articles, lines);
    if (failures.length) throw new Error(`${failures.length} runs had errors`);
  } finally {
    for (const system of running.values()) await system.stop();
    await server.stop();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

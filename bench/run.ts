// npm run bench -- [--articles 20000] [--duration 15] [--connections 8] [--systems a,b] [--operations a,b] [--smoke]
// Starts each system on the seeded database, checks they return the same data, then loads each
// operation with autocannon (a separate process), and prints req/s, p50, p99, errors, SQL
// statements per request and server memory, with the ratios to PostGraphile and to the floor.
// The write mix (bench/writes.ts) runs after all reads, on Newsdesk only.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { isDeepStrictEqual } from "node:util";
import { Client } from "pg";
import { PLANNER_OPTIONS } from "../src/db/data-source";
import { benchDatabaseName, BenchServer, openBenchServer } from "./lib/bench-db";
import { cpuTimesAvailable, parentPid, treeCpuMs } from "./lib/cpu";
import type { LoadConfig, LoadResult } from "./load";
import { BenchParams, paramsFile, seedBenchDatabase } from "./seed";
import { floor } from "./systems/floor";
import { newsdesk, newsdeskCached } from "./systems/newsdesk";
import { installPostgraphile, postgraphile } from "./systems/postgraphile";
import { serverNode } from "./systems/runtime";
import { BenchRequest, BenchSystem, OPERATIONS, OperationName, RunningSystem, WRITE_OPERATIONS, WriteOperationName } from "./systems/types";
import { checkRestored, editorRequest, MUTATIONS_PER_REQUEST, writeQuery, writeTargets } from "./writes";

const ROOT = path.join(__dirname, "..", "..");
const SYSTEMS: BenchSystem[] = [newsdesk, newsdeskCached, postgraphile, floor];

interface Options {
  articles: number;
  durationSeconds: number;
  warmupSeconds: number;
  /** The measured time of a read is split into this many rounds, the systems taking turns; 0: one per system. */
  rounds: number;
  connections: number;
  poolSize: number;
  systems: string[];
  /** Reads first, then writes, whatever order --operations names them in. */
  operations: OperationName[];
  writes: WriteOperationName[];
  smoke: boolean;
  reseed: boolean;
}

interface Measurement extends LoadResult {
  system: string;
  operation: OperationName | WriteOperationName;
  statementsPerRequest: number;
  rssMb: number;
  /** Statements of the run whose generic plan scans a large table sequentially. */
  seqScans: number;
  /** Writes: how many articles the run shared out among its connections. */
  articles?: number;
  /** CPU milliseconds the run took, per part (where /proc can tell). */
  cpuMs?: CpuShares;
}

interface CpuShares {
  server: number;
  postgres: number;
  load: number;
}

type ServerCpu = Omit<CpuShares, "load">;

/** CPU so far of the server's and PostgreSQL's process trees. */
function cpuReading(serverPid: number, postgresPid: number | undefined): ServerCpu | undefined {
  if (!cpuTimesAvailable() || postgresPid === undefined) return undefined;
  const [server, postgres] = treeCpuMs([serverPid, postgresPid]);
  return { server, postgres };
}

/** What the run took: the servers' from two readings, the load generator's as it reported it. */
function cpuSpent(result: LoadResult, before?: ServerCpu, after?: ServerCpu): CpuShares | undefined {
  if (!before || !after) return undefined;
  return { server: after.server - before.server, postgres: after.postgres - before.postgres, load: result.generatorCpuMs };
}

const LARGE_TABLES = /Seq Scan on (article|quote|article_topic|article_person)\b/;

/** How many of the run's statements would scan a large table sequentially (EXPLAIN GENERIC_PLAN). */
async function sequentialScans(client: Client): Promise<number> {
  const { rows } = await client.query(
    `SELECT query FROM pg_stat_statements
     WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database()) AND toplevel
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

function wholeNumber(name: string, raw: string): number {
  const number = Number(raw);
  if (!Number.isInteger(number) || number < 0) throw new Error(`--${name} must be a whole number, not ${raw}`);
  return number;
}

function parseOptions(argv: string[]): Options {
  const value = (name: string) => {
    const index = argv.indexOf(`--${name}`);
    return index === -1 ? undefined : argv[index + 1];
  };
  const smoke = argv.includes("--smoke");
  const operations = value("operations")?.split(",") ?? [...OPERATIONS, ...WRITE_OPERATIONS];
  const unknown = operations.filter(
    (name) => !(OPERATIONS as readonly string[]).includes(name) && !(WRITE_OPERATIONS as readonly string[]).includes(name),
  );
  if (unknown.length)
    throw new Error(`unknown operations ${unknown.join(", ")}; known: ${[...OPERATIONS, ...WRITE_OPERATIONS].join(", ")}`);
  return {
    articles: Number(value("articles") ?? (smoke ? 300 : 20000)),
    durationSeconds: Number(value("duration") ?? (smoke ? 1 : 15)),
    warmupSeconds: Number(value("warmup") ?? (smoke ? 0.5 : 4)),
    // 0: one round per system (so each runs first once); the smoke run uses one.
    rounds: wholeNumber("rounds", value("rounds") ?? (smoke ? "1" : "0")),
    connections: Number(value("connections") ?? 8),
    poolSize: Number(value("pool") ?? 16),
    systems: (value("systems") ?? SYSTEMS.map((system) => system.name).join(",")).split(","),
    operations: OPERATIONS.filter((name) => operations.includes(name)),
    writes: WRITE_OPERATIONS.filter((name) => operations.includes(name)),
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
    case "QuoteLeaders":
      // A topic over one calendar month, one of the last twelve (the seed's articles run up to the
      // hour before seeding).
      return params.topicSlugs.map((topic, i) => ({ topic, ...calendarMonthBefore(new Date(), (i % 12) + 1) }));
  }
}

/** The UTC calendar month `monthsBack` months before the one `now` is in, as `after` and `before`. */
function calendarMonthBefore(now: Date, monthsBack: number): { after: string; before: string } {
  const start = (offset: number) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - offset, 1)).toISOString();
  return { after: start(monthsBack), before: start(monthsBack - 1) };
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

/**
 * Sends every parameter set of `operation` once (`connections` at a time), so that what the
 * measured runs will read is in memory as far as it fits: the load cycles through the whole list,
 * and a time-boxed warm-up only reaches its first entries.
 */
async function readEveryParameter(system: RunningSystem, operation: OperationName, params: BenchParams, options: Options): Promise<void> {
  const pending = variablesFor(operation, params);
  const worker = async () => {
    for (let variables = pending.pop(); variables; variables = pending.pop()) await send(system, operation, variables);
  };
  await Promise.all(Array.from({ length: options.connections }, worker));
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
          throw new Error(
            `${name} ${operation} ${JSON.stringify(variables)} differs from newsdesk:\n${dump(actual)}\n--- newsdesk:\n${dump(expected)}`,
          );
        }
      }
    }
    console.log(`  ${operation}: same data from ${[...running.keys()].join(", ")}`);
  }
}

function runLoad(config: LoadConfig): LoadResult {
  const file = path.join(os.tmpdir(), `newsdesk-load-${process.pid}.json`);
  fs.writeFileSync(file, JSON.stringify(config));
  const output = execFileSync(process.execPath, [path.join(__dirname, "load.js"), file], { encoding: "utf8", maxBuffer: 1 << 28 });
  fs.rmSync(file, { force: true });
  return JSON.parse(output.trim().split("\n").pop()!) as LoadResult;
}

/** Whether nothing listens on `port` (of any address): a server can be started there. */
function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, () => probe.close(() => resolve(true)));
  });
}

function rssMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

/**
 * Statements the system sent (top level): those run inside a SQL function it calls, such as the
 * search snippet's, are part of the statement that called it.
 */
async function statementCount(client: Client): Promise<number> {
  const rows = await client.query(
    `SELECT coalesce(sum(calls), 0)::bigint AS calls FROM pg_stat_statements
     WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database()) AND toplevel
       AND query NOT ILIKE '%pg_stat_statements%'`,
  );
  return Number(rows.rows[0].calls);
}

/** Requests still in flight when a run ends are completed by the server: lets them finish. */
function settle(result: LoadResult): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 500 + 2 * result.p99));
}

/** Runs the load for the warm-up time, not counted. */
async function warmUp(load: () => Promise<Omit<LoadConfig, "durationSeconds">>, options: Options): Promise<void> {
  if (options.warmupSeconds > 0) await settle(runLoad({ ...(await load()), durationSeconds: options.warmupSeconds }));
}

/**
 * Warms up (unless that was done already), then loads one operation on one system. `load` gives
 * the load of each run (warm-up and measured) afresh, after the previous run's requests have
 * settled: writes need the current versions of their articles.
 */
async function measure(
  system: RunningSystem,
  name: string,
  operation: OperationName | WriteOperationName,
  load: () => Promise<Omit<LoadConfig, "durationSeconds">>,
  options: Options,
  stats: Client,
  { warmedUp = false, durationSeconds = options.durationSeconds } = {},
): Promise<Measurement> {
  if (!warmedUp) await warmUp(load, options);
  const measured: LoadConfig = { ...(await load()), durationSeconds };
  await stats.query("SELECT pg_stat_statements_reset()");
  const postgresPid = await postmasterPid(stats);
  const before = cpuReading(system.pid, postgresPid);
  const result = runLoad(measured);
  await settle(result);
  // Taken before the statistics queries below, which are not the run's.
  const cpuMs = cpuSpent(result, before, cpuReading(system.pid, postgresPid));
  const statements = await statementCount(stats);
  const seqScans = await sequentialScans(stats);
  return {
    ...result,
    system: name,
    operation,
    statementsPerRequest: result.sent ? statements / result.sent : 0,
    rssMb: rssMb(system.pid),
    seqScans,
    articles: measured.write?.targets.length,
    cpuMs,
  };
}

/** The process id of the PostgreSQL server `stats` is connected to: its backend's parent, if local. */
async function postmasterPid(stats: Client): Promise<number | undefined> {
  const backend = Number((await stats.query("SELECT pg_backend_pid() AS pid")).rows[0].pid);
  return parentPid(backend);
}

/** CPU milliseconds per request of one part, as text ("–" where it wasn't measured). */
function cpuPerRequest(m: Measurement, part: keyof CpuShares): string {
  return m.cpuMs && m.sent ? (m.cpuMs[part] / m.sent).toFixed(2) : "–";
}

/** The value below which `share` of the sorted `values` lie. */
function percentile(sorted: number[], share: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)] : 0;
}

/** A system's rounds of one operation, summed up as one run. */
function combined(rounds: Measurement[]): Measurement {
  const sum = (of: (m: Measurement) => number) => rounds.reduce((total, m) => total + of(m), 0);
  const latencies = rounds.flatMap((m) => m.latencies).sort((a, b) => a - b);
  const sent = sum((m) => m.sent);
  return {
    ...rounds[rounds.length - 1],
    requests: sum((m) => m.requests),
    sent,
    durationSeconds: sum((m) => m.durationSeconds),
    requestsPerSecond: sum((m) => m.requests) / sum((m) => m.durationSeconds),
    p50: percentile(latencies, 0.5),
    p99: percentile(latencies, 0.99),
    // Summed up: not kept for the run's report.
    latencies: [],
    errors: sum((m) => m.errors),
    non2xx: sum((m) => m.non2xx),
    badBodies: sum((m) => m.badBodies),
    conflicts: sum((m) => m.conflicts),
    statementsPerRequest: sent ? sum((m) => m.statementsPerRequest * m.sent) / sent : 0,
    seqScans: Math.max(...rounds.map((m) => m.seqScans)),
    generatorCpuMs: sum((m) => m.generatorCpuMs),
    cpuMs: rounds.every((m) => m.cpuMs)
      ? { server: sum((m) => m.cpuMs!.server), postgres: sum((m) => m.cpuMs!.postgres), load: sum((m) => m.cpuMs!.load) }
      : undefined,
  };
}

/** Rounds of a read: as asked, or one per system so that each runs first once. */
function roundsOf(options: Options, systemCount: number): number {
  return options.rounds || systemCount;
}

/** A round's length: whole seconds, since autocannon stops only on a whole second. */
function roundSeconds(options: Options, systemCount: number): number {
  return Math.max(1, Math.round(options.durationSeconds / roundsOf(options, systemCount)));
}

function environmentLines(
  options: Options,
  server: BenchServer,
  postgresVersion: string,
  part: "reads" | "writes",
  systemCount: number,
): string[] {
  const cpu = os.cpus();
  const version = (pkg: string) => {
    try {
      return JSON.parse(fs.readFileSync(path.join(ROOT, "node_modules", pkg, "package.json"), "utf8")).version;
    } catch {
      return "?";
    }
  };
  void server;
  const serverNodeVersion = () => execFileSync(serverNode(), ["--version"]).toString().trim();
  return [
    `- Machine: ${cpu[0]?.model ?? "?"}, ${cpu.length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB; load generator, servers and PostgreSQL on the same machine.`,
    `- Versions: Node ${serverNodeVersion()} (Newsdesk, floor; bench/systems/runtime.ts), ${postgresVersion}, @apollo/server ${version("@apollo/server")}, type-graphql ${version("type-graphql")}, typeorm ${version("typeorm")}, graphql ${version("graphql")}; PostGraphile per bench/postgraphile/package-lock.json.`,
    `- Settings: ${options.connections} connections, database pool ${options.poolSize} per server, every system's sessions opened with ${PLANNER_OPTIONS}.`,
    part === "reads"
      ? `- Reads: per operation, every system first reads each parameter set once and warms up for ${options.warmupSeconds} s (not counted); then ${roundsOf(options, systemCount)} rounds of ${roundSeconds(options, systemCount)} s per system, the systems taking turns (a different one first in each round), parameters cycled from the seeded lists.`
      : `- Writes: per operation, a ${options.warmupSeconds} s warm-up (not counted), then ${options.durationSeconds} s.`,
  ];
}

/** The read load of `operation`: its parameter sets, cycled. */
function readLoad(system: RunningSystem, operation: OperationName, params: BenchParams, options: Options) {
  const requests = variablesFor(operation, params).map((variables) => system.request(operation, variables));
  return async () => ({ url: system.url, requests, connections: options.connections });
}

/** Articles per write run: enough that every connection always finds one free. */
function writeTargetCount(options: Options): number {
  return Math.max(64, 4 * options.connections);
}

/**
 * The write load of `operation`: its articles at their current versions, read before each run;
 * `written` collects the ids of every article handed out.
 */
function writeLoadOf(
  system: RunningSystem,
  operation: WriteOperationName,
  params: BenchParams,
  options: Options,
  stats: Client,
  written: Set<string>,
) {
  const template: BenchRequest = editorRequest();
  const query = writeQuery(operation);
  return async () => {
    const targets = await writeTargets(stats, operation, params, writeTargetCount(options));
    if (targets.length < options.connections) {
      throw new Error(
        `${operation} needs at least ${options.connections} articles (one per connection); the database has ${targets.length}`,
      );
    }
    for (const target of targets) written.add(target.id);
    return { url: system.url, requests: [template], connections: options.connections, write: { operation, query, targets } };
  };
}

function writeTable(measurements: Measurement[]): string[] {
  const rows = measurements.filter((m) => (WRITE_OPERATIONS as readonly string[]).includes(m.operation));
  if (!rows.length) return [];
  const lines = [
    `Writes run after the reads, on Newsdesk only, as an editor (bearer token), each connection on its own article at a time with the expectedVersion it last saw (bench/README.md). ` +
      "PublishArticle is a publish cycle: unpublish, submit and publish one article, three mutations (three transactions) in one request.",
    "",
    "| operation | system | articles | req/s | p50 ms | p99 ms | errors | non-2xx | bad bodies | conflicts | SQL/req | SQL/mutation | seq scans | RSS MB |",
    "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
  ];
  for (const m of rows) {
    const perMutation = m.statementsPerRequest / MUTATIONS_PER_REQUEST[m.operation as WriteOperationName];
    lines.push(
      `| ${m.operation} | ${m.system} | ${m.articles} | ${m.requestsPerSecond.toFixed(0)} | ${m.p50} | ${m.p99} | ${m.errors} | ${m.non2xx} | ${m.badBodies} | ${m.conflicts} | ${m.statementsPerRequest.toFixed(2)} | ${perMutation.toFixed(2)} | ${m.seqScans} | ${m.rssMb.toFixed(0)} |`,
    );
  }
  return lines;
}

function table(measurements: Measurement[], options: Options): string[] {
  if (!measurements.some((m) => (options.operations as string[]).includes(m.operation))) return [];
  const lines = [
    "| operation | system | req/s | p50 ms | p99 ms | errors | non-2xx | bad bodies | SQL/req | seq scans | RSS MB | CPU ms/req: server | PostgreSQL | load generator |",
    "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
  ];
  for (const operation of options.operations) {
    for (const m of measurements.filter((m) => m.operation === operation)) {
      lines.push(
        `| ${operation} | ${m.system} | ${m.requestsPerSecond.toFixed(0)} | ${m.p50} | ${m.p99} | ${m.errors} | ${m.non2xx} | ${m.badBodies} | ${m.statementsPerRequest.toFixed(2)} | ${m.seqScans} | ${m.rssMb.toFixed(0)} ` +
          `| ${cpuPerRequest(m, "server")} | ${cpuPerRequest(m, "postgres")} | ${cpuPerRequest(m, "load")} |`,
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

const WRITES_HEADING = "### Writes (Newsdesk only)";

/** Replaces this scale's reads, writes or both (whichever the run measured) in RESULTS.md. */
function writeResults(articles: number, reads: string[], writes: string[]): void {
  const file = path.join(ROOT, "bench", "RESULTS.md");
  const header =
    "# Benchmark results\n\nProduced by `npm run bench` (see bench/README.md). One section per scale; a run replaces the " +
    "reads or the writes (or both) of its own.\n\n";
  const existing = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "";
  const title = `## ${articles.toLocaleString("en-US")} articles`;
  const scaleOf = (section: string) => Number(/^## ([\d,]+) articles/.exec(section)?.[1].replace(/,/g, "") ?? 0);
  const sections = existing.split(/^(?=## )/m).filter((section) => section.startsWith("## "));
  const previous = sections.find((section) => section.startsWith(title + "\n"))?.slice(title.length) ?? "";
  const split = previous.indexOf(WRITES_HEADING);
  const previousReads = (split === -1 ? previous : previous.slice(0, split)).trim();
  const previousWrites = split === -1 ? "" : previous.slice(split + WRITES_HEADING.length).trim();
  const readPart = reads.length ? reads.join("\n") : previousReads;
  const writePart = writes.length ? writes.join("\n") : previousWrites;
  const section = [title, readPart, writePart && `${WRITES_HEADING}\n\n${writePart}`].filter(Boolean).join("\n\n") + "\n\n";
  const ordered = sections
    .filter((s) => !s.startsWith(title + "\n"))
    .concat(section)
    .sort((a, b) => scaleOf(a) - scaleOf(b));
  fs.writeFileSync(file, header + ordered.join(""));
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

    // Each system on a port nobody else listens on: a server left over from another run would
    // otherwise answer in its place.
    let port = Number(process.env.BENCH_BASE_PORT ?? 4301);
    if (options.systems.includes(postgraphile.name)) installPostgraphile();
    for (const system of SYSTEMS.filter((system) => options.systems.includes(system.name))) {
      try {
        while (!(await portIsFree(port))) port += 1;
        running.set(system.name, await system.start({ databaseUrl, port: port++, poolSize: options.poolSize }));
        console.log(`started ${system.name}`);
      } catch (error) {
        if (system.name === "newsdesk") throw error;
        console.warn(`skipping ${system.name}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    console.log("checking that every system returns the same data");
    await checkSameData(running, options, params);
    const writer = running.get("newsdesk");
    if (options.writes.length && !writer) console.warn("skipping the writes: they run on newsdesk only");

    const stats = new Client({ connectionString: databaseUrl });
    await stats.connect();
    const postgresVersion = (await stats.query("SELECT version()")).rows[0].version.split(" on ")[0];
    const measurements: Measurement[] = [];
    try {
      const report = (m: Measurement) => {
        measurements.push(m);
        console.log(
          `  ${m.operation.padEnd(14)} ${m.system.padEnd(13)} ${m.requestsPerSecond.toFixed(0).padStart(6)} req/s  p50 ${m.p50} ms  p99 ${m.p99} ms  errors ${m.errors + m.non2xx + m.badBodies}  ` +
            `${m.conflicts ? `conflicts ${m.conflicts}  ` : ""}SQL/req ${m.statementsPerRequest.toFixed(2)}  seq scans ${m.seqScans}  RSS ${m.rssMb.toFixed(0)} MB  ` +
            `CPU ms/req ${cpuPerRequest(m, "server")} server, ${cpuPerRequest(m, "postgres")} PostgreSQL, ${cpuPerRequest(m, "load")} load`,
        );
      };
      for (const operation of options.operations) {
        // Every system reads every parameter set and warms up before any is measured: they read
        // the same rows, and whichever ran first would otherwise pay for reading them into memory
        // (at 1 000 000 articles, always Newsdesk, which runs first). The timed warm-up alone
        // reached only the first entries of a list: search at 1 M then measured 16, 20, 22 and
        // 26 req/s in the order the systems ran.
        for (const system of running.values()) await readEveryParameter(system, operation, params, options);
        for (const system of running.values()) await warmUp(readLoad(system, operation, params, options), options);
        // The measured time in rounds, a different system first in each: this machine's speed
        // drifts within minutes, and whichever system always ran first (or last) took the drift.
        const systems = [...running];
        const rounds = new Map<string, Measurement[]>(systems.map(([name]) => [name, []]));
        const roundCount = roundsOf(options, systems.length);
        const durationSeconds = roundSeconds(options, systems.length);
        for (let round = 0; round < roundCount; round += 1) {
          const offset = round % systems.length;
          for (const [name, system] of [...systems.slice(offset), ...systems.slice(0, offset)]) {
            const load = readLoad(system, operation, params, options);
            rounds.get(name)!.push(await measure(system, name, operation, load, options, stats, { warmedUp: true, durationSeconds }));
          }
        }
        for (const [name] of systems) report(combined(rounds.get(name)!));
      }
      // After every read: the writes leave what readers see as it was, but need not be trusted to.
      for (const operation of writer ? options.writes : []) {
        const written = new Set<string>();
        const load = writeLoadOf(writer!, operation, params, options, stats, written);
        report(await measure(writer!, "newsdesk", operation, load, options, stats));
        await checkRestored(stats, operation, [...written]);
      }
    } finally {
      await stats.end();
    }
    const environment = (part: "reads" | "writes") => environmentLines(options, server, postgresVersion, part, running.size);
    const reads = table(measurements, options);
    const writes = writeTable(measurements);
    const readLines = reads.length ? [...environment("reads"), "", ...reads] : [];
    // Each part carries its settings: a later run may replace one without the other.
    const writeLines = writes.length ? [...environment("writes"), "", ...writes] : [];
    console.log("\n" + [...readLines, ...(writeLines.length ? ["", WRITES_HEADING, "", ...writeLines] : [])].join("\n"));
    const failures = measurements.filter((m) => m.errors || m.non2xx || m.badBodies || m.conflicts);
    if (!options.smoke) writeResults(options.articles, readLines, writeLines);
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

// The load generator, run as its own process so it does not share a core's event loop with any
// server: node dist/bench/load.js CONFIG.json → prints one JSON result line.
import fs from "node:fs";
import autocannon from "autocannon";
import type { BenchRequest } from "./systems/types";
import { WriteLoad, WriteTarget, writeBody, writeOutcome } from "./writes";

export interface LoadConfig {
  url: string;
  /** Reads: the requests each connection cycles through. Writes: requests[0] is the template. */
  requests: BenchRequest[];
  connections: number;
  durationSeconds: number;
  /** A write mix: every request's body is built from an article lent to its connection. */
  write?: WriteLoad;
}

export interface LoadResult {
  requests: number;
  /** Requests sent, including those still in flight when the run ended (the server completes them). */
  sent: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
  /** Responses whose body had GraphQL `errors` (other than CONFLICT) or no `data`. */
  badBodies: number;
  /** Writes refused with CONFLICT (a stale expectedVersion): 0 unless the harness or the API is wrong. */
  conflicts: number;
  /** Each response's latency in ms, so that runs in rounds can be summed up as one. */
  latencies: number[];
  durationSeconds: number;
  /** CPU milliseconds this process spent generating the load (its start-up left out). */
  generatorCpuMs: number;
}

type AutocannonRequest = NonNullable<autocannon.Options["requests"]>[number];

function readRequests(requests: BenchRequest[], counts: { badBodies: number }): AutocannonRequest[] {
  const onResponse = (status: number, body: string) => {
    if (status !== 200 || !body.startsWith('{"data"') || body.includes('"errors"')) counts.badBodies += 1;
  };
  // The list is a sequence each connection walks through and repeats, cycling the parameters.
  return requests.map((request) => ({ ...request, onResponse }));
}

/**
 * One request whose body is built per send. Articles wait in a queue; a connection takes one when
 * it builds a request and returns it, at the version the response reports, when the response
 * arrives (autocannon records a response before building the connection's next request, and sends
 * one request per connection at a time). So an article is never in two requests at once.
 */
function writeRequests(template: BenchRequest, load: WriteLoad, counts: { badBodies: number; conflicts: number }): AutocannonRequest[] {
  const idle: WriteTarget[] = load.targets.map((target) => ({ ...target }));
  let edits = 0;
  const problems: string[] = [];
  const note = (problem: string) => {
    if (problems.length < 3) {
      problems.push(problem);
      console.error(`${load.operation}: ${problem}`);
    }
  };
  return [
    {
      ...template,
      setupRequest(request, context) {
        const target = idle.shift();
        // An article stays out only in a request lost to a timeout or a dropped connection.
        if (!target) throw new Error(`${load.operation}: every article is in a lost request`);
        (context as { target?: WriteTarget }).target = target;
        return { ...request, body: writeBody(load, target, ++edits) };
      },
      onResponse(status, body, context) {
        const target = (context as { target?: WriteTarget }).target!;
        const outcome = writeOutcome(load.operation, status, body);
        if ("version" in outcome) {
          target.version = outcome.version;
        } else if ("conflict" in outcome) {
          // Counted, and the run goes on from the version the API reported (if it did).
          counts.conflicts += 1;
          if (outcome.currentVersion !== undefined) target.version = outcome.currentVersion;
          note(`CONFLICT on ${target.id}: ${outcome.conflict}`);
        } else {
          counts.badBodies += 1;
          note(`${target.id}: ${outcome.error}`);
        }
        idle.push(target);
      },
    },
  ];
}

async function main(): Promise<void> {
  const config = JSON.parse(fs.readFileSync(process.argv[2], "utf8")) as LoadConfig;
  const counts = { badBodies: 0, conflicts: 0 };
  const latencies: number[] = [];
  const cpuBefore = process.cpuUsage();
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const run = autocannon(
      {
        url: config.url,
        connections: config.connections,
        duration: config.durationSeconds,
        requests: config.write ? writeRequests(config.requests[0], config.write, counts) : readRequests(config.requests, counts),
      },
      (error, done) => (error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve(done)),
    );
    // Whole milliseconds, cut down as autocannon's own histogram records them.
    run.on("response", (_client, _status, _bytes, responseTime) => latencies.push(Math.floor(responseTime)));
  });
  const cpu = process.cpuUsage(cpuBefore);
  const output: LoadResult = {
    requests: result.requests.total,
    sent: result.requests.sent,
    requestsPerSecond: result.requests.total / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    badBodies: counts.badBodies,
    conflicts: counts.conflicts,
    latencies,
    durationSeconds: result.duration,
    generatorCpuMs: (cpu.user + cpu.system) / 1000,
  };
  process.stdout.write(JSON.stringify(output) + "\n");
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

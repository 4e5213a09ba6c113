// The load generator, run as its own process so it does not share a core's event loop with any
// server: node dist/bench/load.js CONFIG.json → prints one JSON result line.
import fs from "node:fs";
import autocannon from "autocannon";
import type { BenchRequest } from "./systems/types";

export interface LoadConfig {
  url: string;
  requests: BenchRequest[];
  connections: number;
  durationSeconds: number;
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
  /** Responses whose body had GraphQL `errors` or no `data`. */
  badBodies: number;
}

async function main(): Promise<void> {
  const config = JSON.parse(fs.readFileSync(process.argv[2], "utf8")) as LoadConfig;
  let badBodies = 0;
  const onResponse = (status: number, body: string) => {
    if (status !== 200 || !body.startsWith('{"data"') || body.includes('"errors"')) badBodies += 1;
  };
  const result = await autocannon({
    url: config.url,
    connections: config.connections,
    duration: config.durationSeconds,
    // The list is a sequence each connection walks through and repeats, cycling the parameters.
    requests: config.requests.map((request) => ({ ...request, onResponse })),
  });
  const output: LoadResult = {
    requests: result.requests.total,
    sent: result.requests.sent,
    requestsPerSecond: result.requests.total / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    badBodies,
  };
  process.stdout.write(JSON.stringify(output) + "\n");
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

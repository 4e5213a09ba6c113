// Newsdesk itself, as built (dist/), in production mode.
import fs from "node:fs";
import path from "node:path";
import { BENCH_JWT_SECRET } from "../writes";
import { normalizeNewsdeskBody } from "./shapes";
import { serverNode } from "./runtime";
import { startProcess, stopProcess } from "./spawn";
import { BenchSystem, OperationName } from "./types";

const ROOT = path.join(__dirname, "..", "..", "..");

function queryText(operation: OperationName): string {
  return fs.readFileSync(path.join(ROOT, "bench", "queries", `${operation}.graphql`), "utf8");
}

/** Newsdesk with extra configuration, e.g. the reader response cache. */
function newsdeskWith(name: string, env: Record<string, string>): BenchSystem {
  return {
    name,
    async start({ databaseUrl, port, poolSize }) {
      const queries = new Map<OperationName, string>();
      const url = `http://127.0.0.1:${port}`;
      const child = await startProcess(serverNode(), [path.join(ROOT, "dist", "src", "index.js")], {
        name,
        env: {
          NODE_ENV: "production",
          DATABASE_URL: databaseUrl,
          PORT: String(port),
          NEWSDESK_POOL_SIZE: String(poolSize),
          NEWSDESK_SAMPLE_DATA: "false",
          // Production refuses to start without one; the write mix signs its editor token with it.
          NEWSDESK_JWT_SECRET: BENCH_JWT_SECRET,
          LOG_LEVEL: "warn",
          ...env,
        },
        readyUrl: `${url}/readyz`,
      });
      return {
        url,
        pid: child.pid!,
        request(operation, variables) {
          if (!queries.has(operation)) queries.set(operation, queryText(operation));
          return {
            method: "POST",
            path: "/graphql",
            headers: { "content-type": "application/json" },
            body: JSON.stringify({ query: queries.get(operation), variables, operationName: operation }),
          };
        },
        normalize: normalizeNewsdeskBody,
        stop: () => stopProcess(child),
      };
    },
  };
}

/** As deployed by default: no response cache. */
export const newsdesk = newsdeskWith("newsdesk", {});

/** Readers' responses cached for 10 s (NEWSDESK_CACHE_MAX_AGE), as a site behind a CDN would run. */
export const newsdeskCached = newsdeskWith("newsdesk-cached", { NEWSDESK_CACHE_MAX_AGE: "10" });

// The floor: a plain node:http server answering each operation with one hand-written SQL
// statement that builds the whole response in PostgreSQL (bench/floor/server.ts). What our API
// costs beyond it is GraphQL, the ORM and the resolvers' round trips.
import path from "node:path";
import { PLANNER_OPTIONS } from "../../src/db/data-source";
import { normalizeNewsdeskBody } from "./shapes";
import { serverNode } from "./runtime";
import { startProcess, stopProcess } from "./spawn";
import { BenchRequest, BenchSystem, OperationName, RunningSystem } from "./types";

export const floor: BenchSystem = {
  name: "floor",

  async start({ databaseUrl, port, poolSize }): Promise<RunningSystem> {
    const url = `http://127.0.0.1:${port}`;
    // Ready when it answers an operation: listening and able to reach the database.
    const child = await startProcess(serverNode(), [path.join(__dirname, "..", "floor", "server.js")], {
      name: "floor",
      // The API's random_page_cost (node-postgres reads PGOPTIONS): at the
      // default random_page_cost the busiest person page sorted all 7 900 of a speaker's quotes.
      env: { DATABASE_URL: databaseUrl, PORT: String(port), POOL_SIZE: String(poolSize), PGOPTIONS: PLANNER_OPTIONS },
      readyUrl: `${url}/floor/FrontPage`,
      readyBody: '{"variables":{}}',
    });

    return {
      url,
      pid: child.pid!,
      request(operation: OperationName, variables: Record<string, unknown>): BenchRequest {
        return {
          method: "POST",
          path: `/floor/${operation}`,
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ variables }),
        };
      },
      normalize: normalizeNewsdeskBody,
      stop: () => stopProcess(child),
    };
  },
};

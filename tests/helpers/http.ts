// A real HTTP server around a fresh test database, for tests of the transport: what a client on
// the network sends and gets back.
import { randomBytes } from "node:crypto";
import { AddressInfo } from "node:net";
import { DataSource } from "typeorm";
import { loadConfig } from "../../src/config";
import { createDataSource } from "../../src/db/data-source";
import { Pool } from "pg";
import { openReadPool } from "../../src/db/reads";
import { createServer, CreateServerOptions, NewsdeskServer } from "../../src/server";
import { createTestDatabase } from "./test-app";

export interface Running {
  server: NewsdeskServer;
  dataSource: DataSource;
  readPool: Pool;
  url: string;
  jwtSecret: string;
  drop: () => Promise<void>;
}

/** `env`: configuration variables, e.g. `{ NEWSDESK_MAX_QUERY_DEPTH: "6" }`. */
export async function startHttp(
  env: Record<string, string> = {},
  options: Pick<CreateServerOptions, "compileQueriesAfter" | "explorerHeaders" | "jwtSecret"> = {},
): Promise<Running> {
  const database = await createTestDatabase();
  const dataSource = createDataSource({ url: database.url, poolSize: 2 });
  await dataSource.initialize();
  const jwtSecret = options.jwtSecret ?? randomBytes(32).toString("hex");
  const readPool = openReadPool({ url: database.url, max: 2, applicationName: "newsdesk-test", statementTimeoutMs: 30_000 });
  const server = createServer({ config: loadConfig({ NODE_ENV: "test", ...env }), dataSource, readPool, ...options, jwtSecret });
  await server.start();
  await new Promise<void>((resolve) => server.httpServer.listen(0, "127.0.0.1", resolve));
  const { port } = server.httpServer.address() as AddressInfo;
  return { server, dataSource, readPool, url: `http://127.0.0.1:${port}`, jwtSecret, drop: database.drop };
}

export async function stopHttp(running: Running): Promise<void> {
  await running.server.stop();
  await running.readPool.end();
  if (running.dataSource.isInitialized) await running.dataSource.destroy();
  await running.drop();
}

/** A response body, as loosely typed as the assertions on it. */
export async function json(response: Response): Promise<any> {
  return response.json();
}

export function post(url: string, query: string, variables?: object, headers: Record<string, string> = {}) {
  return fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query, variables }),
  });
}

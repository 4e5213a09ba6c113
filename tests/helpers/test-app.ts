// The per-file test harness: a fresh copy of the template database, the real server around it,
// GraphQL execution as a reader or an editor, and a count of the SQL statements each request runs.
import { randomBytes } from "node:crypto";
import assert from "node:assert";
import { AddressInfo } from "node:net";
import { GraphQLFormattedError } from "graphql";
import { AbstractLogger, DataSource, LogLevel, LogMessage, QueryRunner } from "typeorm";
import { parseLifetime, signToken } from "../../src/auth/tokens";
import { loadConfig } from "../../src/config";
import { createDataSource } from "../../src/db/data-source";
import { openReadPool } from "../../src/db/reads";
import { createServer, NewsdeskServer } from "../../src/server";
import { ANONYMOUS, Identity } from "../../src/services/viewer";
import { databaseUrl, TEMPLATE_DATABASE, testServerUrl, withServerClient } from "./test-cluster";

export const EDITOR: Identity = { role: "editor", name: "Test Editor" };
export const ADMIN: Identity = { role: "admin", name: "Test Admin" };

export interface TokenOptions {
  /** Seconds (negative: already expired) or a lifetime like "7d"; default 30 days. */
  expiresIn?: number | string;
  /** Sign with another secret than the app's (a forged token). */
  secret?: string;
  sub?: string;
}

/** Counts every statement sent through the data source's logger; `reset()` before a request, read `count` after. */
export class StatementCounter extends AbstractLogger {
  count = 0;
  statements: string[] = [];
  /** The statements with their numeric parameters written in ($1 → 20), to assert on LIMITs. */
  withNumbers: string[] = [];

  reset(): void {
    this.count = 0;
    this.statements = [];
    this.withNumbers = [];
  }

  override logQuery(query: string, parameters?: unknown[], _queryRunner?: QueryRunner): void {
    this.count += 1;
    this.statements.push(query);
    this.withNumbers.push(
      query.replace(/\$(\d+)\b/g, (placeholder, n: string) => {
        const value = parameters?.[Number(n) - 1];
        return typeof value === "number" ? String(value) : placeholder;
      }),
    );
  }

  protected writeLog(_level: LogLevel, _message: LogMessage | LogMessage[], _queryRunner?: QueryRunner): void {}
}

export interface GraphQLResult<T> {
  data?: T | null;
  errors?: readonly GraphQLFormattedError[];
}

export interface TestApp {
  dataSource: DataSource;
  server: NewsdeskServer;
  database: string;
  statements: StatementCounter;
  /** Runs an operation through Apollo Server, as a reader unless a viewer is given. */
  execute<T = any>(
    query: string,
    variables?: Record<string, unknown>,
    identity?: Identity,
    operationName?: string,
  ): Promise<GraphQLResult<T>>;
  /** The response's Cache-Control header of the last execute(). */
  lastCacheControl(): string | undefined;
  /** The secret this app checks bearer tokens with: random per app, unless the env sets one. */
  jwtSecret: string;
  /** A bearer token for an editor or admin identity, signed with the app's secret. */
  tokenFor(identity: Identity, options?: TokenOptions): string;
  /** Listens on a free port of 127.0.0.1 (once) and returns the base URL, e.g. http://127.0.0.1:41234. */
  listen(): Promise<string>;
  close(): Promise<void>;
}

/** A database of this test file: a copy of the template, or an empty one (`empty: true`). */
export async function createTestDatabase(options: { empty?: boolean } = {}): Promise<{ name: string; url: string; drop(): Promise<void> }> {
  const name = `newsdesk_${randomBytes(6).toString("hex")}_test`;
  const serverUrl = testServerUrl();
  await withServerClient(serverUrl, (client) =>
    client.query(`CREATE DATABASE ${name}${options.empty ? "" : ` TEMPLATE ${TEMPLATE_DATABASE}`}`),
  );
  return {
    name,
    url: databaseUrl(serverUrl, name),
    drop: () => withServerClient(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}

/**
 * `env`: configuration variables for this app, e.g. `{ NEWSDESK_CACHE_MAX_AGE: "30" }`.
 * `compileQueriesAfter`: sightings of a query that run on graphql-js before graphql-jit compiles it
 * (src/execution.ts). Tests compile at once, so that query tests run the compiled path that serves
 * repeated queries in production; suites that also cover graphql-js (first sightings) say so
 * (Infinity), and tests/execution.test.ts compares the two.
 */
export async function createTestApp(env: Record<string, string> = {}, options: { compileQueriesAfter?: number } = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const statements = new StatementCounter();
  const config = loadConfig({ NODE_ENV: "test", ...env });
  const dataSource = createDataSource({ url: database.url, poolSize: 4, logger: statements, lockTimeoutMs: config.lockTimeoutMs });
  await dataSource.initialize();
  const readPool = openReadPool({ url: database.url, max: 4, applicationName: "newsdesk-test", statementTimeoutMs: 30_000 });
  const jwtSecret = env.NEWSDESK_JWT_SECRET ?? randomBytes(32).toString("base64url");
  const server = createServer({ config, dataSource, readPool, jwtSecret, compileQueriesAfter: options.compileQueriesAfter ?? 0 });
  await server.start();
  let lastCacheControl: string | undefined;
  let baseUrl: Promise<string> | undefined;
  return {
    lastCacheControl: () => lastCacheControl,
    jwtSecret,
    tokenFor(identity, options = {}) {
      assert(identity.role !== "reader", "readers have no token");
      const { expiresIn } = options;
      const expiresInSeconds = typeof expiresIn === "string" ? parseLifetime(expiresIn) : expiresIn;
      assert(expiresIn === undefined || expiresInSeconds !== undefined, `bad expiresIn ${expiresIn}`);
      return signToken(options.secret ?? jwtSecret, { role: identity.role, name: identity.name, sub: options.sub }, { expiresInSeconds });
    },
    listen() {
      baseUrl ??= new Promise<string>((resolve) =>
        server.httpServer.listen(0, "127.0.0.1", () => {
          resolve(`http://127.0.0.1:${(server.httpServer.address() as AddressInfo).port}`);
        }),
      );
      return baseUrl;
    },
    dataSource,
    server,
    database: database.name,
    statements,
    async execute(query, variables, identity = ANONYMOUS, operationName) {
      const response = await server.apollo.executeOperation(
        { query, variables, operationName },
        { contextValue: server.contextFor(identity) },
      );
      lastCacheControl = response.http.headers.get("cache-control");
      assert(response.body.kind === "single");
      return response.body.singleResult as GraphQLResult<any>;
    },
    async close() {
      await server.stop();
      await readPool.end();
      await dataSource.destroy();
      await database.drop();
    },
  };
}

/** The data of a result that must have succeeded (fails the test with the errors otherwise). */
export function dataOf<T>(result: GraphQLResult<T>): T {
  if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors, null, 2)}`);
  assert(result.data, "no data");
  return result.data;
}

/** The single error of a failed result, checked to carry `code`. */
export function expectErrorCode(result: GraphQLResult<unknown>, code: string): GraphQLFormattedError {
  expect(result.errors?.map((error) => error.extensions?.code)).toEqual([code]);
  return result.errors![0];
}

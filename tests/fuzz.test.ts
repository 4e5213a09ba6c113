// A seeded, bounded fuzzer against the real HTTP server: random operations built from the schema
// (as reader, editor and admin; each query twice, so graphql-js and compiled both answer it) and
// random bodies, methods, content types and headers. Whatever is sent: no 5xx, every error has a
// documented code, no internal error at all (every case is the client's mistake), no stack or SQL
// text in a body, no row changed by a refused mutation, and /healthz answers within 100 ms
// throughout. FUZZ_SEED and FUZZ_RUNS replay or widen a run.
import { randomBytes } from "node:crypto";
import fc from "fast-check";
import { Client } from "pg";
import { signToken } from "../src/auth/tokens";
import { buildAppSchema } from "../src/schema";
import { DOCUMENTED_CODES } from "../src/errors";
import { ApiProcess, startApiProcess } from "./helpers/api-process";
import { createTestDatabase } from "./helpers/test-app";
import { KnownValues, OperationFuzzer } from "./helpers/fuzz";
import { HealthProbe, probeHealth } from "./helpers/probe";

const SEED = Number(process.env.FUZZ_SEED ?? 20261204);
// About 15 s each on an idle machine; room for a busy one (and for FUZZ_RUNS above the default).
jest.setTimeout(180_000);
const RUNS = Number(process.env.FUZZ_RUNS ?? 1200);

/** Text that means a stack trace, a source path or SQL reached a client. */
const LEAK =
  /QueryFailedError|\bat [\w.<>$]+ \(|node_modules|\.ts:\d+:\d+|INSERT INTO|SELECT .{0,200} FROM|syntax error at or near|violates .* constraint/i;

interface Tally {
  cases: number;
  requests: number;
  serverErrors: number;
  leaks: number;
  undocumented: number;
  internal: number;
  byCode: Record<string, number>;
}

function newTally(): Tally {
  return { cases: 0, requests: 0, serverErrors: 0, leaks: 0, undocumented: 0, internal: 0, byCode: {} };
}

/** Checks one answer against the invariants and counts what it carried. */
function check(tally: Tally, status: number, text: string, what: string): any {
  tally.requests += 1;
  if (status >= 500) tally.serverErrors += 1;
  if (LEAK.test(text)) tally.leaks += 1;
  let body: any;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  for (const error of body?.errors ?? []) {
    const code = error?.extensions?.code;
    tally.byCode[code] = (tally.byCode[code] ?? 0) + 1;
    if (!DOCUMENTED_CODES.has(code)) tally.undocumented += 1;
    if (code === "INTERNAL_SERVER_ERROR") tally.internal += 1;
  }
  expect({ what, status: status < 500, leak: LEAK.test(text) }).toEqual({ what, status: true, leak: false });
  return body;
}

function expectClean(tally: Tally): void {
  expect({ serverErrors: tally.serverErrors, leaks: tally.leaks, undocumented: tally.undocumented, internal: tally.internal }).toEqual({
    serverErrors: 0,
    leaks: 0,
    undocumented: 0,
    internal: 0,
  });
}

describe("fuzzing the HTTP API", () => {
  // The API runs as its own process, as in production (queries compiled from their second
  // sighting), so that the probe measures the server and not this test's own work.
  let api: ApiProcess;
  let url: string;
  let database: Client;
  let dropDatabase: () => Promise<void>;
  let known: KnownValues;
  let probe: HealthProbe;
  const secret = randomBytes(32).toString("hex");
  const tokenFor = (role: "editor" | "admin") => signToken(secret, { role, name: `Fuzz ${role}` });
  const schema = buildAppSchema();

  beforeAll(async () => {
    const created = await createTestDatabase();
    dropDatabase = created.drop;
    database = new Client({ connectionString: created.url });
    await database.connect();
    api = await startApiProcess({ DATABASE_URL: created.url, NEWSDESK_SAMPLE_DATA: "false", NEWSDESK_JWT_SECRET: secret });
    url = api.url;
    const ids = await database.query<{ id: string }>(
      `SELECT id::text FROM article UNION ALL SELECT id::text FROM person UNION ALL SELECT id::text FROM quote UNION ALL SELECT id::text FROM topic`,
    );
    const slugs = await database.query<{ slug: string }>(
      `SELECT slug FROM article UNION ALL SELECT slug FROM person UNION ALL SELECT slug FROM topic`,
    );
    known = { ids: ids.rows.map((row) => row.id), slugs: slugs.rows.map((row) => row.slug) };
    probe = probeHealth(url, 20);
  }, 60_000);

  afterAll(async () => {
    const health = await probe.stop();
    api.child.kill("SIGTERM");
    await api.exited;
    await database.end();
    await dropDatabase();
    // Asserted for the whole run: every probe answered (how fast is `npm run soak`'s to measure).
    expect(health.failures).toBe(0);
    expect(health.answers).toBeGreaterThan(0);
  });

  /** Every table's rows, hashed: equal before and after a refused mutation. */
  async function fingerprint(): Promise<string> {
    const tables = await database.query<{ tablename: string }>(
      `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'migrations' ORDER BY tablename`,
    );
    const parts = tables.rows.map(
      ({ tablename }) => `(SELECT md5(coalesce(string_agg(x::text, ',' ORDER BY x::text), '')) FROM "${tablename}" x)`,
    );
    const digest = await database.query<{ digest: string }>(`SELECT concat_ws(':', ${parts.join(", ")}) AS digest`);
    return digest.rows[0].digest;
  }

  async function postOperation(body: object, token: string | undefined): Promise<{ status: number; text: string }> {
    const response = await fetch(`${url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    });
    return { status: response.status, text: await response.text() };
  }

  it("answers random operations built from the schema, as reader, editor and admin, on graphql-js and compiled", async () => {
    const tally = newTally();
    let refusedMutations = 0;
    let answeredWithData = 0;
    const tokens = { reader: undefined, editor: tokenFor("editor"), admin: tokenFor("admin") };
    await fc.assert(
      fc.asyncProperty(
        fc.integer(),
        fc.constantFrom<keyof typeof tokens>("reader", "editor", "admin"),
        fc.constantFrom<"query" | "mutation">("query", "query", "mutation"),
        async (seed, role, kind) => {
          tally.cases += 1;
          const operation = new OperationFuzzer(schema, seed, known).operation(kind);
          const what = `${role} ${kind} seed ${seed}`;
          const before = kind === "mutation" ? await fingerprint() : "";
          const first = await postOperation({ query: operation.query, variables: operation.variables }, tokens[role]);
          const answer = check(tally, first.status, first.text, what);
          if (answer?.data && !answer.errors) answeredWithData += 1;
          if (kind === "query") {
            // Seen before now: compiled, unless graphql-jit declines it. Same answer either way.
            const second = await postOperation({ query: operation.query, variables: operation.variables }, tokens[role]);
            const again = check(tally, second.status, second.text, `${what} (again)`);
            const codes = (body: any) => (body?.errors ?? []).map((error: any) => error.extensions?.code).sort();
            // When a non-null field's error nulls the whole answer, graphql-js answers as soon as the
            // null reaches the root: errors of sibling fields still running (an SQL error that
            // arrives later) are not in its answer, while graphql-jit waits for them. Then the
            // first answer's codes are some of the second's (e.g. `people(first: -1)` beside
            // `article(slug: "a\u0000b")`: BAD_USER_INPUT, then BAD_USER_INPUT twice).
            const rootNulled = answer?.data === null && again?.data === null;
            const expectedCodes = rootNulled
              ? codes(again).filter((code: string, index: number, all: string[]) => {
                  const wanted = codes(answer).filter((c: string) => c === code).length;
                  return all.slice(0, index).filter((c) => c === code).length < wanted;
                })
              : codes(again);
            expect({ what, status: second.status, codes: expectedCodes, data: again?.data }).toEqual({
              what,
              status: first.status,
              codes: codes(answer),
              data: answer?.data,
            });
          } else if (answer?.errors?.length && answer.errors.every((error: any) => !error.path || error.path.length === 1)) {
            // Refused before it ran, or its resolver failed: either way its transaction wrote nothing.
            // (An error deeper in the answer is a field of a mutation that ran and committed.)
            refusedMutations += 1;
            expect({ what, rows: await fingerprint() }).toEqual({ what, rows: before });
          }
        },
      ),
      { seed: SEED, numRuns: RUNS, endOnFailure: true },
    );
    console.log(`fuzz operations: ${JSON.stringify({ ...tally, refusedMutations, answeredWithData })}`);
    expectClean(tally);
    // The fuzzer must reach resolvers and refusals alike, or it tests little.
    expect(tally.byCode.BAD_USER_INPUT).toBeGreaterThan(20);
    expect(tally.byCode.GRAPHQL_VALIDATION_FAILED).toBeGreaterThan(20);
    expect(refusedMutations).toBeGreaterThan(20);
    expect(answeredWithData).toBeGreaterThan(RUNS / 10);
  });

  it("answers random bodies, methods, content types and headers with a 4xx and a documented code", async () => {
    const tally = newTally();
    const validQuery = "{ articles(first: 2) { nodes { slug } } }";
    const body = fc.oneof(
      fc.jsonValue().map((value) => JSON.stringify(value)),
      fc.string({ maxLength: 200 }),
      fc
        .record(
          {
            query: fc.oneof(fc.constant(validQuery), fc.string({ maxLength: 100 }), fc.jsonValue()),
            variables: fc.oneof(fc.jsonValue(), fc.dictionary(fc.string({ maxLength: 10 }), fc.jsonValue())),
            operationName: fc.oneof(fc.string({ maxLength: 20 }), fc.jsonValue()),
            extensions: fc.oneof(
              fc.jsonValue(),
              fc.record({ persistedQuery: fc.record({ version: fc.jsonValue(), sha256Hash: fc.jsonValue() }) }),
            ),
          },
          { requiredKeys: [] },
        )
        .map((value) => JSON.stringify(value)),
      fc.array(fc.constant({ query: validQuery }), { maxLength: 3 }).map((value) => JSON.stringify(value)),
    );
    const headers = fc.record(
      {
        "content-type": fc.constantFrom(
          "application/json",
          "application/json; charset=utf-16",
          "text/plain",
          "application/graphql",
          "multipart/form-data",
          "application/x-www-form-urlencoded",
          "json",
        ),
        authorization: fc.oneof(
          fc.constant(`Bearer ${tokenFor("editor")}`),
          fc.string({ maxLength: 40 }).map((s) => `Bearer ${s}`),
          fc.constantFrom("Basic dXNlcjpwYXNz", "Bearer", "bearer  x.y.z"),
        ),
        "apollo-require-preflight": fc.constant("1"),
        accept: fc.constantFrom("application/json", "application/graphql-response+json", "text/html", "*/*", "multipart/mixed"),
        "content-encoding": fc.constantFrom("gzip", "identity", "br", "x-nope"),
      },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom("GET", "POST", "POST", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD"),
        fc.constantFrom(
          "/graphql",
          "/graphql/",
          "/graphql?query=%7B__typename%7D",
          "/graphql?query=mutation%7B__typename%7D",
          "/graphql?query=%7B",
          "/healthz",
          "/readyz",
          "/nope",
          "/graphql?variables=%7B",
        ),
        body,
        headers,
        async (method, path, text, header) => {
          tally.cases += 1;
          const withBody = method !== "GET" && method !== "HEAD";
          const response = await fetch(`${url}${path}`, { method, headers: header, body: withBody ? text : undefined });
          const answer = await response.text();
          check(tally, response.status, answer, `${method} ${path} ${text.slice(0, 80)} ${JSON.stringify(header)}`);
          expect(response.headers.get("x-request-id")).toBeTruthy();
        },
      ),
      { seed: SEED, numRuns: RUNS, endOnFailure: true },
    );
    console.log(`fuzz bodies: ${JSON.stringify(tally)}`);
    expectClean(tally);
  });
});

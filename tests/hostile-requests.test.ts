// Requests a hostile or careless client sent, each of which once stalled the process or was
// answered 500: every one is now a 4xx with a documented code, refused before any SQL, while
// /healthz keeps answering.
import { fragmentFan } from "../bench/lib/hostile";
import { DOCUMENTED_CODES } from "../src/errors";
import { createTestApp, EDITOR, TestApp } from "./helpers/test-app";
import { probeHealth } from "./helpers/probe";

/** "Qab", "Qac", …: a distinct made-up surname per number. */
function surname(n: number): string {
  let name = "";
  for (let rest = n + 26; rest > 0; rest = Math.floor(rest / 26)) name = String.fromCharCode(97 + (rest % 26)) + name;
  return `Q${name}`;
}

interface Answer {
  status: number;
  body: any;
  requestId: string | null;
}

describe("hostile requests", () => {
  let app: TestApp;
  let url: string;

  beforeAll(async () => {
    // Queries compile on their second sighting, as in production, so both engines are exercised.
    app = await createTestApp({}, { compileQueriesAfter: 1 });
    url = await app.listen();
  });
  afterAll(() => app.close());

  async function send(body: unknown, headers: Record<string, string> = {}): Promise<Answer> {
    const response = await fetch(`${url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: typeof body === "string" ? body : JSON.stringify(body),
    });
    const text = await response.text();
    return {
      status: response.status,
      body: JSON.parse(text),
      requestId: response.headers.get("x-request-id"),
    };
  }

  /** Sends the body while a probe asks /healthz; the answer must be a 4xx with `code`, before any SQL, the probe answered throughout. */
  async function expectRefused(body: unknown, code: string): Promise<Answer> {
    const probe = probeHealth(url);
    await new Promise((resolve) => setTimeout(resolve, 20));
    app.statements.reset();
    const answer = await send(body);
    const health = await probe.stop();
    expect(answer.status).toBeGreaterThanOrEqual(400);
    expect(answer.status).toBeLessThan(500);
    expect(answer.body.errors.map((error: any) => error.extensions.code)).toContain(code);
    expect(app.statements.count).toBe(0);
    // Every probe answered. How long the refusal and the probes took is measured by `npm run soak`
    // (bench/soak.ts), not asserted here: tests hold behaviour, benchmarks time it.
    expect(health.failures).toBe(0);
    expect(health.answers).toBeGreaterThan(0);
    return answer;
  }

  it("refuses a fragment chain that doubles at every step (2^23 fields) before any SQL", async () => {
    const answer = await expectRefused({ query: fragmentFan(23) }, "QUERY_TOO_COMPLEX");
    expect(answer.body.errors[0].message).toMatch(/cost|size/);
  });

  it("refuses the same chain at the longest a document may be (2^70 fields)", async () => {
    await expectRefused({ query: fragmentFan(70) }, "QUERY_TOO_COMPLEX");
  });

  it("refuses renamed copies of the chain each time, however many (no cache to defeat)", async () => {
    for (let i = 0; i < 5; i++) {
      await expectRefused({ query: fragmentFan(40).replace(/F(\d+)/g, `G${i}_$1`) }, "QUERY_TOO_COMPLEX");
    }
  });

  it("refuses fragments that only spread others, walking as many selections as the cost allows", async () => {
    // 2^14 fields (under the cost limit), each behind a chain of 60 spreads.
    const chain = Array.from({ length: 60 }, (_, i) => `fragment C${i} on Query { ...C${i + 1} }`).join(" ");
    const fan = Array.from({ length: 14 }, (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`).join(" ");
    const query = `{ ...F0 } ${fan} fragment F14 on Query { ...C0 } ${chain} fragment C60 on Query { __typename }`;
    await expectRefused({ query }, "QUERY_TOO_COMPLEX");
  });

  it("refuses a document over the token limit while parsing it", async () => {
    const answer = await expectRefused({ query: `{ ${"__typename ".repeat(1200)}}` }, "QUERY_TOO_COMPLEX");
    expect(answer.body.errors[0].message).toMatch(/more than 1000 tokens/);
  });

  it("refuses nesting 50 000 levels deep without overflowing the parser's stack", async () => {
    const answer = await expectRefused({ query: "{ a".repeat(50_000) + " }".repeat(50_000) }, "QUERY_TOO_COMPLEX");
    expect(JSON.stringify(answer.body)).not.toMatch(/call stack/i);
  });

  it("refuses a field aliased more often than the limit", async () => {
    const aliases = Array.from({ length: 101 }, (_, i) => `a${i}: __typename`).join(" ");
    const answer = await expectRefused({ query: `{ ${aliases} }` }, "QUERY_TOO_COMPLEX");
    expect(answer.body.errors[0].extensions.maxAliases).toBe(100);
  });

  it("answers an unknown operationName with OPERATION_RESOLUTION_FAILURE", async () => {
    await expectRefused({ query: "query A { __typename } query B { __typename }", operationName: "C" }, "OPERATION_RESOLUTION_FAILURE");
  });

  it("answers several named operations without an operationName with OPERATION_RESOLUTION_FAILURE", async () => {
    await expectRefused({ query: "query A { __typename } query B { __typename }" }, "OPERATION_RESOLUTION_FAILURE");
  });

  it("answers several anonymous operations with GRAPHQL_VALIDATION_FAILED", async () => {
    await expectRefused({ query: "{ __typename } { __typename }" }, "GRAPHQL_VALIDATION_FAILED");
  });

  it("answers a subscription over HTTP with BAD_REQUEST", async () => {
    // A valid subscription: subscriptions are served over WebSocket only (tests/subscriptions.test.ts).
    await expectRefused({ query: "subscription { articlePublished { articleId } }" }, "BAD_REQUEST");
  });

  it("answers a persisted query whose hash does not match, or of an unknown version, with BAD_REQUEST", async () => {
    const mismatch = await expectRefused(
      { query: "{ __typename }", extensions: { persistedQuery: { version: 1, sha256Hash: "0".repeat(64) } } },
      "BAD_REQUEST",
    );
    expect(mismatch.status).toBe(400);
    await expectRefused({ query: "{ __typename }", extensions: { persistedQuery: { version: 2, sha256Hash: "abc" } } }, "BAD_REQUEST");
  });

  it("answers a NUL in a read filter with BAD_USER_INPUT on graphql-js and compiled alike", async () => {
    const query = `query Nul($search: String) { quotes(filter: { search: $search }) { totalCount } }`;
    // The first sighting runs on graphql-js, the next ones compiled.
    for (let sighting = 0; sighting < 3; sighting++) {
      const answer = await send({ query, variables: { search: "a\u0000b" } });
      expect(answer.body.errors.map((error: any) => error.extensions.code)).toEqual(["BAD_USER_INPUT"]);
    }
  });

  it("ingests 200 000 characters of every shape with /healthz answering throughout (extraction runs off the main thread)", async () => {
    const real = 'MOSCOW — Vladimir Putin said on Monday that talks were "total nonsense", according to Sergei Lavrov.\n\n';
    const shapes: Record<string, string> = {
      "no spaces": "a".repeat(200_000),
      "one long line": "word ".repeat(40_000),
      "all quotation marks": '"'.repeat(200_000),
      "all capitals": "ABC DEF ".repeat(25_000),
      "alternating quotes": '"a" "b" '.repeat(25_000),
      "many short lines": "Short line\n".repeat(18_000),
      "at signs and dots": "@.".repeat(100_000),
      "a real story repeated": real.repeat(Math.ceil(200_000 / real.length)).slice(0, 200_000),
      "thousands of different people": Array.from({ length: 4000 }, (_, i) => `Minister John ${surname(i)} said "We agree."`)
        .join(" ")
        .slice(0, 200_000),
    };
    const mutation = `mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { article { id } } }`;
    const headers = { authorization: `Bearer ${app.tokenFor(EDITOR)}` };
    for (const [shape, text] of Object.entries(shapes)) {
      const probe = probeHealth(url);
      const answer = await send({ query: mutation, variables: { input: { text, headline: shape } } }, headers);
      const health = await probe.stop();
      expect({ shape, status: answer.status }).toEqual({ shape, status: 200 });
      const codes = (answer.body.errors ?? []).map((error: any) => error.extensions.code);
      expect(codes.every((code: string) => code === "BAD_USER_INPUT")).toBe(true);
      expect({ shape, failures: health.failures, answered: health.answers > 0 }).toEqual({ shape, failures: 0, answered: true });
    }
  });

  it("names every error code it sends in the documented list", async () => {
    const codes = new Set<string>();
    for (const body of [{ query: fragmentFan(30) }, { query: "{ nope }" }, { query: "{" }, { query: "subscription { x }" }]) {
      for (const error of (await send(body)).body.errors) codes.add(error.extensions.code);
    }
    for (const code of codes) expect(DOCUMENTED_CODES.has(code)).toBe(true);
  });
});

describe("hostile requests in production", () => {
  let app: TestApp;
  let url: string;

  beforeAll(async () => {
    app = await createTestApp({ NODE_ENV: "production" });
    url = await app.listen();
  });
  afterAll(() => app.close());

  it("suggests no field or enum names", async () => {
    const post = (query: string) =>
      fetch(`${url}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query }) }).then(
        (r) => r.json() as Promise<any>,
      );
    const typo = await post("{ articlez { totalCount } }");
    expect(typo.errors[0].extensions.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(typo.errors[0].message).not.toMatch(/Did you mean/);
    const enumTypo = await post(`{ articles(filter: { status: [PUBLISHD] }) { totalCount } }`);
    expect(JSON.stringify(enumTypo)).not.toMatch(/Did you mean|PUBLISHED/);
  });

  it("still answers editors' valid requests", async () => {
    const response = await fetch(`${url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${app.tokenFor(EDITOR)}` },
      body: JSON.stringify({ query: "{ articles(first: 1) { totalCount } }" }),
    });
    expect(response.status).toBe(200);
  });
});

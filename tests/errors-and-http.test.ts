// The transport and error surface: real HTTP requests, health probes, masking, query limits.
import { gzipSync } from "node:zlib";
import { json, post, Running, startHttp, stopHttp } from "./helpers/http";

describe("over HTTP", () => {
  let running: Running;
  beforeAll(async () => {
    running = await startHttp({ NEWSDESK_MAX_QUERY_DEPTH: "6", NEWSDESK_MAX_QUERY_COST: "3000" });
  });
  afterAll(() => stopHttp(running));

  it("answers the front-page query", async () => {
    const response = await post(running.url, `{ articles(first: 5) { edges { node { headline quotes { speaker { name } } } } } }`);
    expect(response.status).toBe(200);
    const body = await json(response);
    expect(body.errors).toBeUndefined();
    expect(body.data.articles.edges[0].node.headline).toBe("Trump and Putin to hold first official phone call");
  });

  it("reports liveness and readiness", async () => {
    expect(await (await fetch(`${running.url}/healthz`)).json()).toEqual({ status: "ok" });
    const ready = await fetch(`${running.url}/readyz`);
    expect(ready.status).toBe(200);
  });

  it("echoes a well-formed x-request-id and makes one up otherwise", async () => {
    const given = await post(running.url, `{ topics { totalCount } }`, undefined, { "x-request-id": "req-123" });
    expect(given.headers.get("x-request-id")).toBe("req-123");
    const invented = await post(running.url, `{ topics { totalCount } }`, undefined, { "x-request-id": "not a valid id!" });
    expect(invented.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("refuses a query deeper than the limit with QUERY_TOO_COMPLEX and HTTP 400", async () => {
    const response = await post(running.url, `{ topics { nodes { parent { parent { parent { parent { parent { name } } } } } } } }`);
    expect(response.status).toBe(400);
    const body = await json(response);
    expect(body.data).toBeUndefined();
    expect(body.errors[0].extensions.code).toBe("QUERY_TOO_COMPLEX");
    expect(body.errors[0].extensions.maxDepth).toBe(6);
  });

  it("refuses a query costlier than the limit, counting nested pages as multiplied", async () => {
    const response = await post(running.url, `{ people(first: 100) { nodes { quotes(first: 100) { nodes { text } } } } }`);
    const body = await json(response);
    expect(body.errors[0].extensions.code).toBe("QUERY_TOO_COMPLEX");
    expect(body.errors[0].extensions.cost).toBeGreaterThan(3000);
  });

  it("prices page sizes from variables, whatever the text variables say", async () => {
    const query = `query($slug: String!, $n: Int) {
      person(slug: $slug) { name }
      people(first: $n) { nodes { quotes(first: 100) { nodes { text } } } }
    }`;
    const verdict = async (variables: object) => {
      const body = await json(await post(running.url, query, variables));
      return body.errors?.[0]?.extensions?.code ?? "OK";
    };
    // Costs are cached per document without the text variables: the slug must not carry a verdict
    // over from one page size to another.
    expect(await verdict({ slug: "a", n: 1 })).toBe("OK");
    expect(await verdict({ slug: "a", n: 100 })).toBe("QUERY_TOO_COMPLEX");
    expect(await verdict({ slug: "b", n: 100 })).toBe("QUERY_TOO_COMPLEX");
    expect(await verdict({ slug: "b", n: 1 })).toBe("OK");
  });

  it("counts fragments toward depth", async () => {
    const response = await post(
      running.url,
      `fragment Up on Topic { parent { parent { parent { parent { name } } } } }
       { topics { nodes { parent { ...Up } } } }`,
    );
    expect((await json(response)).errors[0].extensions.code).toBe("QUERY_TOO_COMPLEX");
  });

  it("answers missing or malformed variables with BAD_USER_INPUT, not an internal error", async () => {
    const cases: [string, object][] = [
      [`query($slug: String!) { person(slug: $slug) { id } }`, {}],
      [`query($after: DateTime) { articles(filter: { publishedAfter: $after }) { totalCount } }`, { after: "yesterday" }],
      [`query($status: [ArticleStatus!]) { articles(filter: { status: $status }) { totalCount } }`, { status: ["LIVE"] }],
    ];
    for (const [query, variables] of cases) {
      const response = await post(running.url, query, variables);
      expect(response.status).toBe(400);
      expect((await json(response)).errors.map((e: any) => e.extensions.code)).toEqual(["BAD_USER_INPUT"]);
    }
  });

  it("answers a bad variable with BAD_USER_INPUT after the same document's cost was cached", async () => {
    // A date cannot change a cost, so its document's cost is kept without it; a bad date in a later
    // request must still reach the executor's coercion, not a cached verdict or the costing.
    const query = `query($after: DateTime, $n: Int) { articles(first: $n, filter: { publishedAfter: $after }) { totalCount } }`;
    const good = await json(await post(running.url, query, { after: "2020-01-01T00:00:00Z", n: 2 }));
    expect(good.errors).toBeUndefined();
    const bad = await post(running.url, query, { after: "yesterday", n: 2 });
    expect(bad.status).toBe(400);
    expect((await json(bad)).errors.map((e: any) => e.extensions.code)).toEqual(["BAD_USER_INPUT"]);
    const badCount = await post(running.url, query, { after: "2020-01-01T00:00:00Z", n: "many" });
    expect((await json(badCount)).errors.map((e: any) => e.extensions.code)).toEqual(["BAD_USER_INPUT"]);
  });

  it("does not echo a huge bad value back, however often graphql-js quotes it", async () => {
    const huge = "X".repeat(100_000);
    const response = await post(running.url, `query($status: [ArticleStatus!]) { articles(filter: { status: $status }) { totalCount } }`, {
      status: [huge],
    });
    const text = await response.text();
    expect(JSON.parse(text).errors[0].extensions.code).toBe("BAD_USER_INPUT");
    expect(text.length).toBeLessThan(2_000);
  });

  it("answers text PostgreSQL cannot store (a NUL) with BAD_USER_INPUT, not an internal error", async () => {
    const response = await post(running.url, `query($q: String) { articles(filter: { search: $q }) { totalCount } }`, { q: "a\u0000b" });
    expect((await json(response)).errors.map((e: any) => e.extensions.code)).toEqual(["BAD_USER_INPUT"]);
  });

  it("reports invalid queries with graphql's own codes", async () => {
    const response = await post(running.url, `{ articles { nope } }`);
    const body = await json(response);
    expect(body.errors[0].extensions.code).toBe("GRAPHQL_VALIDATION_FAILED");
  });
});

describe("the HTTP transport", () => {
  let running: Running;
  beforeAll(async () => {
    running = await startHttp();
  });
  afterAll(() => stopHttp(running));

  function postBody(body: string | Buffer, headers: Record<string, string> = {}) {
    return fetch(`${running.url}/graphql`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body });
  }

  /** A refusal before Apollo Server ran: a status, and a GraphQL-shaped error clients can read. */
  async function expectRefusedBody(response: Response, status: number): Promise<void> {
    expect(response.status).toBe(status);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    expect(response.headers.get("vary")).toMatch(/\bauthorization\b/i);
    expect((await json(response)).errors[0].extensions.code).toBe("BAD_REQUEST");
  }

  it("answers GET with the operation in the query string (persisted queries, CDN caching)", async () => {
    const response = await fetch(`${running.url}/graphql?query=${encodeURIComponent("{ __typename }")}`, {
      headers: { "apollo-require-preflight": "true" },
    });
    expect(response.status).toBe(200);
    expect(await json(response)).toEqual({ data: { __typename: "Query" } });
    expect(response.headers.get("vary")).toMatch(/\bauthorization\b/i);
  });

  it("refuses a body that is not JSON, or not an object or array, with 400 and without echoing it", async () => {
    for (const body of [`{"query":`, `"just a string"`, `null`]) {
      const response = await postBody(body);
      const text = await response.clone().text();
      await expectRefusedBody(response, 400);
      expect(text).not.toContain("query");
      expect(text).not.toContain("just a string");
    }
  });

  it("refuses a body over 1 MB with 413, announced or chunked, compressed or not", async () => {
    const big = JSON.stringify({ query: "{ __typename }", padding: "x".repeat(1024 * 1024) });
    await expectRefusedBody(await postBody(big), 413);
    await expectRefusedBody(await postBody(gzipSync(big), { "content-encoding": "gzip" }), 413);
    const chunked = new Blob([big]).stream();
    await expectRefusedBody(
      await fetch(`${running.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: chunked,
        duplex: "half",
      }),
      413,
    );
  });

  it("reads gzip-compressed bodies and refuses encodings and charsets it cannot decode with 415", async () => {
    const operation = JSON.stringify({ query: "{ __typename }" });
    const gzipped = await postBody(gzipSync(operation), { "content-encoding": "gzip" });
    expect(await json(gzipped)).toEqual({ data: { __typename: "Query" } });
    await expectRefusedBody(await postBody(operation, { "content-encoding": "compress" }), 415);
    await expectRefusedBody(await postBody(operation, { "content-type": "application/json; charset=latin1" }), 415);
    await expectRefusedBody(await postBody("not gzip", { "content-encoding": "gzip" }), 400);
  });

  it("answers probes to HEAD too, and unknown paths with a JSON 404", async () => {
    const head = await fetch(`${running.url}/healthz`, { method: "HEAD" });
    expect(head.status).toBe(200);
    const missing = await fetch(`${running.url}/graphql/nope`);
    expect(missing.status).toBe(404);
    expect(await json(missing)).toEqual({ error: "not found" });
    expect((await fetch(`${running.url}/healthz`, { method: "POST" })).status).toBe(404);
  });

  it("sends no X-Powered-By and no ETag", async () => {
    for (const response of [await post(running.url, `{ __typename }`), await fetch(`${running.url}/healthz`)]) {
      expect(response.headers.get("x-powered-by")).toBeNull();
      expect(response.headers.get("etag")).toBeNull();
    }
  });
});

describe("unexpected failures", () => {
  let running: Running;
  beforeAll(async () => {
    running = await startHttp();
    // Break the schema under the API, as a bad deployment would.
    await running.dataSource.query(`ALTER TABLE topic RENAME COLUMN name TO title`);
  });
  afterAll(() => stopHttp(running));

  it("reach the client masked, with a request id, and without SQL or stack", async () => {
    const stderr = jest.spyOn(process.stderr, "write").mockImplementation(() => true);
    const response = await post(running.url, `{ topics { nodes { name } } }`, undefined, { "x-request-id": "broken-1" });
    const body = await json(response);
    const logged = stderr.mock.calls.map(([line]) => String(line));
    stderr.mockRestore();
    // The details go to the log, under the same request id.
    const entry = logged.map((line) => JSON.parse(line)).find((line) => line.requestId === "broken-1");
    expect(entry).toMatchObject({ level: "error", path: "topics", error: { message: "column topic.name does not exist" } });
    expect(body.errors).toHaveLength(1);
    expect(body.errors[0].message).toBe("Internal server error");
    expect(body.errors[0].extensions).toEqual({ code: "INTERNAL_SERVER_ERROR", requestId: "broken-1" });
    expect(JSON.stringify(body)).not.toMatch(/does not exist|SELECT|QueryFailed|topic\.name|stack|\.ts:/);
  });

  it("make readiness fail when the database is gone", async () => {
    await running.dataSource.destroy();
    const ready = await fetch(`${running.url}/readyz`);
    expect(ready.status).toBe(503);
  });
});

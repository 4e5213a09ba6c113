// Every response names the request it answers (x-request-id), whatever its status or path: a
// client reporting a failure can always quote one, and the log line for it carries the same id.
import net from "node:net";
import { gzipSync } from "node:zlib";
import { Running, startHttp, stopHttp } from "./helpers/http";

/** Sends raw bytes and resolves to the status line and headers of the answer. */
function rawRequest(url: string, request: string): Promise<{ status: number; headers: string }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), hostname, () => socket.end(request));
    let received = "";
    socket.on("data", (chunk) => (received += chunk.toString("latin1")));
    socket.on("error", reject);
    socket.on("close", () => {
      const [head] = received.split("\r\n\r\n");
      resolve({ status: Number(head.split(" ")[1]), headers: head.toLowerCase() });
    });
  });
}

describe("x-request-id", () => {
  let running: Running;
  beforeAll(async () => {
    running = await startHttp();
  });
  afterAll(() => stopHttp(running));

  const json = { "content-type": "application/json" };
  const cases: [string, () => [string, RequestInit], number][] = [
    ["a query", () => ["/graphql", { method: "POST", headers: json, body: '{"query":"{ __typename }"}' }], 200],
    ["a body that is not JSON", () => ["/graphql", { method: "POST", headers: json, body: "{nope" }], 400],
    [
      "a GET without a preflight header (CSRF)",
      () => ["/graphql?query=%7B__typename%7D", { method: "GET", headers: { "content-type": "text/plain" } }],
      400,
    ],
    [
      "a bad token",
      () => ["/graphql", { method: "POST", headers: { ...json, authorization: "Bearer nope" }, body: '{"query":"{ __typename }"}' }],
      401,
    ],
    ["an unknown path", () => ["/nowhere", { method: "GET" }], 404],
    [
      "a mutation over GET",
      () => ["/graphql?query=mutation%7B__typename%7D", { method: "GET", headers: { "apollo-require-preflight": "1" } }],
      405,
    ],
    [
      "a body over the limit",
      () => [
        "/graphql",
        { method: "POST", headers: { ...json, "content-encoding": "gzip" }, body: gzipSync(Buffer.alloc(2 * 1024 * 1024, 32)) },
      ],
      413,
    ],
    [
      "an unsupported content encoding",
      () => ["/graphql", { method: "POST", headers: { ...json, "content-encoding": "zstd-nope" }, body: "{}" }],
      415,
    ],
    ["/healthz", () => ["/healthz", { method: "GET" }], 200],
    ["/readyz", () => ["/readyz", { method: "GET" }], 200],
  ];

  it.each(cases)("is on the answer to %s", async (_name, request, status) => {
    const [path, init] = request();
    const response = await fetch(`${running.url}${path}`, init);
    await response.arrayBuffer();
    expect(response.status).toBe(status);
    expect(response.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("is on the answer to headers too large for the HTTP parser (431)", async () => {
    const answer = await rawRequest(running.url, `GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: ${"a".repeat(20_000)}\r\n\r\n`);
    expect(answer.status).toBe(431);
    expect(answer.headers).toMatch(/\r\nx-request-id: [0-9a-f-]{36}/);
  });

  it("is on the answer to malformed HTTP (400)", async () => {
    const answer = await rawRequest(running.url, "NOT HTTP AT ALL\r\n\r\n");
    expect(answer.status).toBe(400);
    expect(answer.headers).toMatch(/\r\nx-request-id: [0-9a-f-]{36}/);
  });

  it("echoes the client's own well-formed id on a refusal", async () => {
    const response = await fetch(`${running.url}/nowhere`, { headers: { "x-request-id": "client-42" } });
    expect(response.headers.get("x-request-id")).toBe("client-42");
  });
});

// Graceful shutdown of a real API process under load: on SIGTERM /readyz turns 503 at once, the
// listener keeps serving through the grace period, every request that arrived before the signal
// completes (one still sending its body, too), and the process exits 0.
import net from "node:net";
import { createTestDatabase } from "./helpers/test-app";
import { ApiProcess, startApiProcess } from "./helpers/api-process";

const GRACE_MS = 1500;
const QUERY = JSON.stringify({ query: "{ articles(first: 5) { nodes { slug people { name } quotes { text } } } }" });

interface Outcome {
  sentAt: number;
  ok: boolean;
  error?: string;
}

/** Sends a POST whose body arrives in two parts; resolves to the status line of the answer. */
function slowPost(url: string, body: string, firstPart: number, restAfter: Promise<void>): Promise<string> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), hostname, () => {
      socket.write(
        `POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n`,
      );
      socket.write(body.slice(0, firstPart));
      void restAfter.then(() => socket.write(body.slice(firstPart)));
    });
    let received = "";
    socket.on("data", (chunk) => (received += chunk.toString()));
    socket.on("error", reject);
    socket.on("close", () => resolve(received.split("\r\n")[0]));
  });
}

describe("graceful shutdown", () => {
  let api: ApiProcess;
  let dropDatabase: () => Promise<void>;

  beforeAll(async () => {
    const database = await createTestDatabase();
    dropDatabase = database.drop;
    api = await startApiProcess({
      DATABASE_URL: database.url,
      NEWSDESK_SAMPLE_DATA: "false",
      NEWSDESK_JWT_SECRET: "x".repeat(40),
      NEWSDESK_SHUTDOWN_GRACE_MS: String(GRACE_MS),
    });
  });
  afterAll(async () => {
    if (api.child.exitCode === null) api.child.kill("SIGKILL");
    await api.exited;
    await dropDatabase();
  });

  it("drains under load: readiness first, then the listener, losing no request sent before the signal", async () => {
    const outcomes: Outcome[] = [];
    let running = true;
    const clients = Array.from({ length: 6 }, async () => {
      while (running) {
        const sentAt = performance.now();
        try {
          const response = await fetch(`${api.url}/graphql`, {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: QUERY,
          });
          const body = (await response.json()) as { errors?: unknown };
          outcomes.push({ sentAt, ok: response.status === 200 && !body.errors });
        } catch (error) {
          outcomes.push({ sentAt, ok: false, error: String((error as Error).cause ?? error) });
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
      }
    });
    await new Promise((resolve) => setTimeout(resolve, 500));

    // A request accepted and half-read when the signal comes; the rest of its body arrives after
    // the grace period, while the server is already closing.
    let sendRest!: () => void;
    const rest = new Promise<void>((resolve) => (sendRest = resolve));
    const slow = slowPost(api.url, QUERY, 10, rest);
    await new Promise((resolve) => setTimeout(resolve, 50));

    const signalledAt = performance.now();
    api.child.kill("SIGTERM");
    // Readiness turns at once; liveness and queries go on.
    let readyStatus = 0;
    for (let attempt = 0; attempt < 20 && readyStatus !== 503; attempt++) {
      readyStatus = (await fetch(`${api.url}/readyz`)).status;
    }
    const readyTurnedMs = performance.now() - signalledAt;
    expect(readyStatus).toBe(503);
    expect(readyTurnedMs).toBeLessThan(GRACE_MS / 2);

    await new Promise((resolve) => setTimeout(resolve, GRACE_MS + 300));
    sendRest();
    expect(await slow).toBe("HTTP/1.1 200 OK");
    running = false;
    await Promise.all(clients);
    expect(await api.exited).toBe(0);

    const before = outcomes.filter((outcome) => outcome.sentAt < signalledAt);
    const duringGrace = outcomes.filter((outcome) => outcome.sentAt >= signalledAt && outcome.sentAt < signalledAt + GRACE_MS - 100);
    expect(before.length).toBeGreaterThan(20);
    expect(before.filter((outcome) => !outcome.ok)).toEqual([]);
    // Served through the grace period too, so a load balancer has time to move traffic away.
    expect(duringGrace.length).toBeGreaterThan(5);
    expect(duringGrace.filter((outcome) => !outcome.ok)).toEqual([]);
    expect(api.logs.map((line) => line.message)).toEqual(expect.arrayContaining(["shutting down", "HTTP drained", "database closed"]));
  });
});

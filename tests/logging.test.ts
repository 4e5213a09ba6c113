// What the log says of errors: a client's mistake is one info line with its code and no stack;
// a flood of one kind is cut to a few lines that say how many were left out.
import { logger } from "../src/logger";
import { post, Running, startHttp, stopHttp } from "./helpers/http";

/** Captures the JSON lines written to stderr while `fn` runs, at LOG_LEVEL=info. */
async function captured(fn: () => Promise<void> | void): Promise<Record<string, any>[]> {
  const lines: string[] = [];
  const write = jest.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => {
    lines.push(String(chunk));
    return true;
  });
  const level = process.env.LOG_LEVEL;
  process.env.LOG_LEVEL = "info";
  try {
    await fn();
  } finally {
    write.mockRestore();
    process.env.LOG_LEVEL = level;
  }
  return lines
    .flatMap((line) => line.split("\n"))
    .filter(Boolean)
    .map((line) => JSON.parse(line));
}

describe("logging", () => {
  afterEach(() => jest.restoreAllMocks());

  it("writes at most 10 lines of a kind per 10 s, then says how many it left out", async () => {
    let now = 1_000_000;
    jest.spyOn(Date, "now").mockImplementation(() => now);
    const lines = await captured(() => {
      for (let i = 0; i < 25; i++) logger.limited("error", "database down", "test:flood", { i });
      logger.limited("error", "another kind", "test:other");
      now += 10_000;
      logger.limited("error", "database down", "test:flood", { i: 25 });
    });
    const flood = lines.filter((line) => line.message === "database down");
    expect(flood.map((line) => line.i)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 25]);
    expect(flood[10].suppressedBefore).toBe(15);
    expect(lines.filter((line) => line.message === "another kind")).toHaveLength(1);
  });

  describe("over HTTP", () => {
    let running: Running;
    beforeAll(async () => {
      running = await startHttp();
    });
    afterAll(() => stopHttp(running));

    it("logs a client's mistake at info with its code and request id, without a stack", async () => {
      const lines = await captured(async () => {
        await (await post(running.url, "{ nope }", undefined, { "x-request-id": "mistake-1" })).text();
      });
      const line = lines.find((entry) => entry.requestId === "mistake-1");
      expect(line).toMatchObject({ level: "info", message: "client error", code: "GRAPHQL_VALIDATION_FAILED" });
      expect(JSON.stringify(line)).not.toMatch(/stack|\bat /);
    });
  });
});

// How a replica's lag is judged from the primary's sampled WAL positions (src/db/replica-lag.ts):
// by position, with time read only from the samples given.
import { parseLsn, WalHistory } from "../src/db/replica-lag";

describe("parseLsn", () => {
  it("reads PostgreSQL's high/low hex halves as one byte position", () => {
    expect(parseLsn("0/0")).toBe(0n);
    expect(parseLsn("0/3000060")).toBe(0x3000060n);
    expect(parseLsn("16/B374D848")).toBe((0x16n << 32n) + 0xb374d848n);
    expect(parseLsn("16/B374D848") > parseLsn("15/FFFFFFFF")).toBe(true);
  });

  it("refuses anything else", () => {
    expect(() => parseLsn("")).toThrow("not a WAL position");
    expect(() => parseLsn("1/2/3")).toThrow("not a WAL position");
  });
});

describe("WalHistory", () => {
  it("requires nothing until a sample is maxLagMs old, then the newest such sample", () => {
    const history = new WalHistory(1000);
    history.record(100n, 0);
    history.record(200n, 600);
    expect(history.required(999)).toBeUndefined();
    expect(history.required(1000)).toBe(100n);
    expect(history.required(1600)).toBe(200n);
  });

  it("does not count a replica as late while the primary writes nothing", () => {
    const history = new WalHistory(1000);
    for (let at = 0; at <= 10_000; at += 1000) history.record(500n, at);
    expect(history.required(10_000)).toBe(500n);
    expect(history.behind(500n)).toBe(0);
  });

  it("says how many bytes a replica is short of the latest sample", () => {
    const history = new WalHistory(1000);
    expect(history.behind(0n)).toBeUndefined();
    history.record(4096n, 0);
    expect(history.behind(1024n)).toBe(3072);
    expect(history.behind(8192n)).toBe(0);
  });

  it("holds replicas to the start-up floor whatever their lag", () => {
    const history = new WalHistory(60_000);
    history.requireAtLeast(700n);
    history.record(800n, 0);
    expect(history.required(10)).toBe(700n);
    expect(history.required(60_000)).toBe(800n);
  });

  it("keeps only the samples it may still need", () => {
    const history = new WalHistory(1000);
    for (let at = 0; at <= 100_000; at += 100) history.record(BigInt(at), at);
    expect(history.required(100_000)).toBe(99_000n);
    expect((history as unknown as { samples: unknown[] }).samples.length).toBeLessThanOrEqual(12);
  });
});

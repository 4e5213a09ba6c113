// loaders/batch.ts: loader arguments name the same loader however they were built.
import { argumentSignature } from "../src/loaders/batch";

describe("argument signatures", () => {
  it("ignore key order and absent or null entries, at every level", () => {
    const a = argumentSignature({ first: 20, after: null, filter: { status: ["PUBLISHED"], topic: undefined }, columns: ["id", "text"] });
    const b = argumentSignature({ columns: ["id", "text"], filter: { topic: null, status: ["PUBLISHED"] }, first: 20 });
    expect(a).toBe(b);
  });

  it("tell different values apart", () => {
    const base = { first: 20, columns: ["id", "text"] };
    const variants = [
      base,
      { ...base, first: 21 },
      { ...base, columns: ["id"] },
      { ...base, columns: ["text", "id"] },
      { ...base, filter: { status: ["PUBLISHED"] } },
      { ...base, filter: { status: ["DRAFT"] } },
      { ...base, after: "cursor" },
      { ...base, since: new Date("2026-01-01T00:00:00Z") },
      { ...base, since: new Date("2026-01-02T00:00:00Z") },
    ];
    expect(new Set(variants.map(argumentSignature)).size).toBe(variants.length);
  });

  it("are JSON, as JSON.stringify writes dates, lists and strings", () => {
    const since = new Date("2026-01-01T00:00:00Z");
    expect(JSON.parse(argumentSignature({ b: [1, "x"], a: since, c: 'say "hi"' }))).toEqual({
      a: since.toISOString(),
      b: [1, "x"],
      c: 'say "hi"',
    });
    expect(argumentSignature("plain")).toBe('"plain"');
    expect(argumentSignature(undefined)).toBe("null");
  });
});

// The README's examples work as written: every GraphQL block in it runs on the sample data as a
// reader and finds something, and so does its curl example; the links it gives lead somewhere.
import fs from "node:fs";
import path from "node:path";
import { createTestApp, dataOf, TestApp } from "./helpers/test-app";

const ROOT = path.join(__dirname, "..");
const README = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");
const GRAPHQL_BLOCKS = [...README.matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => match[1]);

/** The first list under each root field, however deep (a connection's nodes, say), must not be empty. */
function firstListLength(value: unknown): number | undefined {
  if (Array.isArray(value)) return value.length;
  if (value && typeof value === "object") {
    for (const child of Object.values(value)) {
      const length = firstListLength(child);
      if (length !== undefined) return length;
    }
  }
  return undefined;
}

describe("README", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());

  it("has GraphQL examples to run", () => {
    expect(GRAPHQL_BLOCKS.length).toBeGreaterThanOrEqual(3);
  });

  it.each(GRAPHQL_BLOCKS.map((block, i) => [i + 1, block]))("example %i answers with something on the sample data", async (_n, block) => {
    const data = dataOf(await app.execute(block));
    for (const [field, value] of Object.entries(data as Record<string, unknown>)) {
      expect({ field, found: (firstListLength(value) ?? 0) > 0 }).toEqual({ field, found: true });
    }
  });

  it("has a curl example whose body is a query that answers", async () => {
    const body = /curl -s localhost:4000\/graphql -H 'content-type: application\/json' -d '([^']+)'/.exec(README)![1];
    const { query } = JSON.parse(body);
    const data = dataOf(await app.execute(query));
    expect(firstListLength(data)).toBeGreaterThan(0);
  });

  it("links only to files that exist", () => {
    for (const [, target] of README.matchAll(/\]\(((?!https?:)[^)#]+)/g)) {
      expect({ target, exists: fs.existsSync(path.join(ROOT, target)) }).toEqual({ target, exists: true });
    }
  });

  it("is short enough for a newcomer", () => {
    expect(README.split("\n").length).toBeLessThanOrEqual(170);
  });
});

// Pages as the list services hand them to the connection types (src/services/pagination.ts).
import { raw } from "../src/read/sql";
import { Ordering, toPage } from "../src/services/pagination";

const BY_NAME: Ordering = { name: "test:name", direction: "ASC", keys: [{ sql: raw("name"), cast: "text" }] };
const ROWS = [
  { name: "a", cursor_value_0: "a" },
  { name: "b", cursor_value_0: "b" },
  { name: "c", cursor_value_0: "c" },
];
const total = async () => ROWS.length;

describe("toPage", () => {
  it("gives each node the cursor of its row, and says whether the peeked row exists", () => {
    const page = toPage(ROWS, (row) => row.name, BY_NAME, { first: 2 }, total);
    expect(page.nodes).toEqual(["a", "b"]);
    expect(page.cursors).toHaveLength(2);
    expect(new Set(page.cursors).size).toBe(2);
    expect(page.hasNextPage).toBe(true);
  });

  it("refuses to make up cursors for a page read without them", () => {
    const page = toPage(ROWS.slice(0, 2), (row) => row.name, BY_NAME, { first: 2, peek: false, cursors: false }, total);
    expect(page.nodes).toEqual(["a", "b"]);
    expect(page.hasNextPage).toBe(false);
    expect(() => page.cursors).toThrow(/without cursors/);
  });
});

// A field's arguments are the same for every parent of a request, so they are validated once per
// request and field (src/resolvers/argument-validation.ts) and read through one loader per request
// and field (src/read/resolve.ts). These tests hold that sharing to what GraphQL says: every item
// of a list fails alike, another request with other variables is checked anew, and two
// occurrences of a field with other arguments keep their own pages.
import { createTestApp, dataOf, TestApp } from "./helpers/test-app";

const PEOPLE_QUOTES = `query PeopleQuotes($n: Int) {
  people(first: 4) { nodes { name quotes(first: $n) { nodes { id } } } }
}`;

interface PeopleQuotes {
  people: { nodes: { name: string; quotes: { nodes: { id: string }[] } }[] } | null;
}

describe("field arguments shared by the parents of a request", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(async () => {
    await app.close();
  });

  it("fail the field under a list with the argument named", async () => {
    const result = await app.execute(PEOPLE_QUOTES, { n: 101 });
    // Everything on the path is non-null: the first failure nulls the whole response.
    expect(result.data).toBeNull();
    expect(result.errors).toHaveLength(1);
    expect(result.errors?.[0]?.path).toEqual(["people", "nodes", 0, "quotes"]);
    expect(result.errors?.[0]?.extensions).toEqual({ code: "BAD_USER_INPUT", fields: { first: expect.stringContaining("100") } });
  });

  it("are checked anew in the next request of the same document", async () => {
    // Compiled documents keep their field nodes across requests: an outcome kept by field node
    // alone would refuse this request, or let the one above through.
    expect((await app.execute(PEOPLE_QUOTES, { n: 101 })).errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const people = dataOf<PeopleQuotes>(await app.execute(PEOPLE_QUOTES, { n: 2 })).people!.nodes;
    expect(people).toHaveLength(4);
    for (const person of people) expect(person.quotes.nodes.length).toBeLessThanOrEqual(2);
    expect(people.some((person) => person.quotes.nodes.length === 2)).toBe(true);
    // And read through this request's own loaders: one kept by field node would answer with two.
    const again = dataOf<PeopleQuotes>(await app.execute(PEOPLE_QUOTES, { n: 1 })).people!.nodes;
    expect(again.map((person) => person.quotes.nodes)).toEqual(people.map((person) => person.quotes.nodes.slice(0, 1)));
    expect((await app.execute(PEOPLE_QUOTES, { n: -1 })).errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("keep each occurrence of a field to its own arguments", async () => {
    const { people } = dataOf<{ people: { nodes: { one: { nodes: { id: string }[] }; three: { nodes: { id: string }[] } }[] } }>(
      await app.execute(
        `{ people(first: 4) { nodes { one: quotes(first: 1) { nodes { id } } three: quotes(first: 3) { nodes { id } } } } }`,
      ),
    );
    expect(people.nodes.some((person) => person.three.nodes.length > 1)).toBe(true);
    for (const person of people.nodes) {
      expect(person.one.nodes.length).toBe(Math.min(1, person.three.nodes.length));
      expect(person.three.nodes.slice(0, 1)).toEqual(person.one.nodes);
    }
  });
});
